"""requests.packages.urllib3 (gowikibot): the urllib3 stand-in."""

from urllib3 import *
from urllib3 import exceptions, disable_warnings, Retry, Timeout, __version__
