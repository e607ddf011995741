"""The loaded configuration: user-config.py's variables by pywikibot's names.

The Go core reads user-config.py (and the global command line options);
this module mirrors its values, every pywikibot config variable with its
default when user-config.py does not set it. Assigning a value here changes
it for the Python side only.
"""
import collections
import os

import _gowikibot


def _load():
    g = globals()
    for key, value in _gowikibot.config().items():
        g[key] = value
    # pywikibot's usernames is a defaultdict(dict): scripts index
    # usernames[family][code] for a family user-config.py never named.
    g['usernames'] = collections.defaultdict(dict, g.get('usernames') or {})
    g['family_files'] = _FamilyFiles(g.get('family_files') or {})


class _FamilyFiles(dict):
    """family_files: a dict whose new entries also reach the Go core, which
    makes the sites. pywikibot's Family.load reads config.family_files at
    each load, so a script can register a family at run time
    (`config.family_files['mywiki'] = __file__`)."""

    def __setitem__(self, name, path):
        super().__setitem__(name, path)
        _gowikibot.set_family_file(str(name), str(path))

    def update(self, *args, **kwargs):
        for name, path in dict(*args, **kwargs).items():
            self[name] = path

    def setdefault(self, name, path=None):
        if name not in self:
            self[name] = path
        return self[name]


_load()


def register_families_folder(folder_path, not_exists_ok=False):
    """Register every NAME_family.py file of folder_path as family NAME
    (FileNotFoundError when the folder does not exist, unless
    not_exists_ok; NotADirectoryError when it is not a folder)."""
    suffix = '_family.py'
    if not os.path.exists(folder_path):
        if not_exists_ok:
            return
        raise FileNotFoundError(f'Family folder {folder_path!r} does not exist')
    if not os.path.isdir(folder_path):
        raise NotADirectoryError('20', 'Not a directory', folder_path)
    for file_name in os.listdir(folder_path):
        if file_name.endswith(suffix):
            family_files[file_name[:-len(suffix)]] = os.path.join(folder_path, file_name)  # noqa: F821


def makepath(path, create=True):
    """path with its directory created when missing (create=True)."""
    folder = os.path.dirname(path)
    if create and folder and not os.path.isdir(folder):
        os.makedirs(folder)
    return path


def datafilepath(*filename, create=True):
    """The path of a data file under base_dir (its directory created when
    missing, create=True)."""
    return makepath(os.path.join(base_dir, *filename), create=create)  # noqa: F821


def shortpath(path):
    """path relative to base_dir when it lies inside it, else path."""
    prefix = base_dir.rstrip(os.sep) + os.sep  # noqa: F821
    if path.startswith(prefix):
        return path[len(prefix):]
    return path


def get_base_dir(test_directory=None, config_file='user-config.py'):
    """The directory of the user's files, found as pywikibot finds it: the
    -dir: argument; PYWIKIBOT_DIR, the current directory or
    PYWIKIBOT_DIR_PWB when it holds config_file (or is test_directory);
    else ~/.pywikibot (AppData/Roaming/[Pp]ywikibot on Windows). A
    RuntimeError when the directory does not exist or (unless
    PYWIKIBOT_NO_USER_CONFIG is set) has no config_file."""
    import sys

    def exists(directory):
        directory = os.path.abspath(directory)
        return directory == test_directory or os.path.exists(os.path.join(directory, config_file))

    if test_directory is not None:
        test_directory = os.path.abspath(test_directory)
    found = ''
    for arg in sys.argv[1:]:
        if arg.startswith('-dir:'):
            found = os.path.expanduser(arg[len('-dir:'):])
            break
    else:
        env = os.environ
        if 'PYWIKIBOT_DIR' in env and exists(os.path.abspath(env['PYWIKIBOT_DIR'])):
            found = os.path.abspath(env['PYWIKIBOT_DIR'])
        elif exists('.'):
            found = os.path.abspath('.')
        elif 'PYWIKIBOT_DIR_PWB' in env and exists(os.path.abspath(env['PYWIKIBOT_DIR_PWB'])):
            found = os.path.abspath(env['PYWIKIBOT_DIR_PWB'])
        else:
            home = os.path.expanduser('~')
            if sys.platform == 'win32':
                candidates = [os.path.join(home, 'AppData', 'Roaming', 'Pywikibot'),
                              os.path.join(home, 'AppData', 'Roaming', 'pywikibot')]
            else:
                candidates = [os.path.join(home, '.pywikibot')]
            for candidate in candidates:
                try:
                    os.makedirs(candidate, mode=globals().get('private_folder_permission', 0o700))
                except OSError:
                    if exists(candidate):
                        found = candidate
                        break
    if not os.path.isabs(found):
        found = os.path.normpath(os.path.join(os.getcwd(), found))
    if not os.path.isdir(found):
        raise RuntimeError("Directory '{}' does not exist.".format(found))
    if not exists(found):
        text = 'No {} found in directory {!r}.\n'.format(config_file, found)
        no_user_config = os.environ.get('PYWIKIBOT_NO_USER_CONFIG')
        if no_user_config is None:
            raise RuntimeError(text + '\nPlease check that {0} is stored in the correct location.'
                               '\nDirectory where {0} is searched is determined as follows:\n\n    '
                               .format(config_file) + get_base_dir.__doc__)
        if no_user_config != '2':
            import pywikibot
            pywikibot.info(text)
    return found
