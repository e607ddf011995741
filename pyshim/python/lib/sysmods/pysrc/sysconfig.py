"""sysconfig: the installation's paths and configuration, as Debian's
python3 3.11 reports them for the scheme gowikibot reads packages from."""
import os
import sys

__all__ = ['get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_default_scheme',
           'get_makefile_filename', 'get_path', 'get_path_names', 'get_paths', 'get_platform',
           'get_preferred_scheme', 'get_python_version', 'get_scheme_names', 'is_python_build',
           'parse_config_h']

_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{installed_base}/lib/python{py_version_short}',
        'platstdlib': '{platbase}/lib/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/lib/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_user': {
        'stdlib': '{userbase}/lib/python{py_version_short}',
        'platstdlib': '{userbase}/lib/python{py_version_short}',
        'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
    'posix_local': {
        'stdlib': '{installed_base}/lib/python{py_version_short}',
        'platstdlib': '{platbase}/lib/python{py_version_short}',
        'purelib': '{base}/local/lib/python{py_version_short}/dist-packages',
        'platlib': '{platbase}/local/lib/python{py_version_short}/dist-packages',
        'include': '{installed_base}/local/include/python{py_version_short}',
        'platinclude': '{installed_platbase}/local/include/python{py_version_short}',
        'scripts': '{base}/local/bin',
        'data': '{base}/local',
    },
    'venv': {
        'stdlib': '{installed_base}/lib/python{py_version_short}',
        'platstdlib': '{platbase}/lib/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/lib/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
}


def _vars():
    v = sys.version_info
    prefix = os.environ.get('VIRTUAL_ENV') or sys.prefix
    return {
        'prefix': prefix, 'exec_prefix': prefix, 'base': prefix, 'platbase': prefix,
        'installed_base': sys.prefix, 'installed_platbase': sys.prefix,
        'projectbase': os.path.dirname(sys.executable),
        'py_version': '%d.%d.%d' % (v[0], v[1], v[2]),
        'py_version_short': '%d.%d' % (v[0], v[1]),
        'py_version_nodot': '%d%d' % (v[0], v[1]),
        'py_version_nodot_plat': '',
        'abiflags': '', 'platlibdir': 'lib', 'implementation': 'Python',
        'implementation_lower': 'python',
        'userbase': os.path.join(os.path.expanduser('~'), '.local'),
        'SOABI': 'cpython-%d%d-x86_64-linux-gnu' % (v[0], v[1]),
        'EXT_SUFFIX': '.cpython-%d%d-x86_64-linux-gnu.so' % (v[0], v[1]),
        'SO': '.cpython-%d%d-x86_64-linux-gnu.so' % (v[0], v[1]),
        'VERSION': '%d.%d' % (v[0], v[1]),
        'LIBDIR': sys.prefix + '/lib',
        'BINDIR': sys.prefix + '/bin',
        'Py_ENABLE_SHARED': 0, 'WITH_DOC_STRINGS': 1, 'Py_DEBUG': 0,
        'MULTIARCH': 'x86_64-linux-gnu', 'HOST_GNU_TYPE': 'x86_64-pc-linux-gnu',
    }


def get_scheme_names():
    return tuple(sorted(_SCHEMES))


def get_default_scheme():
    return 'venv' if os.environ.get('VIRTUAL_ENV') else 'posix_local'


def get_preferred_scheme(key):
    if key == 'user':
        return 'posix_user'
    if key in ('prefix', 'home'):
        return 'venv' if os.environ.get('VIRTUAL_ENV') else 'posix_prefix'
    raise ValueError("unknown key %r" % key)


def get_path_names():
    return ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')


def get_paths(scheme=None, vars=None, expand=True):
    scheme = scheme or get_default_scheme()
    if scheme not in _SCHEMES:
        raise KeyError(scheme)
    paths = dict(_SCHEMES[scheme])
    if expand:
        values = _vars()
        if vars:
            values.update(vars)
        paths = {k: os.path.normpath(v.format(**values)) for k, v in paths.items()}
    return paths


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def get_config_vars(*args):
    values = _vars()
    if args:
        return [values.get(a) for a in args]
    return values


def get_config_var(name):
    return _vars().get(name)


def get_platform():
    import platform
    machine = platform.machine().lower() or 'x86_64'
    if sys.platform.startswith('linux'):
        return 'linux-' + machine
    if sys.platform == 'darwin':
        return 'macosx-' + machine
    if sys.platform == 'win32':
        return 'win-amd64' if machine in ('amd64', 'x86_64') else 'win32'
    return sys.platform + '-' + machine


def get_python_version():
    return '%d.%d' % sys.version_info[:2]


def is_python_build(check_home=False):
    return False


def get_config_h_filename():
    return os.path.join(get_path('include'), 'pyconfig.h')


def get_makefile_filename():
    return os.path.join(get_config_var('LIBDIR'), 'python%s' % get_python_version(), 'config', 'Makefile')


def parse_config_h(fp, vars=None):
    vars = {} if vars is None else vars
    import re
    for line in fp:
        m = re.match(r"#define ([A-Z][A-Za-z0-9_]+) (.*)\n", line)
        if m:
            n, v = m.group(1, 2)
            try:
                v = int(v)
            except ValueError:
                pass
            vars[n] = v
        else:
            m = re.match(r"/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n", line)
            if m:
                vars[m.group(1)] = 0
    return vars
