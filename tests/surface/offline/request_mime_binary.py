"""data.api.Request._build_mime_request keeps a binary part's bytes as
they are, carriage returns and all, as pywikibot 9.6.3's (its
MIMEMultipart's as_bytes); the email package's own MIMEMultipart turns
them into line feeds, on CPython as on gowikibot. Same output from real
pywikibot 9.6.3 (request_mime_binary.out) and gowikibot."""
import re

from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart

from pywikibot.data.api import Request

content = b'\x89PNG\r\n\x1a\n\x00\r\rend\r\n\xff\r'
headers, body = Request._build_mime_request({'action': 'upload'}, {
    'file': (content, ('image', 'png'), {'filename': 'x.png'})})
print(body.find(content) != -1, body.count(b'\r'))
print(re.sub(rb'=+[0-9]+==', b'B', body))

# the email package alone: the part's line ends become the policy's
plain = MIMEMultipart(_subtype='form-data', boundary='B')
part = MIMENonMultipart('image', 'png')
part['Content-Transfer-Encoding'] = 'binary'
part.set_payload(content)
plain.attach(part)
print(part.get_payload(decode=True) == content)
print(plain.as_bytes().find(content) != -1, plain.as_bytes().count(b'\r'))
