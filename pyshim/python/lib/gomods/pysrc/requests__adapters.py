"""requests.adapters (gowikibot): net/http pools connections itself."""

from requests.sessions import HTTPAdapter

DEFAULT_POOLSIZE = 10
DEFAULT_RETRIES = 0
DEFAULT_POOLBLOCK = False


class BaseAdapter:
    def close(self):
        pass
