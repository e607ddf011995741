"""Importers and the module spec (gowikibot)."""
import sys

__all__ = ['ModuleSpec', 'SourceFileLoader', 'BuiltinImporter', 'FrozenImporter', 'PathFinder',
           'FileFinder', 'SOURCE_SUFFIXES', 'BYTECODE_SUFFIXES', 'EXTENSION_SUFFIXES', 'all_suffixes']

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = ['.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.so']
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What the import system knows about a module before loading it."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = False

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader and
                self.origin == other.origin and
                self.submodule_search_locations == other.submodule_search_locations)


class SourceFileLoader:
    """Loads a module from a .py file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return type(self) is type(other) and self.name == other.name and self.path == other.path

    def __hash__(self):
        return hash((self.name, self.path))

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname=None):
        return self.get_data(self.path).decode('utf-8')

    def is_package(self, fullname):
        import os
        return os.path.basename(self.path).rsplit('.', 1)[0] == '__init__'

    def create_module(self, spec):
        return None

    def get_code(self, fullname=None):
        return compile(self.get_source(fullname), self.path, 'exec')

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        import importlib.util
        fullname = fullname or self.name
        spec = importlib.util.spec_from_file_location(fullname, self.path, loader=self)
        module = importlib.util.module_from_spec(spec)
        sys.modules[fullname] = module
        self.exec_module(module)
        return sys.modules[fullname]


SourcelessFileLoader = SourceFileLoader


class BuiltinImporter:
    """The modules gowikibot provides (its standard library and pywikibot)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import importlib.util
        spec = importlib.util.find_spec(fullname)
        if spec is not None and spec.loader is cls:
            return spec
        return None

    @classmethod
    def create_module(cls, spec):
        import importlib
        return importlib.import_module(spec.name)

    @classmethod
    def exec_module(cls, module):
        pass


FrozenImporter = BuiltinImporter


class PathFinder:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import importlib.util
        spec = importlib.util.find_spec(fullname)
        if spec is not None and spec.loader is not BuiltinImporter:
            return spec
        return None

    @classmethod
    def invalidate_caches(cls):
        pass


class FileFinder:
    def __init__(self, path, *loader_details):
        self.path = path
