from urllib3.util.retry import Retry
