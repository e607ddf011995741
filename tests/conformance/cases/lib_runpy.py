# runpy.run_path and run_module: the globals they return, __name__/__file__/
# __package__, init_globals, run_name, sys.argv[0] and sys.modules while the
# code runs, a directory's and a package's __main__, and their errors.
import os
import pathlib
import runpy
import sys
import tempfile

FILES = {
    'pkg/__init__.py': "print('pkg init', __name__)\n",
    'pkg/__main__.py': (
        "import sys\n"
        "print('pkg main', __name__, __package__, __spec__.name,"
        " __file__.endswith('pkg/__main__.py'), sys.argv[0] == __file__)\n"),
    'pkg/mod.py': (
        "import sys\n"
        "print('mod', __name__, __package__, repr(__doc__), __spec__.name, __loader__ is not None,"
        " globals().get('seed'))\n"
        "print('argv0 is file:', sys.argv[0] == __file__, 'temp module:',"
        " sys.modules.get(__name__) is not None and sys.modules[__name__].__dict__.get('marker'))\n"
        "marker = 'M'\n"
        "def f():\n"
        "    return marker\n"),
    'app/__main__.py': (
        "import sys\n"
        "print('app main', __name__, repr(__package__), __spec__.name,"
        " os_path_ok(__file__), sys.argv[0], sys.path[0])\n"),
    'script.py': (
        "import sys\n"
        "print('script', __name__, repr(__package__), __file__, sys.argv[0] == __file__, repr(__doc__),"
        " __loader__, __spec__, __cached__, globals().get('seed'))\n"
        "print('temp module present:', __name__ in sys.modules)\n"
        "value = 42\n"
        "def g():\n"
        "    return value\n"),
    'raises.py': "x = 1\n1/0\n",
    'empty/.keep': "",
}

top = tempfile.mkdtemp()
for name, text in FILES.items():
    os.makedirs(os.path.join(top, os.path.dirname(name)), exist_ok=True)
    with open(os.path.join(top, name), 'w') as f:
        f.write(text)
os.chdir(top)
sys.path.insert(0, top)
argv0 = sys.argv[0]

g = runpy.run_path('script.py')
print(sorted(k for k in g if not k.startswith('__builtins')), g['g'](), g['__name__'])
print(sys.argv[0] == argv0, '<run_path>' in sys.modules)
g = runpy.run_path(pathlib.Path('script.py'), init_globals={'seed': 7, 'value': 1}, run_name='__main__')
print(g['value'], g['seed'], sys.modules['__main__'].__name__)
g = runpy.run_path('script.py', run_name='a.b.c')
print(repr(g['__package__']))
g = runpy.run_path('app', init_globals={'os_path_ok': lambda p: p == os.path.join(top, 'app', '__main__.py')})
print(sys.path[0] == top, g['__name__'])
try:
    runpy.run_path('nothere.py')
except OSError as e:
    print(type(e).__name__)
try:
    runpy.run_path('empty')
except ImportError as e:
    print(type(e).__name__, e)

g = runpy.run_module('pkg.mod', init_globals={'seed': 'S'})
print(g['__name__'], g['f'](), g['__file__'] == os.path.join(top, 'pkg', 'mod.py'), 'pkg.mod' in sys.modules)
g = runpy.run_module('pkg.mod', run_name='__main__', alter_sys=True)
print(g['__name__'], g['marker'], sys.argv[0] == argv0)
g = runpy.run_module('pkg')
print(g['__name__'])
for name in ('nosuchmod', '.rel', 'pkg.nosuch', 'pkg.nosuch.deeper'):
    try:
        runpy.run_module(name)
    except ImportError as e:
        print(name, type(e).__name__, e)
g = runpy.run_module('colorsys')
print(g['__name__'], g['rgb_to_hsv'](1.0, 0.0, 0.0))
try:
    runpy.run_path('raises.py')
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, sys.argv[0] == argv0, '<run_path>' in sys.modules)

import shutil
os.chdir('/')
shutil.rmtree(top)
