"""pywikibot.login: login states and managers (gowikibot: the logins
themselves are done by the Go core, with the configured bot password,
main account or OAuth token)."""
from enum import IntEnum

import pywikibot
from pywikibot.data.api import LoginManager  # noqa: F401

__all__ = ('ClientLoginManager', 'LoginManager', 'LoginStatus', 'OauthLoginManager')


class LoginStatus(IntEnum):
    """The login state of a site."""

    NOT_ATTEMPTED = -3
    IN_PROGRESS = -2
    NOT_LOGGED_IN = -1
    AS_USER = 0

    def __repr__(self):
        return 'LoginStatus({})'.format(self.value)


ClientLoginManager = LoginManager


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
