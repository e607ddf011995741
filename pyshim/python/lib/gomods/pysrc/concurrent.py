"""The concurrent package (gowikibot): see concurrent.futures."""
