"""pkgutil: finding the modules of a package or a directory, and reading
data files beside a module."""
import collections
import importlib
import os
import sys

__all__ = ['ModuleInfo', 'extend_path', 'get_data', 'get_importer', 'iter_importers',
           'iter_modules', 'walk_packages', 'resolve_name']

ModuleInfo = collections.namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


class _PathFinder:
    """The finder of one sys.path directory (FileFinder in CPython)."""

    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return 'FileFinder(%r)' % self.path


def get_importer(path_item):
    return _PathFinder(os.fspath(path_item))


def iter_importers(fullname=''):
    paths = sys.path
    if '.' in fullname:
        pkg = importlib.import_module(fullname.rpartition('.')[0])
        paths = getattr(pkg, '__path__', None) or []
    for p in paths:
        yield get_importer(p)


def _iter_dir(path, prefix):
    try:
        names = sorted(os.listdir(path or '.'))
    except OSError:
        return
    seen = set()
    for fn in names:
        full = os.path.join(path or '.', fn)
        if fn.endswith('.py') and fn != '__init__.py':
            modname, ispkg = fn[:-3], False
        elif os.path.isdir(full) and '.' not in fn and os.path.isfile(os.path.join(full, '__init__.py')):
            modname, ispkg = fn, True
        else:
            continue
        if modname in seen:
            continue
        seen.add(modname)
        yield modname, ispkg


def iter_modules(path=None, prefix=''):
    """ModuleInfo for every module and package in the directories of path
    (default: sys.path), names prefixed with prefix."""
    if path is None:
        path = sys.path
    elif isinstance(path, str):
        raise ValueError('path must be None or list of paths to look for modules in')
    yielded = set()
    for p in path:
        finder = get_importer(p)
        for name, ispkg in _iter_dir(p, prefix):
            if name not in yielded:
                yielded.add(name)
                yield ModuleInfo(finder, prefix + name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    """iter_modules, recursing into packages (importing them)."""
    def seen(p, m={}):
        if p in m:
            return True
        m[p] = True
    for info in iter_modules(path, prefix):
        yield info
        if info.ispkg:
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
            except Exception:
                if onerror is not None:
                    onerror(info.name)
                else:
                    raise
            else:
                sub = getattr(sys.modules[info.name], '__path__', None) or []
                sub = [p for p in sub if not seen(p)]
                yield from walk_packages(sub, info.name + '.', onerror)


def get_data(package, resource):
    """The bytes of resource (a '/'-separated path) beside package's file;
    None when the package has no file."""
    mod = sys.modules.get(package) or importlib.import_module(package)
    fn = getattr(mod, '__file__', None)
    if fn is None or not os.path.isfile(fn):
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(fn))
    with open(os.path.join(*parts), 'rb') as f:
        return f.read()


def extend_path(path, name):
    """A package's __path__ extended with the directories of the same
    package further along sys.path."""
    if not isinstance(path, list):
        return path
    sname = name.rpartition('.')[2]
    path = path[:]
    for d in sys.path:
        if not isinstance(d, str) or not os.path.isdir(d):
            continue
        sub = os.path.join(d, sname)
        if sub not in path and os.path.isdir(sub) and os.path.isfile(os.path.join(sub, '__init__.py')):
            path.append(sub)
    return path


def resolve_name(name):
    """The object a name like 'pkg.mod:attr.sub' or 'pkg.mod.attr' names."""
    modname, sep, attrs = name.partition(':')
    if sep:
        obj = importlib.import_module(modname)
        for a in attrs.split('.') if attrs else []:
            obj = getattr(obj, a)
        return obj
    parts = name.split('.')
    modname = parts.pop(0)
    obj = importlib.import_module(modname)
    while parts:
        p = parts[0]
        s = '%s.%s' % (modname, p)
        try:
            obj = importlib.import_module(s)
            parts.pop(0)
            modname = s
        except ImportError:
            break
    for p in parts:
        obj = getattr(obj, p)
    return obj
