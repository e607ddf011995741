# requests_oauthlib.OAuth1 as auth= of requests: the OAuth 1.0a signature
# (HMAC-SHA1, RFC 5849) of GET and POST requests, with query and form
# parameters; the nonce and timestamp are fixed so that the signatures are
# comparable. The local server checks each signature with the secrets and
# answers whether it is valid; prepared requests to a fixed URL show the
# whole Authorization header.
import os

import requests
from requests_oauthlib import OAuth1

S = os.environ['TEST_SERVER']
fixed = dict(nonce='12345678901234567890', timestamp='1700000000')
auth = OAuth1('consumer-key', 'consumer secret', 'access-token', 'access~secret', **fixed)


def prepared(method, url, **kwargs):
    r = requests.Request(method, url, auth=auth, **kwargs).prepare()
    body = r.body.decode() if isinstance(r.body, bytes) else r.body
    print(method, r.url, r.headers.get('Content-Type'), repr(body))
    print('  ', r.headers['Authorization'])


prepared('GET', 'https://Test.Wiki:443/w/api.php?action=query&meta=userinfo&x=a%20b&empty=')
prepared('POST', 'http://test.wiki:8080/w/api.php', data={'action': 'edit', 'title': 'Käse', 'text': 'a & b = c~'})
prepared('POST', 'https://test.wiki/w/api.php', data='raw text', headers={'Content-Type': 'text/plain'})
prepared('POST', 'https://test.wiki/w/api.php', data='a=1&b=2')
prepared('GET', 'https://test.wiki/')
plain = OAuth1('ck', 'cs&x', 'ak', 'as', signature_method='PLAINTEXT', **fixed)
r = requests.Request('GET', 'https://test.wiki/w/api.php', auth=plain).prepare()
print(r.headers['Authorization'])
query = OAuth1('ck', 'cs', 'ak', 'as', signature_type='query', **fixed)
print(requests.Request('GET', 'https://test.wiki/w/api.php?a=1', auth=query).prepare().url)
body = OAuth1('ck', 'cs', signature_type='BODY', realm='wiki', **fixed)
r = requests.Request('POST', 'https://test.wiki/w/api.php', data={'a': '1'}, auth=body).prepare()
print(r.body, 'Authorization' in r.headers)
for method in ('HMAC-SHA256', 'HMAC-SHA512', 'FOO'):
    odd = OAuth1('ck', 'cs', signature_method=method, **fixed)
    try:
        print(requests.Request('GET', 'https://test.wiki/', auth=odd).prepare().headers['Authorization'])
    except ValueError as e:
        print('ValueError:', e)

for method, kwargs in (('GET', {'params': {'action': 'query', 'titles': 'Main Page|Käse'}}),
                       ('POST', {'data': {'action': 'edit', 'text': 'x = y & z'}}),
                       ('POST', {'data': 'plain body', 'headers': {'Content-Type': 'text/plain'}})):
    live = OAuth1('consumer-key', 'consumer secret', 'access-token', 'access~secret')
    r = requests.request(method, S + '/oauth1/check', auth=live, **kwargs)
    print(method, r.status_code, r.text.strip())
wrong = OAuth1('consumer-key', 'not the secret', 'access-token', 'access~secret')
print(requests.get(S + '/oauth1/check', auth=wrong).text.strip())
