# A finder in sys.meta_path provides modules the import system cannot find
# (as six does for six.moves), with find_spec/create_module/exec_module and
# with the older find_module/load_module.
import sys
import types
import importlib.util
import _thread


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.answer = 42
        module.name_seen = module.__name__


class Finder:
    def find_spec(self, name, path, target=None):
        if name.startswith('virtual_'):
            return importlib.util.spec_from_loader(name, Loader())
        return None


class OldFinder:
    def find_module(self, name, path=None):
        return self if name == 'legacy_mod' else None

    def load_module(self, name):
        m = types.ModuleType(name)
        m.kind = 'legacy'
        sys.modules[name] = m
        return m


sys.meta_path.append(Finder())
sys.meta_path.append(OldFinder())
import virtual_one
from virtual_two import answer
import legacy_mod
print(virtual_one.answer, virtual_one.name_seen, answer, legacy_mod.kind, 'virtual_one' in sys.modules)
try:
    import not_provided_anywhere
except ImportError as e:
    print(type(e).__name__, e)
lock = _thread.allocate_lock()
with lock:
    print(lock.locked(), isinstance(_thread.get_ident(), int))
print(lock.locked())
