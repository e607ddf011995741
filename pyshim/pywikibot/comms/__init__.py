"""Communication layer of the pywikibot package (gowikibot: HTTP is Go's)."""

from pywikibot._lazy import comms_dir as __dir__, comms_getattr as __getattr__  # noqa: E402,F401
