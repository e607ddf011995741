"""pywikibot.tools names scripts and family files import (MediaWikiVersion,
the deprecation decorators, suppress_warnings, ...): the same output from
real pywikibot 9.6.3 (tools.out) and gowikibot."""
import warnings

from pywikibot.tools import (
    SPHINX_RUNNING, MediaWikiVersion, add_full_name, as_filename, classproperty, deprecate_arg,
    deprecate_positionals, deprecated, deprecated_args, get_wrapper_depth, has_module, is_ip_address,
    is_ip_network, issue_deprecation_warning, merge_unique_dicts, remove_last_args, suppress_warnings,
)
import pywikibot.tools as tools

print(SPHINX_RUNNING)
for m in ('chars', 'itertools', 'threading', 'collections'):
    print(m, getattr(tools, m).__name__)

# MediaWikiVersion: parse, order, str, errors
versions = ['1.39.17', '1.35wmf1', '1.35alpha', '1.35beta1', '1.35beta2', '1.35-rc.2', '1.35',
            '1.34.1', '1.34', '1.43.0-wmf.5', '1.43.0']
parsed = [MediaWikiVersion(v) for v in versions]
print([str(v) for v in sorted(parsed)])
print([(v.version, v.suffix, v._dev_version) for v in parsed])
v = MediaWikiVersion('1.39.1')
print(v == '1.39.1', v < '1.40', v >= '1.39', v > '1.39.1', v <= '1.39.1', v != '1.39.2', v == 1.39)
print(MediaWikiVersion.from_generator('MediaWiki 1.39.1').version)
try:
    MediaWikiVersion('1.35-rc-1')
except AssertionError as e:
    print('AssertionError:', e)
for bad in ('foo', 'MediaWiki', '1'):
    try:
        MediaWikiVersion(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    MediaWikiVersion.from_generator('1.39.1')
except ValueError as e:
    print('ValueError:', e)
try:
    v < 1.39
except TypeError as e:
    print('TypeError:', e)

# small helpers
print(as_filename('How are you?'), as_filename('Say: "Hello"'), as_filename('a/b\\c*d', ''))
for repl in ('bar', '?'):
    try:
        as_filename('foo', repl)
    except ValueError as e:
        print('ValueError:', e)
print(is_ip_address('10.0.0.1'), is_ip_address('::1'), is_ip_address('10.0.0.256'), is_ip_address('Foo'))
print(is_ip_network('10.0.0.0/8'), is_ip_network('10.0.0.1'), is_ip_network('2001:db8::/32'),
      is_ip_network('10.0.0.1/8'), is_ip_network('x'))
print(sorted(merge_unique_dicts({'a': 1}, {'b': 2}, c=3).items()))
try:
    merge_unique_dicts({'a': 1, 'b': 2}, {'b': 3}, a=4)
except ValueError as e:
    print('ValueError:', e)
print(has_module('no-such-module-here'))


class Fam:
    _codes = ['en', 'de']

    @classproperty
    def codes(cls):
        """The codes."""
        return list(cls._codes)


print(Fam.codes, Fam().codes, Fam.__dict__['codes'].__doc__)


def show(log):
    for w in log:
        print(' ', w.category.__name__, str(w.message), w.lineno if w.filename == __file__ else 'elsewhere')


# deprecation decorators
@deprecated('new_function', since='9.0.0')
def old_function(a, b=2):
    """Old function."""
    return a + b


@deprecated
def older_function():
    return 'older'


@deprecated_args(foo='bar', baz=None, quiet='')
def renamed(bar=1):
    return bar


@deprecate_arg('old', 'new')
def renamed_one(new=0):
    return new


@remove_last_args(['x', 'y'])
def trimmed(a, b=0):
    return (a, b)


@deprecate_positionals(since='9.2.0')
def positional(a, *, b=1, c=2):
    return (a, b, c)


class Klass:
    @deprecated('Klass.new_method')
    def method(self):
        return 'method'


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    print(old_function(1), older_function(), Klass().method())
    print(renamed(foo=5), renamed(baz=1), renamed(quiet=1), renamed(bar=3, foo=4))
    print(renamed_one(old=7))
    print(trimmed(1, 2, 3), trimmed(1, y=9), trimmed(1))
    print(positional(1, 5, 6), positional(1, b=3))
    issue_deprecation_warning('thing')
    issue_deprecation_warning('thing', 'other', since='8.0.0')
    issue_deprecation_warning('thing', warning_class=DeprecationWarning)
show(log)
print(old_function.__name__, old_function.__doc__.splitlines()[0], old_function.__wrapped__.__name__)
print(get_wrapper_depth(old_function), old_function.__full_name__.rpartition('.')[2])
print(renamed.__full_name__.rpartition('.')[2], trimmed.__doc__, older_function.__doc__.strip())
try:
    issue_deprecation_warning('thing', since='9')
except ValueError as e:
    print('ValueError:', e)


@add_full_name
def decorator(func):
    func.seen = func.__full_name__.rpartition('.')[2]
    return func


@decorator
def decorated():
    pass


print(decorated.seen)

# suppress_warnings: hides matching warnings, shows the others on exit
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    with suppress_warnings('ignore me', UserWarning):
        warnings.warn('ignore me please', UserWarning)
        warnings.warn('keep me', UserWarning)
        warnings.warn('Ignore me too', FutureWarning)

    @suppress_warnings(category=FutureWarning)
    def quiet():
        warnings.warn('hidden', FutureWarning)
        warnings.warn('shown', UserWarning)
        return 'quiet'
    print(quiet(), quiet.__name__)
show(log)
