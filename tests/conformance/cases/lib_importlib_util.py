import importlib.util
import importlib.machinery
import os, sys, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'plugin_mod.py')
with open(p, 'w') as f:
    f.write('VALUE = 42\ndef hello(n):\n    return "hi " + n\n')
spec = importlib.util.spec_from_file_location('plugin_mod', p)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.VALUE, mod.hello('x'), mod.__name__, mod.__file__ == p, spec.name, spec.origin == p)
print(importlib.util.find_spec('json') is not None, importlib.util.find_spec('no_such_mod_xyz'))
sys.path.insert(0, d)
s = importlib.util.find_spec('plugin_mod')
print(s.name, s.origin == p, s.submodule_search_locations)
print(importlib.util.resolve_name('.sub', 'pkg.mod'), importlib.util.resolve_name('..x', 'a.b.c'))
