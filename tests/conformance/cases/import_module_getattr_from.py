# PEP 562: `from mod import name` asks the module's own __getattr__ for a
# name the module lacks; AttributeError from it is an ImportError.
import os
import sys
import tempfile

d = tempfile.mkdtemp()
with open(os.path.join(d, 'lazymodule562.py'), 'w') as f:
    f.write('X = 1\n'
            'calls = []\n'
            'def __getattr__(name):\n'
            '    calls.append(name)\n'
            '    if name == "LAZY":\n'
            '        return "made on demand"\n'
            '    raise AttributeError(name)\n')
sys.path.insert(0, d)
from lazymodule562 import X, LAZY
print(X, LAZY)
import lazymodule562
print([c for c in lazymodule562.calls if not c.startswith('__')])
try:
    from lazymodule562 import MISSING
except ImportError:
    print('ImportError for MISSING')
print([c for c in lazymodule562.calls if not c.startswith('__')])
