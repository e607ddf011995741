"""pywikibot.data.api and pywikibot.comms.http names that work without a
wiki (OptionSet, the binary-safe MIME multipart, the cookie jar, ...): the
same output from real pywikibot 9.6.3 (api.out) and gowikibot."""
import os
from email.mime.nonmultipart import MIMENonMultipart

from pywikibot.comms import http
from pywikibot.comms.http import (
    CHARSET_RE, USER_AGENT_PRODUCTS, PywikibotCookieJar, cookie_jar, fake_user_agent, file_mode_checker,
)
from pywikibot.data import api
from pywikibot.data.api import (
    APIGenerator, APIGeneratorBase, CTEBinaryMIMEMultipart, MIMEMultipart, OptionSet, QueryGenerator,
    encode_url,
)

print(sorted(USER_AGENT_PRODUCTS), MIMEMultipart is CTEBinaryMIMEMultipart, issubclass(APIGenerator,
      APIGeneratorBase), issubclass(QueryGenerator, APIGeneratorBase))
print(CHARSET_RE.search('text/html; charset="UTF-8"').group('charset'), http.get_charset_from_content_type(
    'text/plain; CHARSET=latin-1'))
print(isinstance(cookie_jar, PywikibotCookieJar), callable(file_mode_checker), api.http is http)
jar = PywikibotCookieJar()
jar.load('Some user/bot')
print(os.path.basename(jar.filename), len(jar))
try:
    fake_user_agent()
except ImportError as e:
    print('ImportError:', e)

# OptionSet without a site: any name
opts = OptionSet()
opts['watched'] = True
opts['redirect'] = False
opts['minor'] = True
opts['minor'] = None
print(sorted(opts.api_iter()), len(opts), opts['watched'], opts['redirect'], 'minor' in opts)
opts.from_dict({'bot': True, 'watched': None, 'new': False})
print(sorted(opts.api_iter()), sorted(opts), dict(sorted(opts.items())))
del opts['bot']
print(sorted(opts.api_iter()))
for bad in ({'x': 1},):
    try:
        opts.from_dict(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    opts['x'] = 'yes'
except ValueError as e:
    print('ValueError:', e)
try:
    opts['unknown']
except KeyError as e:
    print('KeyError:', e)
print(sorted(OptionSet(data={'a': True, 'b': False}).api_iter()))
try:
    opts._set_site(None, None, None)
    print('site None set again', opts._site_set)
except TypeError as e:
    print('TypeError:', e)

# a multipart body with a binary part is kept byte for byte
container = CTEBinaryMIMEMultipart(_subtype='form-data')
part = MIMENonMultipart('application', 'octet-stream')
part.add_header('Content-disposition', 'form-data', name='file', filename='a.bin')
part['Content-Transfer-Encoding'] = 'binary'
part.set_payload(b'\x00\x01\r\n\xff binary')
container.attach(part)
container.set_boundary('BOUNDARY')
body = container.as_bytes()
print(b'\x00\x01\r\n\xff binary' in body, body.split(b'\n\n', 1)[1][:40])
print(encode_url({'action': 'query', 'titles': ['A', 'B'], 'x': 'ä'}))
print(encode_url([('token', 'x+\\'), ('wpEditToken', 'y'), ('action', 'edit'), ('logintoken', 'z'),
                  ('title', 'A B')]))
