"""The ElementTree XML library (gowikibot)."""
