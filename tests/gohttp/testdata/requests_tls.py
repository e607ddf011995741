# requests over TLS: an untrusted certificate fails, verify=False and
# verify=CA-file succeed; http.client and urllib with ssl contexts.
import os
import ssl
import urllib.request
import urllib.error
import requests

T = os.environ['TEST_TLS_SERVER']
CA = os.environ['TEST_CA']
try:
    requests.get(T + '/')
except requests.exceptions.SSLError as e:
    print('SSLError', isinstance(e, requests.exceptions.ConnectionError))
import warnings
warnings.simplefilter('ignore')
print(requests.get(T + '/', verify=False).text.strip())
print(requests.get(T + '/', verify=CA).text.strip())
s = requests.Session()
print(s.get(T + '/', verify=False).status_code)
try:
    urllib.request.urlopen(T + '/')
except urllib.error.URLError as e:
    print('URLError', type(e.reason).__name__ in ('SSLCertVerificationError', 'SSLError'))
ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
print(urllib.request.urlopen(T + '/', context=ctx).read())
