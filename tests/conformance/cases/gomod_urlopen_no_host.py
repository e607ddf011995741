# urllib.request.urlopen and http.client to a host that does not resolve
# (Puspaaamm/LinkRepairerBot prints the URLError): CPython's URLError holds
# the socket.gaierror, so it reads "<urlopen error [Errno -2] Name or
# service not known>"; gowikibot's held requests' wording of the failure.
import http.client
import socket
import urllib.error
import urllib.request

try:
    urllib.request.urlopen('https://no-such-host.invalid/wayback/available?url=x', timeout=5)
except urllib.error.URLError as e:
    print(e)
    print(type(e.reason).__name__, e.reason.errno, e.reason.strerror, isinstance(e.reason, OSError))
req = urllib.request.Request('http://no-such-host.invalid/x', headers={'User-Agent': 'probe'})
try:
    urllib.request.urlopen(req, timeout=5)
except Exception as e:
    print(type(e).__name__, e)
conn = http.client.HTTPConnection('no-such-host.invalid', timeout=5)
try:
    conn.request('GET', '/')
except socket.gaierror as e:
    print('gaierror', e.args)
