# cgi (deprecated): parse_header, parse (GET, url-encoded POST decoded as
# latin-1 like CPython), FieldStorage, parse_multipart; distutils.log.
import io, warnings
warnings.simplefilter('ignore')
import cgi
from distutils import log
print(cgi.parse_header('text/html; charset="utf-8"; q=1'), cgi.parse_header('attachment; filename="a \\"b\\".txt"'))
env = {'REQUEST_METHOD': 'GET', 'QUERY_STRING': 'a=1&b=2&a=3&e='}
print(cgi.parse(environ=env), cgi.parse(environ=env, keep_blank_values=1))
fs = cgi.FieldStorage(environ=env)
print(sorted(fs.keys()), fs.getvalue('a'), fs.getfirst('a'), fs.getlist('b'), 'a' in fs, fs.getvalue('zz', 'dflt'))
body = b'x=hello+world&y=%C3%A9'
env = {'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'application/x-www-form-urlencoded', 'CONTENT_LENGTH': str(len(body))}
print(cgi.parse(io.BytesIO(body), environ=env))
mp = (b'--XX\r\nContent-Disposition: form-data; name="f1"\r\n\r\nvalue one\r\n'
      b'--XX\r\nContent-Disposition: form-data; name="up"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nfile data\r\n--XX--\r\n')
print(sorted(cgi.parse_multipart(io.BytesIO(mp), {'boundary': b'XX'}).items()))
print(hasattr(cgi, 'escape'), log.WARN, log.set_threshold(log.INFO))
import urllib.parse
print(urllib.parse.unquote('%C3%A9%E9', encoding='latin-1'),
      urllib.parse.unquote_plus('a+%E9', 'cp1252'), urllib.parse.parse_qs('x=%80', encoding='cp1252'), urllib.parse.parse_qsl('k=%E9', encoding='latin-1'))
try:
    urllib.parse.unquote('%E9', errors='strict')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)
