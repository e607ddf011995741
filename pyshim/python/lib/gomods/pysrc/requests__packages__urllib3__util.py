from urllib3.util import *
from urllib3.util import Retry, Timeout
