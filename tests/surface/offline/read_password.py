"""pywikibot.login.ClientLoginManager.readPassword (called by the
initializer when config.password_file is set): the last entry of the
password file for the user on the site wins, a BotPassword sets the login
name, invalid lines below it are warned about, and the file's mode is
made private (a tuple of the wrong length is left out: gowikibot's
warning does not print the line, which may hold a password): the same output from real pywikibot 9.6.3
(read_password.out) and gowikibot."""
import os
import stat
import tempfile
import warnings

from pywikibot import config
from pywikibot.login import ClientLoginManager


class Family:
    name = 'demo'


class FakeSite:
    code = 'en'
    family = Family()


lines = [
    "('Bot', 'default')",
    "('demo', 'Bot', 'family-wide')",
    "('en', 'demo', 'Bot', 'en-only')",
    "('de', 'demo', 'Bot', 'other code')",
    "('other', 'Bot', 'other family')",
    "('Bot2', BotPassword('ci', 'bot-secret'))",
    "# a comment",
    "not a tuple",
    "",
]
with tempfile.TemporaryDirectory() as base:
    path = os.path.join(base, 'passwords.py')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    os.chmod(path, 0o644)
    config.base_dir = base
    config.password_file = 'passwords.py'
    config.private_files_permission = 0o600
    for user in ('Bot', 'Bot2', 'Nobody', 'bot'):
        with warnings.catch_warnings(record=True) as log:
            warnings.simplefilter('always')
            manager = ClientLoginManager(password=None, site=FakeSite(), user=user)
        print(user, repr(manager.password), manager.login_name, manager.username,
              [(w.category.__name__, str(w.message).replace(base, 'BASE')) for w in log])
    print(oct(stat.S_IMODE(os.stat(path).st_mode)))
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter('always')
        manager.username = 'Bot'
        manager.readPassword()
        print(manager.password, manager.login_name)
        config.password_file = path
        config.base_dir = os.path.join(base, 'elsewhere')
        manager.password = None
        manager.readPassword()
        print(manager.password, len(log))
