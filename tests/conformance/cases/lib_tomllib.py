# tomllib: a document with every value kind, tables, arrays of tables,
# dotted keys, parse_float, load from a binary file, and decode errors.
import decimal
import io
import pprint
import tomllib

doc = r'''
# A bot's settings
title = "TOML \"example\" \u00e9\U0001F600"
literal = 'C:\Users\bot'
ints = [ +99, 42, 0, -17, 1_000, 0xDEAD_beef, 0o755, 0b1101 ]
floats = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991]
specials = [inf, +inf, -inf]
bools = [true, false]
odt = [1979-05-27T07:32:00Z, 1979-05-27T00:32:00.999999-07:00, 1979-05-27 07:32:00.5+05:30]
ldt = 1979-05-27T07:32:00.123
ld = 1979-05-27
lt = [07:32:00, 00:32:00.999999999]
nested = [ [1, 2], ["a", 'b'], [ {x = 1}, {y.z = 2} ], ]  # trailing comma
empty = {}
point = { x = 1, y = 2, sub.deep = "yes" }
"quoted key" = 1
'single quoted' = 2
site.name = "wiki"
site."api path" = "/w/api.php"
3.14 = "pi"
bare-key_2 = true

[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[servers.beta]
ip = "10.0.0.2"

[servers]
count = 2

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"
'''
d = tomllib.loads(doc)
d2 = tomllib.loads(r"""multi_lit = '''
first line
  second \n raw''' # c
lit_q = '''it''s'''''
""")
d3 = tomllib.loads(r'''multi = """
Roses are red \
    and violets blue
tab\there"""
quotes = """two "" quotes"""""
ml_ws = """a \   
  b"""
''')
print(d2, d3)
pprint.pprint(d, width=100)
print(list(d))
print(d['specials'][0] == float('inf'))
nan = tomllib.loads('a = nan\nb = -nan')
print(nan['a'] != nan['a'], type(nan['b']).__name__)
print(tomllib.loads('x = 1.10\ny = 2', parse_float=decimal.Decimal))
print(tomllib.load(io.BytesIO('k = "v"\r\nn = 1\r\n'.encode())))
for bad in [
    'a = 1\na = 2',
    'a = ',
    'a = "unterminated',
    'a = [1, 2',
    'a = {b = 1,}',
    '[t]\n[t]',
    'a = 1 b = 2',
    'a.b = 1\n[a]\nc = 2',
    '[a]\nb.c = 1\n[a.b]',
    'a = {x = 1}\n[a]',
    'a = [1]\n[[a]]',
    'k',
    'k = "\\q"',
    'k = "\\uD800"',
    'k = 1979-02-30',
    '= 1',
    '\n\n  x = 01',
    'ok = 1\n# comment \x01',
    '[[a]\n',
    'a = {b = 1, b = 2}',
    'a = 1979-05-27T07:32:00Zabc',
    '@',
    "k = 'no end",
    "k = 'two\nlines'",
    "k = '''never",
]:
    try:
        tomllib.loads(bad)
        print('no error for', repr(bad))
    except tomllib.TOMLDecodeError as e:
        print(repr(bad), '->', e)
try:
    tomllib.loads(b'a = 1')
except TypeError as e:
    print('TypeError', e)
try:
    tomllib.loads(5)
except AttributeError as e:
    print('AttributeError', e)
try:
    tomllib.load(io.StringIO('a = 1'))
except TypeError as e:
    print('TypeError', e)
try:
    tomllib.loads('a = 1.5', parse_float=lambda s: [s])
except ValueError as e:
    print('ValueError', e)
print(issubclass(tomllib.TOMLDecodeError, ValueError))
