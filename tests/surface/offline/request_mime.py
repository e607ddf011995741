"""data.api.Request's MIME helpers as pywikibot 9.6.3's:
_generate_mime_part makes a form-data part (text/plain for ASCII text,
else application/octet-stream or the given type, sent as binary) and
_build_mime_request a multipart/form-data body without its headers,
which it returns as the HTTP headers. Same output from real pywikibot
9.6.3 (request_mime.out) and gowikibot (boundaries replaced; carriage
returns in a binary part: request_mime_binary)."""
import re

from pywikibot.data.api import Request

for args in (('action', 'upload'), ('text', 'Ünïcode'), ('file', b'\x89PNG\x00\xff', ('image', 'png'),
                                                            {'filename': 'x.png'}),
             ('raw', b'bytes', None, {'filename': 'y'})):
    part = Request._generate_mime_part(*args)
    print(part.get_content_type(), sorted(part.items()), part.get_payload(decode=True))

content = b'\x89PNG\n\x1a\n\x00\x01\xff binary \xfe'
headers, body = Request._build_mime_request({'action': 'upload', 'filename': 'Ä.png'}, {
    'file': (content, ('image', 'png'), {'filename': 'x.png'})})
print(sorted((k, re.sub(r'=+[0-9]+==', 'B', v)) for k, v in headers.items()))
print(body.find(content) != -1)
print(re.sub(rb'=+[0-9]+==', b'B', body))
