# requests as bot scripts use it, against the local test server.
import json
import os
import requests

S = os.environ['TEST_SERVER']


def show(r):
    d = r.json()
    print(r.status_code, r.ok, r.reason, r.url)
    print(json.dumps(d, sort_keys=True))


r = requests.get(S + '/get', params={'action': 'query', 'titles': 'Main Page|Käse', 'list': ['a', 'b'], 'none': None})
show(r)
print(r.headers['content-type'], r.headers.get('Content-Type'), 'content-length' in r.headers)
print(type(r.content).__name__, type(r.text).__name__, r.encoding)
show(requests.get(S + '/get', headers={'X-Custom': 'yes', 'Accept': 'application/json'}))
show(requests.post(S + '/anything/form', data={'title': 'Sandbox', 'text': 'a & b = c'}))
show(requests.post(S + '/anything/json', json={'b': [1, 2], 'a': 'ü'}))
show(requests.post(S + '/anything/raw', data='raw body text', headers={'Content-Type': 'text/plain'}))
show(requests.post(S + '/anything/upload', data={'comment': 'upload'},
                   files={'file': ('pic.txt', b'file bytes', 'text/plain')}))
show(requests.put(S + '/anything/put', data={'k': 'v'}))
show(requests.delete(S + '/anything/del'))
show(requests.request('PATCH', S + '/anything/patch', data=b'bytes body'))
h = requests.head(S + '/get')
print('head', h.status_code, h.text == '', h.headers['Content-Type'])

# redirects
r = requests.get(S + '/redirect/3')
print(r.status_code, r.url, [x.status_code for x in r.history], [x.url for x in r.history])
r = requests.get(S + '/redirect/2', allow_redirects=False)
print(r.status_code, r.is_redirect, r.headers['Location'], r.history)
r = requests.post(S + '/redirect-to?url=/anything/after&status=307', data={'x': '1'})
show(r)
r = requests.post(S + '/redirect-to?url=/get&status=302', data={'x': '1'})
show(r)
try:
    requests.get(S + '/redirect/40')
except requests.exceptions.TooManyRedirects as e:
    print('TooManyRedirects', e)

# statuses
for code in (404, 500, 503):
    r = requests.get(S + '/status/%d' % code)
    print(r.status_code, r.ok, bool(r), repr(r.text))
    try:
        r.raise_for_status()
    except requests.exceptions.HTTPError as e:
        print('HTTPError', e, e.response.status_code, isinstance(e, requests.RequestException))
print(requests.get(S + '/status/204').text == '', requests.codes.ok, requests.codes.not_found)

# timeouts
try:
    requests.get(S + '/slow?ms=3000', timeout=0.3)
except requests.exceptions.Timeout as e:
    print('Timeout', type(e).__name__, isinstance(e, requests.exceptions.ReadTimeout))
print(requests.get(S + '/slow?ms=50', timeout=5).text.strip())
try:
    requests.get('http://127.0.0.1:9/', timeout=2)
except requests.exceptions.ConnectionError as e:
    print('ConnectionError', isinstance(e, requests.RequestException))
for bad in ('nourl', 'ftp://example.org/x', 'http://'):
    try:
        requests.get(bad)
    except requests.exceptions.RequestException as e:
        print(type(e).__name__, isinstance(e, ValueError))

# JSON errors, encodings, content
try:
    requests.get(S + '/badjson').json()
except requests.exceptions.JSONDecodeError as e:
    print('JSONDecodeError', isinstance(e, ValueError), isinstance(e, requests.RequestException))
r = requests.get(S + '/latin1')
print(r.encoding, repr(r.text), r.content)
r = requests.get(S + '/utf8')
print(r.encoding, repr(r.text))
r.encoding = 'latin-1'
print(repr(r.text[:8]))
r = requests.get(S + '/bytes?n=20')
print(len(r.content), r.content[:5], list(r.iter_content(8))[-1])
r = requests.get(S + '/lines?n=5', stream=True)
print([l for l in r.iter_lines()])
r = requests.get(S + '/lines?n=3', stream=True)
print(list(r.iter_lines(decode_unicode=True)))
r = requests.get(S + '/bytes?n=10', stream=True)
print([len(c) for c in r.iter_content(chunk_size=4)])

# sessions: headers, cookies, auth
s = requests.Session()
s.headers.update({'X-Session': 'kept'})
s.get(S + '/cookies/set?session=abc&lang=de')
print(sorted(s.cookies.get_dict().items()), s.cookies['session'], 'lang' in s.cookies)
show(s.get(S + '/get', headers={'X-Custom': 'one'}))
show(s.get(S + '/get', cookies={'extra': '1'}))
s.auth = ('bot', 'secret')
r = s.get(S + '/basic-auth/bot/secret')
print(r.status_code, r.json())
print(requests.get(S + '/basic-auth/bot/secret', auth=('bot', 'wrong')).status_code)
print(requests.get(S + '/basic-auth/bot/secret', auth=requests.auth.HTTPBasicAuth('bot', 'secret')).json())
with requests.Session() as s2:
    print(s2.get(S + '/get').status_code)
req = requests.Request('GET', S + '/get', params={'q': 'x y'}).prepare()
print(req.method, req.url)
print(requests.Session().send(req).json()['args'])
r = requests.get(S + '/bytes?n=300', stream=True)
print(len(r.raw.read(100)), len(r.raw.read()), r.raw.read())
import io
buf = io.BytesIO()
r = requests.get(S + '/lines?n=4', stream=True)
for chunk in r.raw.stream(5):
    buf.write(chunk)
print(buf.getvalue())
# A host that never resolves (.invalid, RFC 2606): requests' ConnectionError
# naming the pool, host and port.
try:
    requests.get('http://nosuch.invalid:8080/x?key=k')
except requests.exceptions.ConnectionError as e:
    print(type(e).__name__, str(e).split(' with url')[0], 'Name or service not known' in str(e),
          isinstance(e, requests.exceptions.RequestException), isinstance(e, IOError))
