# http.cookies: SimpleCookie parsing, quoting, attributes and Set-Cookie output.
from http import cookies

c = cookies.SimpleCookie()
c['session'] = 'abc123'
c['session']['path'] = '/'
c['session']['httponly'] = True
c['session']['max-age'] = 3600
c['pref'] = 'a value; with, specials "q" \\ é'
c['pref']['domain'] = '.example.org'
c['pref']['samesite'] = 'Lax'
c['pref']['secure'] = True
print(c.output())
print(repr(c))
print(c['pref'].value, '|', c['pref'].coded_value)
print(c.output(header='Cookie:', attrs=[]))
print(c.output(attrs=['path'], sep='\n'))
print(repr(c['session']), c['session'].key, c['session']['path'])
print(sorted(c['session'].keys()))

d = cookies.SimpleCookie('a=b; c="d e\\073f"; Path=/w; HttpOnly; g=h; $Version=1; Max-Age=10')
for k in sorted(d):
    m = d[k]
    print(k, repr(m.value), repr(m.coded_value), repr(m['path']), m['httponly'], repr(m['max-age']), repr(m['version']))
print(d['a'].OutputString(), '/', d['c'].OutputString())

e = cookies.SimpleCookie()
e.load('bad cookie here; x=1')
print(len(e), dict(e))
e.load('Path=/; y=2')
print(len(e))
e.load({'k': 'v', 'n': 5})
print(sorted((k, m.value) for k, m in e.items()))

for bad in [lambda: cookies.SimpleCookie()['x'].__setitem__('bogus', 1),
            lambda: cookies.Morsel().set('path', 'v', 'v'),
            lambda: cookies.Morsel().set('a b', 'v', 'v')]:
    try:
        bad()
    except (cookies.CookieError, KeyError) as err:
        print(type(err).__name__, err)
m = cookies.Morsel()
try:
    m['nope'] = 1
except cookies.CookieError as err:
    print('CookieError', err)
m.set('k', 'v', '"v"')
m.update({'Path': '/x', 'comment': 'hi there'})
print(m.OutputString(), m == m.copy(), m.isReservedKey('Expires'))
b = cookies.BaseCookie('k="q\\"z"')
print(repr(b['k'].value), repr(b))
print(cookies.SimpleCookie('k="q\\"z"')['k'].value)
ex = cookies.SimpleCookie()
ex['t'] = 'x'
ex['t']['expires'] = 'Wed, 01 Jan 2031 00:00:00 GMT'
print(ex)
print(cookies.SimpleCookie('t=1; expires=Wed, 01 Jan 2031 00:00:00 GMT')['t']['expires'])
print(issubclass(cookies.CookieError, Exception), isinstance(c, dict), isinstance(c['pref'], dict))
