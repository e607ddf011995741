"""User interfaces of the pywikibot package (gowikibot: the terminal)."""
