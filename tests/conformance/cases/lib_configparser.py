import configparser
import io

INI = """
# global comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
home = /home/bot

[bitbucket.org]
User = hg
path = %(home)s/repos
percent = 100%%

[topsecret.server.com]
Port = 50022
ForwardX11 = no
multi = first line
  second line

  after blank
; semicolon comment
empty =
ratio: 0.75
"""

cp = configparser.ConfigParser()
cp.read_string(INI)
print(cp.sections(), cp.defaults())
print(cp['bitbucket.org']['user'], cp['bitbucket.org']['path'], cp.get('bitbucket.org', 'percent'))
print(cp.get('bitbucket.org', 'path', raw=True), cp.get('bitbucket.org', 'path', vars={'home': '/srv'}))
print(cp.getint('topsecret.server.com', 'port'), cp.getboolean('topsecret.server.com', 'forwardx11'),
      cp.getboolean('bitbucket.org', 'compression'), cp.getfloat('topsecret.server.com', 'ratio'))
print(repr(cp['topsecret.server.com']['multi']), repr(cp['topsecret.server.com']['empty']))
print(cp.options('bitbucket.org'))
print(cp.items('bitbucket.org'))
print(cp.has_option('bitbucket.org', 'USER'), cp.has_option('bitbucket.org', 'nope'), cp.has_section('nope'))
print('bitbucket.org' in cp, list(cp), len(cp))
print(cp.get('bitbucket.org', 'missing', fallback='fb'), cp['bitbucket.org'].get('missing', 'fb2'))
print(cp['bitbucket.org'].getint('serveraliveinterval'), cp['topsecret.server.com'].getboolean('nope', True))
sec = cp['topsecret.server.com']
print(sec.name, repr(sec), 'port' in sec, sorted(sec.keys()))
print([(k, v) for k, v in cp.items()][0][0])

for call in (lambda: cp.get('nosuch', 'x'), lambda: cp.get('bitbucket.org', 'nosuch'),
             lambda: cp['nosuch'], lambda: cp.getint('bitbucket.org', 'user'),
             lambda: cp.getboolean('bitbucket.org', 'user')):
    try:
        call()
    except (configparser.Error, KeyError, ValueError) as e:
        print(type(e).__name__, e)

bad = configparser.ConfigParser()
bad.read_string("[s]\na = %(missing)s\nb = %(c)s\nc = %(b)s\nd = 50%\n")
for opt in 'abcd':
    try:
        bad.get('s', opt)
    except configparser.InterpolationError as e:
        print(type(e).__name__, e)
try:
    bad.set('s', 'e', '100%')
except ValueError as e:
    print('ValueError', e)
try:
    bad.set('s', 'e', 5)
except TypeError as e:
    print('TypeError', e)

for text in ("key = v\n", "[a]\nx=1\n[a]\n", "[a]\nx=1\nX=2\n", "[a]\njunk line\nok=1\nmore junk\n"):
    try:
        configparser.ConfigParser().read_string(text)
    except configparser.Error as e:
        print(type(e).__name__, e)

raw = configparser.RawConfigParser()
raw.read_string("[s]\np = %(x)s\n")
print(raw.get('s', 'p'))

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[common]
home_dir: /Users
library_dir: /Library
[Frameworks]
Python: 3.11
path: ${common:library_dir}/Frameworks/
[Arthur]
nickname: Two Sheds
my_dir: ${common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
cost: $$5
""")
print(ext['Arthur']['my_pictures'], ext['Arthur']['python_dir'], ext['Arthur']['cost'])
try:
    ext.read_string("[x]\ny = ${nope:z}\n")
    ext.get('x', 'y')
except configparser.InterpolationMissingOptionError as e:
    print(type(e).__name__, e)

cp2 = configparser.ConfigParser()
cp2['DEFAULT'] = {'lang': 'en', 'family': 'wikipedia'}
cp2['bot'] = {'name': 'ExampleBot', 'delay': '10', 'desc': 'line1\nline2'}
cp2.add_section('empty')
cp2.set('empty', 'k', 'v')
cp2['bot']['Extra'] = 'x'
del cp2['bot']['delay']
out = io.StringIO()
cp2.write(out)
print(out.getvalue())
out = io.StringIO()
cp2.write(out, space_around_delimiters=False)
print(out.getvalue())
print(cp2.remove_option('empty', 'k'), cp2.remove_option('empty', 'k'), cp2.remove_section('empty'), cp2.sections())
try:
    cp2.add_section('bot')
except configparser.DuplicateSectionError as e:
    print('DuplicateSectionError', e)
try:
    cp2.add_section('DEFAULT')
except ValueError as e:
    print('ValueError', e)

nv = configparser.ConfigParser(allow_no_value=True)
nv.read_string("[mysqld]\nskip-bdb\nuser = mysql\n")
print(nv.get('mysqld', 'skip-bdb'), nv.items('mysqld'))
ic = configparser.ConfigParser(inline_comment_prefixes=('#',), delimiters=('=',))
ic.read_string("[s]\nurl = http://x#frag\nval = 3 # the value\nk: v = w\n")
print(ic.items('s'))
cs = configparser.ConfigParser()
cs.optionxform = str
cs.read_string("[S]\nCamelKey = 1\n")
print(cs.options('S'))
conv = configparser.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
conv.read_string("[s]\nitems = a, b ,c\n")
print(conv.getlist('s', 'items'), conv['s'].getlist('items'))
d = configparser.ConfigParser(defaults={'a': '1'})
d.read_dict({'sec': {'b': 2, 'c': 'x'}})
print(d.items('sec'), d.getint('sec', 'b'))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
import os, tempfile
path = os.path.join(tempfile.mkdtemp(), 'bot.ini')
with open(path, 'w') as f:
    f.write('[site]\nfamily = wikipedia\n')
r = configparser.ConfigParser()
print(r.read([path, path + '.missing']) == [path], r['site']['family'])
