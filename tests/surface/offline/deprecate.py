"""pywikibot.tools' deprecation decorators: the warnings they give (class,
text, and the line they name, which must be the caller's), the wrappers'
signatures, names and docs, and pywikibot's own deprecated names
(pywikibot.bot.output, text= of the output functions, addOnly=, ...)."""
import inspect
import os
import warnings

import pywikibot
import pywikibot.bot
from pywikibot.tools import (
    add_full_name, deprecate_arg, deprecate_positionals, deprecated, deprecated_args, issue_deprecation_warning,
    redirect_func, remove_last_args,
)


def sig(f):
    """f's signature without annotations (pywikibot's have them)."""
    s = inspect.signature(f)
    return s.replace(parameters=[p.replace(annotation=p.empty) for p in s.parameters.values()],
                     return_annotation=s.empty)


def run(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            result = fn()
        except Exception as e:
            result = '{}: {}'.format(type(e).__name__, e)
    print(label, '=', result)
    for w in caught:
        print('   ', w.category.__name__, str(w.message), os.path.basename(w.filename), w.lineno)


@deprecated('new_function', since='8.1.0')
def old_function(a, b=2):
    """Add."""
    return a + b


@deprecated
def bare(x):
    return x


@deprecated(since='9.0.0', future_warning=False)
def quiet(x):
    """DEPRECATED: do not use."""
    return x


@deprecated_args(old='new', gone=None, silent='')
def renamed(new=0, *args, keep=1, **kwargs):
    return (new, args, keep, sorted(kwargs))


@deprecate_arg('type', 'kind')
def one(kind='x'):
    return kind


@remove_last_args(['extra', 'more'])
def trimmed(a, b=0):
    return (a, b)


@deprecate_positionals(since='9.2.0')
def keywords(a, *, b=1, c=2):
    return (a, b, c)


class Thing:
    @deprecated('Thing.other', since='7.0.0')
    def method(self):
        return 'method'

    @deprecated_args(value='amount')
    @deprecated('Thing.total', since='7.0.0')
    def stacked(self, amount=0):
        return amount


def target(x, y=0):
    """The target."""
    return x * 10 + y


alias = redirect_func(target, since='9.0.0')
alias2 = redirect_func(target, old_name='older', class_name='Holder', future_warning=False)

run('old_function', lambda: old_function(1))
run('bare', lambda: bare(5))
run('quiet', lambda: quiet(6))
run('renamed old', lambda: renamed(old=3))
run('renamed both', lambda: renamed(3, old=4))
run('renamed gone', lambda: renamed(gone=1))
run('renamed silent', lambda: renamed(silent=1))
run('renamed other', lambda: renamed(1, 2, keep=5, z=6))
run('one', lambda: one(type='y'))
run('trimmed positional', lambda: trimmed(1, 2, 3))
run('trimmed keyword', lambda: trimmed(1, more=4))
run('trimmed fine', lambda: trimmed(1, 2))
run('keywords', lambda: keywords(1, 2, 3))
run('keywords fine', lambda: keywords(1, c=3))
run('method', lambda: Thing().method())
run('stacked', lambda: Thing().stacked(value=7))
run('alias', lambda: alias(1, y=2))
run('alias2', lambda: alias2(3))
run('issue', lambda: issue_deprecation_warning('thing', 'other thing', since='8.0.0'))
run('issue no instead', lambda: issue_deprecation_warning('thing'))
run('issue bad since', lambda: issue_deprecation_warning('thing', since='20240101'))

for f in (old_function, bare, quiet, renamed, one, trimmed, keywords, Thing.method, Thing.stacked, alias):
    print(f.__name__, sig(f), repr(f.__doc__))
print('bound', sig(Thing().stacked), sig(Thing().method))
print('resolved', type(renamed.__signature__).__name__, str(renamed.__signature__))
print('full names', old_function.__full_name__, Thing.method.__full_name__, renamed.__full_name__)
print('wrapped', old_function.__wrapped__.__name__, Thing.stacked.__wrapped__.__name__,
      Thing.stacked.__wrapped__.__wrappers__)
print('add_full_name', sig(add_full_name(lambda f: f)))

# pywikibot's own deprecated names
run('bot.output', lambda: pywikibot.bot.output('to stderr'))
run('bot.warning', lambda: pywikibot.bot.warning('careful'))
run('output text=', lambda: pywikibot.output(text='hello'))
run('exception tb=', lambda: pywikibot.exception('boom', tb=False))
print('bot.output', pywikibot.bot.output.__name__, sig(pywikibot.bot.output))
print('output', pywikibot.output.__name__, pywikibot.output is pywikibot.info, sig(pywikibot.output))
print('exception', sig(pywikibot.exception))
