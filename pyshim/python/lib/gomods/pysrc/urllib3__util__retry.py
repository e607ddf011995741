"""urllib3.util.retry.Retry (gowikibot: a settings object; requests here does not retry)."""


class Retry:
    DEFAULT_ALLOWED_METHODS = frozenset(['HEAD', 'GET', 'PUT', 'DELETE', 'OPTIONS', 'TRACE'])
    RETRY_AFTER_STATUS_CODES = frozenset([413, 429, 503])
    DEFAULT_BACKOFF_MAX = 120

    def __init__(self, total=10, connect=None, read=None, redirect=None, status=None, other=None,
                 allowed_methods=None, status_forcelist=None, backoff_factor=0, raise_on_redirect=True,
                 raise_on_status=True, history=None, respect_retry_after_header=True,
                 remove_headers_on_redirect=None, method_whitelist=None, **kwargs):
        self.total = total
        self.connect = connect
        self.read = read
        self.redirect = redirect
        self.status = status
        self.other = other
        self.allowed_methods = allowed_methods or method_whitelist or self.DEFAULT_ALLOWED_METHODS
        self.status_forcelist = status_forcelist or set()
        self.backoff_factor = backoff_factor
        self.raise_on_redirect = raise_on_redirect
        self.raise_on_status = raise_on_status
        self.history = history or ()
        self.respect_retry_after_header = respect_retry_after_header

    def __repr__(self):
        return 'Retry(total=%r, connect=%r, read=%r, redirect=%r, status=%r)' % (
            self.total, self.connect, self.read, self.redirect, self.status)

    @classmethod
    def from_int(cls, retries, redirect=True, default=None):
        if retries is None:
            retries = default if default is not None else cls.DEFAULT
        if isinstance(retries, Retry):
            return retries
        return cls(retries, redirect=redirect)


Retry.DEFAULT = Retry(3)
