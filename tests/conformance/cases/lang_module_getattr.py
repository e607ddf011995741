# PEP 562: a module's __getattr__ on `mod.name`, getattr/hasattr, `from mod
# import name` (a package's submodules still import), and its __dir__.
import importlib
import os
import sys
import tempfile
import types

d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, 'pep562pkg'))
with open(os.path.join(d, 'pep562pkg', '__init__.py'), 'w') as f:
    f.write('A = 1\n'
            'asked = []\n'
            'def __getattr__(name):\n'
            '    asked.append(name)\n'
            '    if name == "LAZY":\n'
            '        return "made for " + name\n'
            '    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n'
            'def __dir__():\n'
            '    return ["A", "LAZY", "zeta"]\n')
with open(os.path.join(d, 'pep562pkg', 'sub.py'), 'w') as f:
    f.write('S = 2\n')
with open(os.path.join(d, 'pep562plain.py'), 'w') as f:
    f.write('P = 3\n')
sys.path.insert(0, d)

import pep562pkg
import pep562plain
print(pep562pkg.A, pep562pkg.LAZY, getattr(pep562pkg, 'LAZY'), getattr(pep562pkg, 'nope', 'default'))
print(hasattr(pep562pkg, 'LAZY'), hasattr(pep562pkg, 'nope'))
try:
    pep562pkg.missing
except AttributeError as e:
    print('AttributeError:', e)
from pep562pkg import LAZY, sub
import pep562pkg.sub
print(LAZY, sub.S, pep562pkg.sub.S, pep562pkg.sub is sub)
try:
    from pep562pkg import other
except ImportError:
    print('ImportError for other')
print([n for n in pep562pkg.asked if not n.startswith('__')])
print('LAZY' in vars(pep562pkg), sorted(k for k in vars(pep562pkg) if not k.startswith('__')))
print(dir(pep562pkg))
print(isinstance(pep562pkg, types.ModuleType), type(pep562pkg).__name__, pep562pkg.__name__)
print(sys.modules['pep562pkg'] is pep562pkg, importlib.import_module('pep562pkg') is pep562pkg)
pep562pkg.B = 5
print(pep562pkg.B, pep562pkg.__dict__['B'])
try:
    pep562plain.nope
except AttributeError:
    print('AttributeError')
print(sorted(n for n in dir(pep562plain) if not n.startswith('__')))
