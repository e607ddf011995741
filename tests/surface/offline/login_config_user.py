"""pywikibot.login.LoginManager on a site object that is not an APISite
(pywikibot.Site patched, as scripts' tests do): the user comes from
pywikibot.login.config.usernames (the family's entry else the '*'
family's, the code's else '*'), NoUsernameError with pywikibot's text when
there is none; the password file is read through codecs.open. Same output
from real pywikibot 9.6.3 (login_config_user.out) and gowikibot."""
from collections import defaultdict
from io import StringIO
from unittest import mock

from pywikibot import login
from pywikibot.exceptions import NoUsernameError
from pywikibot.login import LoginManager


class Fam:
    name = 'fakefam'


class Site:
    code = 'xx'
    family = Fam


class Config:
    usernames = defaultdict(dict)
    password_file = None


def attempt(usernames, **kwargs):
    Config.usernames = defaultdict(dict, usernames)
    try:
        lm = LoginManager(**kwargs)
    except NoUsernameError as e:
        print('NoUsernameError', e)
    else:
        print(lm.username, lm.login_name, lm.password, type(lm.site).__name__)


with mock.patch('pywikibot.Site', Site), mock.patch('pywikibot.login.config', Config):
    attempt({'fakefam': {'xx': 'A'}})
    attempt({'fakefam': {'*': 'B'}})
    attempt({'fakefam': {'yy': 'C'}, '*': {'*': 'D'}})
    attempt({'*': {'*': 'E'}})
    attempt({'*': {'xx': 'F'}})
    attempt({'*': {'yy': 'G'}})
    attempt({})
    attempt({}, user='Given', password='pw')
    Config.password_file = 'fake-password-file'
    Config.base_dir = ''
    Config.private_files_permission = 0o600
    with mock.patch('os.stat') as stat, mock.patch('os.chmod') as chmod, \
            mock.patch('codecs.open') as fopen:
        stat.return_value.st_mode = 0o100644
        fopen.return_value = StringIO("('A', 'first')\n('fakefam', 'A', BotPassword('s', 'bp'))\n"
                                      "('yy', 'fakefam', 'A', 'other code')\n")
        attempt({'fakefam': {'xx': 'A'}})
        print(chmod.call_args, fopen.call_args)
