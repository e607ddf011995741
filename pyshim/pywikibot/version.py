"""pywikibot.version: what the package is. gowikibot's pywikibot package
implements pywikibot 9.6.3's interface (pywikibot.__version__); there is no
version control checkout to read, and no network look-up is made."""
import datetime
import os
import sys

import pywikibot

__all__ = ('getversion', 'getversiondict', 'getversion_nightly', 'getversion_package', 'get_module_filename',
           'get_module_mtime', 'package_versions')


def getversiondict():
    """tag, rev, date and hsh (the commit hash) of the package, as
    pywikibot's keys: tag 'gowikibot', rev the pywikibot release whose
    interface it implements, date and hash unknown."""
    return {'tag': 'gowikibot', 'rev': pywikibot.__version__, 'date': '0 (unknown)', 'hsh': ''}


def getversion(online=True):
    """The version line pywikibot prints: 'tag (hash, rev, date, cmp_ver)'.
    With no hash there is nothing to compare online: cmp_ver is 'UNKNOWN'
    when online, 'n/a' otherwise, as in pywikibot."""
    data = getversiondict()
    data['cmp_ver'] = 'UNKNOWN' if online and not data['hsh'] else 'n/a'
    return '{tag} ({hsh}, {rev}, {date}, {cmp_ver})'.format(**data)


def get_module_filename(module):
    """The file of a module of the pywikibot package, else None."""
    filename = getattr(module, '__file__', None)
    if filename and os.path.exists(filename) and getattr(module, '__name__', '').startswith('pywikibot'):
        return filename
    return None


def get_module_mtime(module):
    """The modification time of a module's file (see get_module_filename),
    else None (the package's own modules are embedded in gowikibot)."""
    filename = get_module_filename(module)
    if filename:
        return datetime.datetime.fromtimestamp(os.stat(filename).st_mtime)
    return None


def getversion_nightly(path=None):
    """tag, rev, date (a time.struct_time) and hash of a nightly dump, read
    from the 'version' file in path (default: the program's directory's
    pywikibot folder), as pywikibot's."""
    import time
    from pathlib import Path
    file = Path(path or os.path.dirname(os.path.abspath(sys.argv[0] or '.')))
    if not path:
        file /= 'pywikibot'
    file /= 'version'
    with open(str(file)) as data:
        tag, rev, date, hsh = data.read().splitlines()
    date = time.strptime(date[:19], '%Y-%m-%dT%H:%M:%S')
    if not date or not tag or not rev:
        from pywikibot.exceptions import VersionParseError
        raise VersionParseError
    return tag, rev, date, hsh


def getversion_package(path=None):
    """tag, rev, date (a time.struct_time) and hash of an installed package,
    as pywikibot's: the date is the package's installation, here the
    gowikibot program's modification time (its modules are embedded)."""
    mtime = get_module_mtime(pywikibot)
    if mtime is None:
        mtime = datetime.datetime.fromtimestamp(os.stat(sys.executable).st_mtime)
    return 'pywikibot/__init__.py', '-1 (unknown)', mtime.timetuple(), ''


def package_versions(modules=None, builtins=False, standard_lib=None):
    """name -> {'name', 'package', 'ver', 'path'} of the loaded (or named)
    top-level packages, as pywikibot reports them; an import failure gives
    {'name', 'err'}."""
    import importlib
    if not modules:
        modules = list(sys.modules)
    data = {}
    for name in sorted({m.split('.')[0] for m in modules}):
        try:
            package = importlib.import_module(name)
        except ImportError as e:
            data[name] = {'name': name, 'err': e}
            continue
        info = {'package': package, 'name': name}
        ver = getattr(package, '__version__', None)
        if ver is not None:
            info['ver'] = str(ver)
        path = getattr(package, '__file__', None)
        if path:
            info['path'] = path
        elif not builtins and ver is None:
            continue
        data[name] = info
    return data
