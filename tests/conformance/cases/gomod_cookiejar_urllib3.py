# http.cookiejar's LWP file (pywikibot's login cookie file) and the urllib3
# names scripts import beside requests.
import os, tempfile
from http import cookiejar, HTTPStatus

def cookie(name, value, domain, expires=None, secure=False):
    return cookiejar.Cookie(0, name, value, None, False, domain, True, domain.startswith('.'), '/', True,
                            secure, expires, expires is None, None, None, {'HttpOnly': None})

path = os.path.join(tempfile.mkdtemp(), 'pywikibot-Bot.lwp')
jar = cookiejar.LWPCookieJar(path)
jar.set_cookie(cookie('enwikiSession', 'abc123', 'en.wikipedia.org'))
jar.set_cookie(cookie('centralauth_Token', 'tok/=1', '.wikipedia.org', expires=2000000000, secure=True))
print(len(jar), sorted(c.name for c in jar))
jar.save(ignore_discard=True)
print(open(path).read())
print(oct(os.stat(path).st_mode & 0o777))
j2 = cookiejar.LWPCookieJar()
j2.load(path, ignore_discard=True)
print(sorted((c.name, c.value, c.domain, c.secure, c.expires, c.discard) for c in j2))
j3 = cookiejar.LWPCookieJar()
j3.load(path)
print([c.name for c in j3])
try:
    cookiejar.LWPCookieJar().load(__file__)
except cookiejar.LoadError as e:
    print('LoadError', isinstance(e, OSError))
m = cookiejar.MozillaCookieJar(os.path.join(os.path.dirname(path), 'cookies.txt'))
m.set_cookie(cookie('a', 'b', '.example.org', expires=2000000000))
m.save()
print(open(m.filename).read().splitlines()[1:])
m2 = cookiejar.MozillaCookieJar()
m2.load(m.filename)
print([(c.name, c.value, c.expires) for c in m2])
print(HTTPStatus.TOO_MANY_REQUESTS, HTTPStatus.SERVICE_UNAVAILABLE.phrase)

from requests.packages.urllib3.exceptions import ProtocolError, InsecureRequestWarning
from requests.packages.urllib3.util.response import httplib
import requests.packages.urllib3
requests.packages.urllib3.disable_warnings(InsecureRequestWarning)
print(issubclass(ProtocolError, Exception), httplib.HTTPConnection.__name__)
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry
s = __import__('requests').Session()
s.mount('https://', HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5, status_forcelist=[502, 503])))
print(type(s.get_adapter('https://x.org/')).__name__)
