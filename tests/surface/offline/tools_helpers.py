"""pywikibot.tools' helpers (and tools.itertools'), as scripts call them,
without a site."""
import hashlib
import os
import tempfile
import warnings

from pywikibot import tools
from pywikibot.tools import itertools as pit


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', r)


# (not the 800 characters MediaWiki upper-cases otherwise than Python, as
# ǆ -> ǅ: gowikibot does not have pywikibot's table of them)
for s in ('', 'abc', 'ßa', 'ŉx', 'éclair', '1x', 'ﬀ'):
    attempt('first_upper ' + repr(s), lambda: tools.first_upper(s))
for s in ('', 'ABC', 'Éclair', 'İx'):
    attempt('first_lower ' + repr(s), lambda: tools.first_lower(s))
for s in ('y', 'YES', 'On', '1', 'n', 'off', 'F', '0', 'maybe', ''):
    attempt('strtobool ' + repr(s), lambda: tools.strtobool(s))
for s in ('127.0.0.1', '1.2.3', '256.1.1.1', '::1', '2001:db8::ff00:42:8329', 'fe80::1%eth0', 'abc',
          '1.2.3.4/24', ''):
    attempt('is_ip_address ' + repr(s), lambda: tools.is_ip_address(s))
for s in ('1.2.3.0/24', '1.2.3.4', '2001:db8::/32', 'x/8'):
    attempt('is_ip_network ' + repr(s), lambda: tools.is_ip_network(s))
for s in (None, '', 'some_user', ' spaced_name ', 'éric', 'double__under  spaced'):
    attempt('normalize_username ' + repr(s), lambda: tools.normalize_username(s))
attempt('merge_unique_dicts', lambda: sorted(tools.merge_unique_dicts({'a': 1}, {'b': 2}, c=3).items()))
attempt('merge_unique_dicts clash', lambda: tools.merge_unique_dicts({'a': 1}, {'a': 2}))
for name in ('Foo/Bar', 'a:b*c?', 'plain', 'x"y<z>|'):
    attempt('as_filename ' + repr(name), lambda: tools.as_filename(name))
attempt('as_filename repl', lambda: tools.as_filename('a/b', repl='-'))
attempt('as_filename bad repl', lambda: tools.as_filename('a/b', repl='?'))
attempt('has_module', lambda: (tools.has_module('os'), tools.has_module('no_such_module_here')))
v = tools.MediaWikiVersion('1.39.17')
attempt('MediaWikiVersion', lambda: (str(v), v.version, v.suffix, v < '1.40', v >= '1.39', v == '1.39.17'))
attempt('MediaWikiVersion wmf', lambda: (tools.MediaWikiVersion('1.29.0-wmf.2') < '1.29.0',
                                         tools.MediaWikiVersion('1.29.0-wmf.2').suffix,
                                         tools.MediaWikiVersion('1.31.0-rc.1') > '1.31.0-wmf.20'))
attempt('MediaWikiVersion bad', lambda: tools.MediaWikiVersion('x.y'))
attempt('MediaWikiVersion order', lambda: [str(v) for v in sorted(tools.MediaWikiVersion(s) for s in (
    '1.35', '1.35-rc.2', '1.35beta1', '1.35alpha', '1.35wmf1', '1.34.1', '1.35-rc-1', '1.34', '1.35beta2'))])
attempt('MediaWikiVersion order 2', lambda: [str(v) for v in sorted(tools.MediaWikiVersion(s) for s in (
    '1.35', '1.35-rc.2', '1.35beta1', '1.35alpha', '1.35wmf1', '1.34.1', '1.35rc1', '1.34', '1.35beta2',
    '1.35.0', '1.35-wmf.3', '1.36-something'))])
attempt('MediaWikiVersion generator', lambda: str(tools.MediaWikiVersion.from_generator('MediaWiki 1.39.17')))
attempt('MediaWikiVersion generator bad', lambda: tools.MediaWikiVersion.from_generator('1.39'))
attempt('MediaWikiVersion compare int', lambda: tools.MediaWikiVersion('1.39') < 2)
attempt('MediaWikiVersion eq int', lambda: tools.MediaWikiVersion('1.39') == 2)
attempt('PYTHON_VERSION', lambda: len(tools.PYTHON_VERSION) == 3 and tools.PYTHON_VERSION >= (3, 7))
attempt('SPHINX_RUNNING', lambda: tools.SPHINX_RUNNING)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f.txt')
    with open(path, 'wb') as f:
        f.write(b'hello world\n' * 100)
    attempt('compute_file_hash', lambda: tools.compute_file_hash(path) == hashlib.sha1(b'hello world\n' * 100).hexdigest())
    attempt('compute_file_hash md5 10', lambda: tools.compute_file_hash(path, 'md5', 10))
    os.chmod(path, 0o644)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        tools.file_mode_checker(path, quiet=True)
    attempt('file_mode_checker', lambda: (oct(os.stat(path).st_mode & 0o777), len(w)))
    with tools.open_archive(path) as f:
        attempt('open_archive', lambda: f.read(5))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    with tools.suppress_warnings('ignore me'):
        warnings.warn('ignore me please')
        warnings.warn('but not this')
print('suppress_warnings', [str(x.message) for x in w])


class Thing:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    @tools.cached
    def square(self):
        self.calls += 1
        return self.n * self.n

    @tools.classproperty
    def kind(cls):
        return cls.__name__.lower()


t = Thing(4)
attempt('cached', lambda: (t.square(), t.square(), t.calls, t.square(force=True), t.calls, t._square))
attempt('classproperty', lambda: (Thing.kind, t.kind))


class Key(tools.ComparableMixin):
    def __init__(self, k):
        self.k = k

    def _cmpkey(self):
        return self.k


attempt('ComparableMixin', lambda: (Key(1) < Key(2), Key(2) <= Key(2), Key(3) == Key(3), Key(3) != Key(4),
                                    Key(5) > Key(4), Key(5) >= Key(6), sorted([Key(3), Key(1)])[0].k))

# (9.6.3's itergroup also gives a FutureWarning, which gowikibot leaves out
# on purpose: see its docstring)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    attempt('itergroup', lambda: list(pit.itergroup(range(7), 3)))
    attempt('itergroup strict', lambda: list(pit.itergroup(range(7), 3, strict=True)))
attempt('islice_with_ellipsis', lambda: list(pit.islice_with_ellipsis('abcdef', 3)))
attempt('islice_with_ellipsis short', lambda: list(pit.islice_with_ellipsis('ab', 3)))
attempt('islice_with_ellipsis marker', lambda: list(pit.islice_with_ellipsis(range(10), 2, 8, 2, marker='...')))
attempt('filter_unique', lambda: list(pit.filter_unique([3, 1, 3, 2, 1])))
attempt('filter_unique key', lambda: list(pit.filter_unique(['a', 'A', 'b', 'B'], key=str.lower)))
seen = set()
attempt('filter_unique container', lambda: (list(pit.filter_unique([1, 2, 2], container=seen)), sorted(seen)))
attempt('roundrobin_generators', lambda: list(pit.roundrobin_generators('ab', 'cde', '')))
attempt('intersect_generators', lambda: list(pit.intersect_generators([1, 2, 3, 2], [2, 3, 4, 2], [0, 2, 3, 2])))
attempt('intersect_generators dup', lambda: list(pit.intersect_generators([1, 2, 2, 3], [2, 2, 3],
                                                                           allow_duplicates=True)))
attempt('intersect_generators one', lambda: list(pit.intersect_generators([1, 2])))
