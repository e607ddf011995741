# pkgutil (iter_modules, walk_packages, get_data, resolve_name) and sysconfig.
import os, sys, pkgutil, sysconfig, tempfile
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, 'pkgx', 'sub'))
for f in ('pkgx/__init__.py', 'pkgx/a.py', 'pkgx/sub/__init__.py', 'pkgx/sub/b.py', 'top.py', 'not-valid.py'):
    open(os.path.join(d, f), 'w').close()
with open(os.path.join(d, 'pkgx', 'data.txt'), 'w') as f:
    f.write('hello')
sys.path.insert(0, d)
print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([d])))
print(sorted(m.name for m in pkgutil.walk_packages([d])))
import pkgx
print(sorted(m.name for m in pkgutil.iter_modules(pkgx.__path__, 'pkgx.')))
print(pkgutil.get_data('pkgx', 'data.txt'))
print(pkgutil.resolve_name('os.path:join') is not None, pkgutil.resolve_name('os.path.join')('a', 'b'))
print(sysconfig.get_python_version(), sysconfig.get_platform().startswith('linux-'), sysconfig.get_path_names()[:3])
print(sorted(sysconfig.get_paths()) == sorted(sysconfig.get_path_names() + ('platinclude',)) or sorted(sysconfig.get_paths()))
print(sysconfig.get_config_var('EXT_SUFFIX').endswith('.so'), sysconfig.get_config_var('nosuch'))
