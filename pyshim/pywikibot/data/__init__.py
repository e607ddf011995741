"""Module providing several layers of data access to the wiki
(pywikibot.data; gowikibot: the requests are made by the Go site core)."""
