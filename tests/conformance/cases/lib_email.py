# email: MIMEText/MIMEMultipart/MIMEApplication and EmailMessage built
# and printed (as_string, as_bytes), parsed back, email.utils addresses
# and dates, email.header encoded words, policies.
import datetime
import email
import email.utils
from email import encoders, policy
from email.header import Header, decode_header, make_header
from email.headerregistry import Address, Group
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.parser import BytesParser, Parser

# compat32 messages
m = MIMEText('Hello\nworld', 'plain', 'utf-8')
m['Subject'] = 'Hi \u00e9'
m['From'] = email.utils.formataddr(('Bot', 'bot@example.org'))
m['To'] = 'a@b.c, "Doe, J" <j@d.e>'
m['Date'] = email.utils.formatdate(1700000000)
print(m.as_string())
print(m.get_content_type(), m.get_content_charset(), m.get_param('charset'), m.get_params(), m['subject'])
print(m.get_payload(), m.get_payload(decode=True), m.is_multipart(), len(m), m.keys())
print(repr(m.as_bytes()[:40]))

m = MIMEText('plain ascii\n')
print(m.as_string())
m = MIMEText('caf\u00e9', 'plain', 'iso-8859-1')
print(m.as_string(), m.get_payload(decode=True))
m = MIMEText('<p>x</p>', 'html')
m.add_header('Content-Disposition', 'inline', filename='x.html')
print(m.as_string(), m.get_filename(), m.get_content_disposition())

mp = MIMEMultipart(boundary='SEP')
mp['Subject'] = 'report'
mp.preamble = 'This is a MIME message.'
mp.attach(MIMEText('body text'))
att = MIMEApplication(b'\x00\x01\x02binary' * 10, Name='data.bin')
att.add_header('Content-Disposition', 'attachment', filename='data.bin')
mp.attach(att)
base = MIMEBase('application', 'x-thing')
base.set_payload(b'raw bytes')
encoders.encode_base64(base)
mp.attach(base)
text = mp.as_string()
print(text)
print([p.get_content_type() for p in mp.walk()], mp.get_boundary())

# parse it back
back = email.message_from_string(text)
print(back['Subject'], back.get_content_type(), back.get_boundary(), back.preamble, repr(back.epilogue))
for part in back.walk():
    print(' ', part.get_content_type(), part.get_filename(), part.get_payload(decode=True)[:12] if not part.is_multipart() else None)
print(back.as_string() == text)

raw = ('From: A <a@example.org>\nTo: b@example.org\nSubject: a long\n subject line\n'
       'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: base64\n\nSGVsbG8gw6k=\n')
p = Parser().parsestr(raw)
print(repr(p['subject']), p.get_payload(decode=True).decode('utf-8'), p.get_all('to'), p.get('x', 'none'))
p = BytesParser(policy=policy.default).parsebytes(raw.encode('ascii'))
print(type(p).__name__, p['subject'], p.get_content())
p = email.message_from_string('Subject: x\n\nline 1\nline 2\n')
print(repr(p.get_payload()), p.get_content_type(), p.get_default_type())

# EmailMessage
e = EmailMessage()
e['Subject'] = 'Status of the bot'
e['From'] = 'Bot <bot@example.org>'
e['To'] = 'ops@example.org'
e.set_content('All done.\n')
print(e.as_string())
print(e.get_content(), e.get_body().get_content_type())
e.add_attachment(b'log line\n', maintype='text', subtype='plain', filename='run.log')
e.add_attachment(b'\x89PNG....', maintype='image', subtype='png', filename='a.png')
e.set_boundary('BOUNDARY')
print(e.as_string())
print([a.get_filename() for a in e.iter_attachments()], e.get_body().get_content())
e2 = EmailMessage()
e2['Subject'] = 'Caf\u00e9 r\u00e9sum\u00e9 ok'
e2.set_content('na\u00efve body\n')
print(e2.as_string())
e3 = EmailMessage()
e3.set_content('<b>hi</b>', subtype='html')
print(e3.as_string())

# headers
print(decode_header('=?utf-8?q?Caf=C3=A9?= and =?iso-8859-1?b?6Q==?='), decode_header('plain text'))
print(decode_header('=?utf-8?b?w6k=?= =?utf-8?b?w6k=?='))
print(str(make_header(decode_header('=?utf-8?q?Caf=C3=A9?= bar'))))
print(Header('Caf\u00e9', 'utf-8').encode(), Header('plain').encode(), Header('x\u00e9', 'iso-8859-1').encode())

# utils
print(email.utils.parseaddr('John Doe <john@example.org>'), email.utils.parseaddr('john@example.org'),
      email.utils.parseaddr('"Doe, John" <john@example.org>'), email.utils.parseaddr('john@example.org (John)'))
print(email.utils.getaddresses(['a@b.c, "X, Y" <x@y.z>', 'C <c@d.e>']))
print(email.utils.formataddr(('Jos\u00e9', 'j@x.es')), email.utils.formataddr(('', 'a@b')), email.utils.formataddr(('a.b', 'a@b')))
print(email.utils.formatdate(0), email.utils.formatdate(1700000000, usegmt=True))
print(email.utils.parsedate_tz('Tue, 14 Nov 2023 22:13:20 +0100'), email.utils.parsedate('14 Nov 2023 22:13:20 GMT'))
print(email.utils.parsedate_to_datetime('Tue, 14 Nov 2023 22:13:20 +0100'), email.utils.parsedate_to_datetime('Tue, 14 Nov 2023 22:13:20 -0000'))
print(email.utils.mktime_tz(email.utils.parsedate_tz('Tue, 14 Nov 2023 22:13:20 +0100')))
print(email.utils.format_datetime(datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)),
      email.utils.format_datetime(datetime.datetime(2024, 1, 2, 3, 4, 5)))
mid = email.utils.make_msgid(domain='example.org')
print(mid.startswith('<') and mid.endswith('@example.org>'), email.utils.make_msgid('x', 'h').endswith('.x@h>'))
print(email.utils.quote('a"b\\c'), email.utils.unquote('"a\\"b"'), email.utils.unquote('<x@y>'))

# policies
print(policy.SMTP.linesep == '\r\n', policy.default.max_line_length, policy.compat32.max_line_length,
      policy.HTTP.max_line_length, policy.default.clone(linesep='\r\n').linesep == '\r\n')
m = MIMEText('a\nb')
print(repr(m.as_string(policy=policy.compat32.clone(linesep='\r\n'))))
print(repr(e3.as_bytes(policy=policy.SMTP)))
msg = Message()
msg['X-Custom'] = 'yes'
msg.set_payload('body')
msg.replace_header('X-Custom', 'no')
del msg['nothing']
print(repr(msg.as_string()), 'x-custom' in msg, msg['X-CUSTOM'])

# long headers folded, encoded words read back by policy.default
e = EmailMessage()
e['Subject'] = 'A rather long subject line for the nightly bot report that goes on and on past the limit of 78 characters'
e['To'] = 'one@example.org, two@example.org, three@example.org, four@example.org, five@example.org'
e['X-Long'] = 'x' * 100
e.set_content('body\n')
print(e.as_string())
e = EmailMessage()
e['Subject'] = 'R\u00e9sum\u00e9 of the nightly bot report that goes on and on past the limit of 78 characters \u00e9t\u00e9'
e.set_content('x' * 100 + '\n')
print(e.as_string())
m = MIMEText('body')
m['Subject'] = 'A rather long subject line for the nightly bot report that goes on and on past the limit'
print(m.as_string())
print(m.as_string(maxheaderlen=78))
e = EmailMessage()
e['Subject'] = 'hi'
e.set_content('line one\n' * 3 + 'caf\u00e9 ' * 30 + '\n')
print(e.as_string())
print(e.as_bytes())
m = email.message_from_string('Subject: =?utf-8?q?Caf=C3=A9?=\nFrom: x@y\n\nbody', policy=policy.default)
print(m['subject'], type(m).__name__)

# headerregistry addresses in EmailMessage headers
a = Address('Pep\u00e9 Le Pew', 'pepe', 'example.com')
b = Address(addr_spec='fabrette@example.com')
c = Address('Doe, John', 'john', 'example.org')
print(str(a), str(b), str(c), repr(b), a.username, a.domain, a.addr_spec, a.display_name, b.display_name == '')
print(a == Address('Pep\u00e9 Le Pew', 'pepe', 'example.com'), a == b)
g = Group('Friends', [b, c])
print(str(g), repr(g.display_name), len(g.addresses), str(Group(None, [b])), str(Group('Empty')))
m = EmailMessage()
m['From'] = a
m['To'] = (b, c)
m['Cc'] = g
m['Subject'] = 'Hi'
m.set_content('x\n')
print(m.as_string())
print(m['to'])

# a nested multipart message parsed with both policies
raw = """From: A <a@example.org>
To: b@example.org
Subject: =?utf-8?b?w6l0w6k=?= report
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

This is a multi-part message in MIME format.
--outer
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Caf=C3=A9 au lait=
 and more
--inner
Content-Type: text/html; charset=utf-8

<p>Caf\u00e9</p>
--inner--

--outer
Content-Type: application/pdf; name="r.pdf"
Content-Disposition: attachment; filename="r.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--outer--
epilogue text
"""
for pol in (policy.compat32, policy.default):
    m = email.message_from_string(raw, policy=pol)
    print(type(m).__name__, m['subject'], m.get_content_type(), m.is_multipart(), repr(m.preamble), repr(m.epilogue))
    for part in m.walk():
        print(' ', part.get_content_type(), part.get_content_charset(), part.get_filename(), part.get_content_disposition(),
              part.get_payload(decode=True) if not part.is_multipart() else len(part.get_payload()))
    print(m.as_string() == raw)
    if pol is policy.default:
        print(m.get_body(('plain',)).get_content(), [a.get_filename() for a in m.iter_attachments()])
        print(m.get_body().get_content_type())
