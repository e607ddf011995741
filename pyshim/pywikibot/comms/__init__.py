"""Communication layer of the pywikibot package (gowikibot: HTTP is Go's)."""
