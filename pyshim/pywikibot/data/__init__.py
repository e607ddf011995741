"""Module providing several layers of data access to the wiki
(pywikibot.data; gowikibot: the requests are made by the Go site core)."""

from pywikibot._lazy import data_dir as __dir__, data_getattr as __getattr__  # noqa: E402,F401
