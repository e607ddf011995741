"""Record the public surface of real pywikibot as test data.

Run with a pywikibot checkout and a CPython that has its dependencies:

    PYWIKIBOT_NO_USER_CONFIG=2 /usr/bin/python3 record.py /tmp/pwb963 > testdata/pwb963.json

For each object of OBJECTS it writes every public name of dir(object),
plus the private names that the checkout's own scripts use on it, with
the kind of the attribute and its inspect.signature. These are facts
about pywikibot's interface (names and parameter lists), not its code.
The same shape is written for gowikibot's package by surface.py.
"""
import inspect
import json
import os
import re
import sys

sys.path.insert(0, sys.argv[1])

import pywikibot  # noqa: E402
import pywikibot.bot  # noqa: E402,F401
import pywikibot.exceptions  # noqa: E402,F401
import pywikibot.page  # noqa: E402,F401
import pywikibot.pagegenerators  # noqa: E402,F401
import pywikibot.site  # noqa: E402,F401
import pywikibot.textlib  # noqa: E402,F401

OBJECTS = [
    ('APISite', 'pywikibot.site.APISite'),
    ('Page', 'pywikibot.page.Page'),
    ('Category', 'pywikibot.page.Category'),
    ('User', 'pywikibot.page.User'),
    ('FilePage', 'pywikibot.page.FilePage'),
    ('pagegenerators', 'pywikibot.pagegenerators'),
    ('bot', 'pywikibot.bot'),
    ('textlib', 'pywikibot.textlib'),
    ('exceptions', 'pywikibot.exceptions'),
    ('pywikibot', 'pywikibot'),
    ('site', 'pywikibot.site'),
    ('page', 'pywikibot.page'),
    ('Namespace', 'pywikibot.site.Namespace'),
    ('NamespacesDict', 'pywikibot.site.NamespacesDict'),
    ('Link', 'pywikibot.page.Link'),
    ('Revision', 'pywikibot.page.Revision'),
    ('FileInfo', 'pywikibot.page.FileInfo'),
]

# Modules whose names a module only re-exports for annotations.
TYPING = ('typing', 'collections.abc', '__future__', 'typing_extensions')


def stdlib(modname):
    """Whether modname is a standard library module (a name a module got
    by importing it, kind 'stdlib': not part of pywikibot's own surface)."""
    top = (modname or '').split('.')[0]
    return top in sys.stdlib_module_names or top == 'builtins'


def resolve(path):
    obj = pywikibot
    for part in path.split('.')[1:]:
        obj = getattr(obj, part)
    return obj


def params(sig):
    """The parameter list without annotations: 'a, b=2, *args, c, **kw'."""
    out = []
    star = False
    for p in sig.parameters.values():
        if p.kind == p.VAR_POSITIONAL:
            out.append('*' + p.name)
            star = True
            continue
        if p.kind == p.KEYWORD_ONLY and not star:
            out.append('*')
            star = True
        if p.kind == p.VAR_KEYWORD:
            out.append('**' + p.name)
            continue
        if p.default is p.empty:
            out.append(p.name)
        else:
            out.append('{}={}'.format(p.name, default_repr(p.default)))
    return ', '.join(out)


def default_repr(v):
    if v is None or isinstance(v, (bool, int, float, str, bytes)):
        return repr(v)
    if isinstance(v, (tuple, list, dict, set, frozenset)) and not v:
        return repr(v)
    return '<{}>'.format(type(v).__name__)


def describe(owner, name):
    raw = inspect.getattr_static(owner, name) if inspect.isclass(owner) else getattr(owner, name)
    val = getattr(owner, name, None)
    entry = {}
    if isinstance(raw, property):
        entry['kind'] = 'property'
        return entry
    if isinstance(raw, classmethod):
        entry['kind'] = 'classmethod'
    elif isinstance(raw, staticmethod):
        entry['kind'] = 'staticmethod'
    elif inspect.ismodule(val):
        entry['kind'] = 'stdlib' if stdlib(val.__name__) else 'module'
        return entry
    elif inspect.isclass(val):
        entry['kind'] = 'class'
        mod = getattr(val, '__module__', '') or ''
        if mod.split('.')[0] in TYPING or mod in TYPING:
            entry['kind'] = 'typing'
            return entry
        if stdlib(mod):
            entry['kind'] = 'stdlib'
    elif callable(val):
        entry['kind'] = 'function'
        mod = getattr(val, '__module__', '') or ''
        if mod in TYPING:
            entry['kind'] = 'typing'
            return entry
        if stdlib(mod):
            entry['kind'] = 'stdlib'
    else:
        entry['kind'] = 'value'
        if type(val).__module__ in TYPING or name in ('annotations', 'TYPE_CHECKING'):
            entry['kind'] = 'typing'
        return entry
    try:
        sig = inspect.signature(val)
    except (TypeError, ValueError):
        return entry
    entry['signature'] = str(sig)
    entry['params'] = params(sig)
    return entry


def private_names_used(scripts):
    """Private attribute names the scripts use (obj._name)."""
    names = set()
    for root, _, files in os.walk(scripts):
        for f in files:
            if f.endswith('.py'):
                with open(os.path.join(root, f), encoding='utf-8') as fh:
                    names.update(re.findall(r'\.(_[a-z][a-z0-9_]*)\b', fh.read()))
    return names


def main():
    private = private_names_used(os.path.join(sys.argv[1], 'scripts'))
    out = {}
    for label, path in OBJECTS:
        obj = resolve(path)
        names = {}
        for name in dir(obj):
            if name.startswith('_') and name not in private:
                continue
            names[name] = describe(obj, name)
        out[label] = names
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
