"""urllib3.util (gowikibot: Retry and Timeout settings objects)."""

from urllib3.util.retry import Retry


class Timeout:
    DEFAULT_TIMEOUT = None

    def __init__(self, total=None, connect=None, read=None):
        self.total = total
        self.connect_timeout = connect
        self.read_timeout = read
