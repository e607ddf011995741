"""Utilities for the import system (gowikibot): module specs, loading a
module from a file, find_spec."""
import sys
import types

import _gwb_import
from importlib.machinery import ModuleSpec, SourceFileLoader, BuiltinImporter

__all__ = ['find_spec', 'spec_from_loader', 'spec_from_file_location', 'module_from_spec',
           'resolve_name', 'decode_source', 'cache_from_source', 'source_from_cache',
           'MAGIC_NUMBER', 'LazyLoader', 'source_hash']

MAGIC_NUMBER = b'\xa7\r\r\n'


def resolve_name(name, package):
    """The absolute name of a (possibly relative) module name."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {repr(name)} (required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return f'{base}.{rest}' if rest else base


def find_spec(name, package=None):
    """The spec of module name (None when it cannot be found)."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, '__spec__', None)
        if spec is None:
            raise ValueError(f'{fullname}.__spec__ is None')
        return spec
    kind, origin = _gwb_import.locate(fullname)
    if kind == 'builtin':
        return ModuleSpec(fullname, BuiltinImporter, origin='built-in')
    if kind == 'file':
        return spec_from_file_location(fullname, origin)
    if kind == 'package':
        import os
        return spec_from_file_location(fullname, origin,
                                       submodule_search_locations=[os.path.dirname(origin)])
    return None


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for module name loaded by loader."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=bool(is_package))


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """A spec for module name read from the file location."""
    if location is None:
        return None
    location = str(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    spec.cached = None
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    elif hasattr(loader, 'is_package') and loader.is_package(name):
        import os
        spec.submodule_search_locations = [os.path.dirname(location)]
    return spec


def module_from_spec(spec):
    """A new module for spec, not yet executed (its loader does that)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = types.ModuleType(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module


def decode_source(source_bytes):
    return source_bytes.decode('utf-8')


def cache_from_source(path, debug_override=None, *, optimization=None):
    import os
    head, tail = os.path.split(path)
    base = tail.rsplit('.', 1)[0]
    return os.path.join(head, '__pycache__', base + '.cpython-311.pyc')


def source_from_cache(path):
    import os
    head, tail = os.path.split(path)
    return os.path.join(os.path.dirname(head), tail.split('.', 1)[0] + '.py')


def source_hash(source_bytes):
    import hashlib
    return hashlib.sha1(source_bytes).digest()[:8]


class LazyLoader:
    """Wraps a loader; here the module is executed at once."""

    def __init__(self, loader):
        self.loader = loader

    @classmethod
    def factory(cls, loader):
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)
