# urllib.request and http.client against the local test server.
import json
import os
import urllib.request
import urllib.error
import urllib.parse
import http.client
from http import HTTPStatus

S = os.environ['TEST_SERVER']
HOSTPORT = S[len('http://'):]

with urllib.request.urlopen(S + '/get?' + urllib.parse.urlencode({'a': 'b c'})) as r:
    d = json.loads(r.read().decode('utf-8'))
    print(r.status, r.getcode(), r.reason, r.url == r.geturl(), r.headers['Content-Type'])
    print(r.headers.get_content_charset(), r.headers.get_content_type(), d['args'], d['method'])
req = urllib.request.Request(S + '/anything/post', data=urllib.parse.urlencode({'x': 'ü'}).encode(),
                             headers={'X-Custom': 'urllib'})
print(req.get_method(), req.get_header('X-custom'), req.has_header('X-custom'), req.host == HOSTPORT, req.selector)
with urllib.request.urlopen(req, timeout=5) as r:
    d = json.load(r)
    print(d['method'], d['form'], d['headers'].get('X-Custom'), d['headers'].get('Content-Type'))
req = urllib.request.Request(S + '/anything/put', data=b'{"k": 1}', method='PUT',
                             headers={'Content-Type': 'application/json'})
print(json.loads(urllib.request.urlopen(req).read())['data'])
r = urllib.request.urlopen(S + '/redirect/2')
print(r.status, r.url.replace(S, 'SERVER'))
for line in urllib.request.urlopen(S + '/lines?n=3'):
    print(repr(line))
print(urllib.request.urlopen(S + '/lines?n=2').readlines())
try:
    urllib.request.urlopen(S + '/status/404')
except urllib.error.HTTPError as e:
    print('HTTPError', e.code, e.reason, e, repr(e), e.read(), isinstance(e, urllib.error.URLError), isinstance(e, OSError))
try:
    urllib.request.urlopen(S + '/status/503')
except urllib.error.URLError as e:
    print(type(e).__name__, e.code, e.headers['Content-Type'])
try:
    urllib.request.urlopen('http://127.0.0.1:9/')
except urllib.error.URLError as e:
    print('URLError', type(e.reason).__name__)
try:
    urllib.request.urlopen(S + '/slow?ms=3000', timeout=0.3)
except (urllib.error.URLError, TimeoutError) as e:
    print('timeout', type(e).__name__)
try:
    urllib.request.urlopen('ftp2://x/')
except urllib.error.URLError as e:
    print('URLError', e)
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
opener.addheaders = [('User-agent', 'TestBot/1.0')]
opener.open(S + '/cookies/set?c=1')
print(json.loads(opener.open(S + '/get').read())['cookies'])

conn = http.client.HTTPConnection(HOSTPORT, timeout=5)
conn.request('GET', '/get?x=1', headers={'X-Custom': 'hc'})
resp = conn.getresponse()
print(resp.status, resp.reason, resp.getheader('Content-Type'), json.loads(resp.read())['headers'].get('X-Custom'))
conn.request('POST', '/anything/p', body='a=1&b=2', headers={'Content-Type': 'application/x-www-form-urlencoded'})
resp = conn.getresponse()
print(resp.status, json.loads(resp.read())['form'])
conn.request('GET', '/redirect/1')
resp = conn.getresponse()
print(resp.status, resp.getheader('Location'), resp.read())
conn.request('GET', '/status/500')
resp = conn.getresponse()
print(resp.status, resp.reason, resp.read())
conn.request('HEAD', '/get')
resp = conn.getresponse()
print(resp.status, resp.read())
conn.close()
try:
    c = http.client.HTTPConnection('127.0.0.1', 9, timeout=2)
    c.request('GET', '/')
    c.getresponse()
except ConnectionRefusedError as e:
    print('ConnectionRefusedError', isinstance(e, OSError))
print(http.client.responses[404], http.client.OK, HTTPStatus.NOT_FOUND, HTTPStatus(429).phrase, HTTPStatus.OK == 200)
print(issubclass(http.client.RemoteDisconnected, ConnectionResetError), http.client.HTTPS_PORT)
