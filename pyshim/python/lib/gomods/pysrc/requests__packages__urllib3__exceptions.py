from urllib3.exceptions import *
