"""Print the surface of gowikibot's pywikibot package as JSON, in the
shape record.py gives for real pywikibot (run: gowikibot python surface.py).

Each name of dir(object), public or in WANTED, with its kind and, for
functions, the parameter list without annotations (from inspect.signature,
as record.py has it)."""
import inspect
import json
import sys
import types


import pywikibot
import pywikibot.bot
import pywikibot.exceptions
import pywikibot.page
import pywikibot.pagegenerators
import pywikibot.site
import pywikibot.textlib

# The less common methods stand on APISite and the page classes as
# placeholders until first used; install them, after checking that the
# placeholders name exactly what _site_more and _page_more define.
def _placeholders(cls):
    return sorted(n for n, v in cls.__dict__.items() if isinstance(v, pywikibot.site._Later))


_CLASSES = [('APISiteMore', pywikibot.site.APISite), ('NamespaceMore', pywikibot.site.Namespace),
            ('BaseLinkMore', pywikibot.page.BaseLink), ('LinkMore', pywikibot.page.Link),
            ('BasePageMore', pywikibot.page.BasePage),
            ('CategoryMore', pywikibot.page.Category), ('UserMore', pywikibot.page.User),
            ('FilePageMore', pywikibot.page.FilePage)]
_declared = {label: _placeholders(cls) for label, cls in _CLASSES}
pywikibot.site._install_more()
# The Wikibase classes (loaded on first use, as they get their members):
# load them.
import pywikibot._wbclasses  # noqa: E402
pywikibot._wbclasses._load()
import pywikibot._page_more  # noqa: E402
import pywikibot._site_more  # noqa: E402

for label, cls in _CLASSES:
    more = getattr(pywikibot._site_more if label in ('APISiteMore', 'NamespaceMore') else pywikibot._page_more,
                   label)
    defined = sorted(n for n in more.__dict__ if not n.startswith('__'))
    if defined != _declared[label]:
        sys.exit('{}: placeholders {} but defined {}'.format(
            label, sorted(set(_declared[label]) - set(defined)), sorted(set(defined) - set(_declared[label]))))
    if _placeholders(cls):
        sys.exit('{} still has placeholders after installing: {}'.format(cls.__name__, _placeholders(cls)))

OBJECTS = [
    ('APISite', pywikibot.site.APISite),
    ('Page', pywikibot.page.Page),
    ('Category', pywikibot.page.Category),
    ('User', pywikibot.page.User),
    ('FilePage', pywikibot.page.FilePage),
    ('pagegenerators', pywikibot.pagegenerators),
    ('bot', pywikibot.bot),
    ('textlib', pywikibot.textlib),
    ('exceptions', pywikibot.exceptions),
    ('pywikibot', pywikibot),
    ('site', pywikibot.site),
    ('page', pywikibot.page),
    ('Namespace', pywikibot.site.Namespace),
    ('NamespacesDict', pywikibot.site.NamespacesDict),
    ('Link', pywikibot.page.Link),
    ('Revision', pywikibot.page.Revision),
    ('FileInfo', pywikibot.page.FileInfo),
]

WANTED = set(sys.argv[1:])


def default_repr(v):
    if v is NotImplemented:
        # gpython v0.2.0 makes NotImplemented an instance of
        # NotImplementedError (py/exception.go), so its type's name is not
        # CPython's NotImplementedType: name the object, not its type.
        return '<NotImplementedType>'
    if v is None or isinstance(v, (bool, int, float, str, bytes)):
        return repr(v)
    if isinstance(v, (tuple, list, dict, set, frozenset)) and not v:
        return repr(v)
    return '<{}>'.format(type(v).__name__)


def params(obj, drop_first=False):
    """obj's parameter list as record.py writes it, from inspect.signature
    (which follows a decorator's __wrapped__ and __signature__ as CPython's
    does, and for a class takes its __new__ or __init__ as CPython does);
    drop_first leaves out the cls of a classmethod. None when inspect finds
    no signature (a function written in Go, a builtin type's subclass)."""
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return None
    ps = list(sig.parameters.values())
    if drop_first:
        ps = ps[1:]
    out = []
    star = False
    for p in ps:
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


def raw_attr(owner, name):
    if isinstance(owner, type):
        for klass in owner.__mro__:
            d = klass.__dict__
            if name in d:
                return d[name]
    if isinstance(owner, types.ModuleType) and name not in vars(owner) and '__getattr__' in vars(owner):
        # PEP 562: CPython's attribute access falls back on the module's
        # __getattr__ (gowikibot's interpreter does so for from-imports).
        return vars(owner)['__getattr__'](name)
    return getattr(owner, name)


def names_of(obj):
    """dir(obj); for a module with __dir__ (PEP 562) what that lists, as
    CPython's dir() does (gowikibot's dir() does not call it yet)."""
    if isinstance(obj, types.ModuleType) and '__dir__' in vars(obj):
        return sorted(vars(obj)['__dir__']())
    return dir(obj)


def describe(owner, name):
    raw = raw_attr(owner, name)
    kind = type(raw).__name__
    if kind == 'property':
        return {'kind': 'property'}
    if kind in ('classmethod', 'staticmethod'):
        entry = {'kind': kind}
        func = raw.__func__
        p = params(func, kind == 'classmethod')
        if p is not None:
            entry['params'] = p
        return entry
    if kind == 'module':
        return {'kind': 'module'}
    if isinstance(raw, type):
        entry = {'kind': 'class'}
    elif callable(raw):
        entry = {'kind': 'function'}
    else:
        return {'kind': 'value'}
    p = params(raw)
    if p is not None:
        entry['params'] = p
    return entry


def main():
    out = {}
    for label, obj in OBJECTS:
        names = {}
        for name in names_of(obj):
            if name.startswith('_') and name not in WANTED:
                continue
            names[name] = describe(obj, name)
        out[label] = names
    print(json.dumps(out, indent=1, sort_keys=True))


if __name__ == '__main__':
    main()
