"""pywikibot.login: login states and managers (gowikibot: the logins
themselves are done by the Go core, with the configured bot password,
main account or OAuth token)."""
from enum import IntEnum

import warnings

import pywikibot
from pywikibot import config  # noqa: F401 (pywikibot.login.config, as pywikibot's)
from pywikibot.comms import http  # noqa: F401 (pywikibot.login.http, as pywikibot's)
from pywikibot.data.api import ClientLoginManager as LoginManager  # noqa: F401
from pywikibot.exceptions import APIError, NoUsernameError  # noqa: F401 (as pywikibot's)
from pywikibot.tools import deprecated, file_mode_checker, normalize_username  # noqa: F401 (as pywikibot's)

# pywikibot's OAuth handshake library: gowikibot's OAuth is done in Go
# (`gowikibot login -oauth`), so the name stands for the missing package.
mwoauth = ModuleNotFoundError("No module named 'mwoauth'")

#: the pages that list a wiki's bots (pywikibot's botList)
botList = {
    'wikipedia': {
        'simple': ['Wikipedia:Bots', '/links'],
    },
}


__all__ = ('BotPassword', 'ClientLoginManager', 'LoginManager', 'LoginStatus', 'OauthLoginManager')


class LoginStatus(IntEnum):
    """The login state of a site."""

    NOT_ATTEMPTED = -3
    IN_PROGRESS = -2
    NOT_LOGGED_IN = -1
    AS_USER = 0

    def __repr__(self):
        return 'LoginStatus({})'.format(self.value)


ClientLoginManager = LoginManager


class _PasswordFileWarning(UserWarning):
    """A password file entry that is not as it should be."""


class BotPassword:
    """A bot password entry of the password file: the suffix of the login
    name (Name@suffix) and the password."""

    def __init__(self, suffix, password):
        if '@' in suffix:
            import warnings
            warnings.warn('The BotPassword entry should only include the suffix', _PasswordFileWarning)
        self.suffix = suffix
        self.password = password

    def login_name(self, username):
        """username@suffix."""
        return '{}@{}'.format(username, self.suffix)


class OauthLoginManager(LoginManager):
    """Login with an OAuth token (config.authenticate); the handshake is
    `gowikibot login -oauth`."""

    def __init__(self, password=None, site=None, user=None):
        super().__init__(password, site, user)
        from pywikibot.comms.http import get_authentication
        self.access_token = None
        auth = get_authentication(self.site.base_url(''))
        if auth is not None and len(auth) == 4:
            self.consumer_token = auth[:2]
            self.access_token = auth[2:]

    @property
    def identity(self):
        """The OAuth identity: the user name the wiki knows the token by."""
        if self.access_token is None:
            pywikibot.error('Access token not set')
            return None
        return {'username': self.site.user()}
