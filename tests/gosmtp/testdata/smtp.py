# smtplib against the test's SMTP server: STARTTLS with a CA file, the
# three AUTH mechanisms, send_message (Bcc not sent), sendmail with a
# refused recipient and dot-stuffing, SMTP_SSL, and the errors.
import os
import smtplib
import socket
import ssl
import sys
from email.message import EmailMessage
from email.mime.text import MIMEText

HOST = '127.0.0.1'
PORT = int(os.environ['SMTP_PORT'])
SPORT = int(os.environ['SMTPS_PORT'])
CAFILE = os.environ['CAFILE']

with smtplib.SMTP(HOST, PORT, local_hostname='bot.local') as s:
    print(s.ehlo())
    print(s.has_extn('starttls'), s.has_extn('size'), sorted(s.esmtp_features.items()))
    print(s.starttls(context=ssl.create_default_context(cafile=CAFILE)))
    print(s.has_extn('starttls'), s.does_esmtp)
    print(s.ehlo())
    print(s.login('bot', 's3cret'))
    msg = EmailMessage()
    msg['From'] = 'Wiki Bot <bot@example.org>'
    msg['To'] = 'ops@example.org, Other <other@example.org>'
    msg['Bcc'] = 'hidden@example.org'
    msg['Subject'] = 'Nightly report'
    msg.set_content('All 200 pages done.\n.leading dot\n')
    print(s.send_message(msg))
    print('Bcc' in msg, msg['Bcc'])
    print(s.sendmail('bot@example.org', ['a@example.org', 'x@refused.example'],
                     'Subject: plain\n\n.starts with a dot\nlast line'))
    try:
        s.sendmail('bot@example.org', 'x@refused.example', 'Subject: none\n\nx\n')
    except smtplib.SMTPRecipientsRefused as e:
        print('refused:', e.recipients)
    print(s.noop(), s.verify('someone'))
    print(s.docmd('BOGUS'))

with smtplib.SMTP(HOST, PORT, local_hostname='bot.local') as s:
    try:
        s.login('bot', 'wrong')
    except smtplib.SMTPAuthenticationError as e:
        print(type(e).__name__, e.smtp_code, e.smtp_error, e.args)
    s.user, s.password = 'bot', 's3cret'
    print(s.auth('LOGIN', s.auth_login, initial_response_ok=False))
    try:
        s.sendmail('<bot@example.org>', [], 'x')
    except smtplib.SMTPRecipientsRefused as e:
        print('no recipients:', e.recipients)

with smtplib.SMTP(HOST, PORT, local_hostname='bot.local') as s:
    s.ehlo()
    s.user, s.password = 'bot', 's3cret'
    print(s.auth('PLAIN', s.auth_plain))
    m = MIMEText('compat32 body')
    m['Subject'] = 'MIMEText'
    m['From'] = 'bot@example.org'
    m['To'] = 'ops@example.org'
    print(s.send_message(m))
    try:
        s.mail('bot@example.org', ['SMTPUTF8'])
    except smtplib.SMTPNotSupportedError as e:
        print('not supported:', e)

with smtplib.SMTP_SSL(HOST, SPORT, local_hostname='bot.local',
                      context=ssl.create_default_context(cafile=CAFILE)) as s:
    print(s.ehlo())
    print(s.has_extn('starttls'))
    print(s.login('bot', 's3cret'))
    print(s.sendmail('bot@example.org', ['ops@example.org'], b'Subject: over TLS\r\n\r\nbytes body\r\n'))

try:
    smtplib.SMTP_SSL(HOST, SPORT, local_hostname='bot.local', context=ssl.create_default_context())
except ssl.SSLCertVerificationError as e:
    print('certificate refused:', isinstance(e, ssl.SSLError), isinstance(e, OSError))

s = smtplib.SMTP(local_hostname='bot.local')
try:
    s.noop()
except smtplib.SMTPServerDisconnected as e:
    print(type(e).__name__, e)
print(s.connect(HOST, PORT))
print(s.helo())
try:
    s.starttls(context=ssl.create_default_context(cafile=CAFILE))
except smtplib.SMTPNotSupportedError as e:
    print(type(e).__name__, e)
print(s.quit())

free = socket.socket()
free.bind((HOST, 0))
port = free.getsockname()[1]
free.close()
try:
    smtplib.SMTP(HOST, port, local_hostname='bot.local', timeout=5)
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno)
print(smtplib.quoteaddr('Name <a@b.c>'), smtplib.quoteaddr('a@b.c'), smtplib.quotedata('.a\nb\r\n.c'))
print(issubclass(smtplib.SMTPException, OSError), issubclass(smtplib.SMTPSenderRefused, smtplib.SMTPResponseException))

# debug output (set after connecting: the connect line names the port)
s = smtplib.SMTP(HOST, PORT, local_hostname='bot.local')
real_stderr, sys.stderr = sys.stderr, sys.stdout
s.set_debuglevel(1)
s.ehlo()
s.noop()
s.quit()
sys.stderr = real_stderr
