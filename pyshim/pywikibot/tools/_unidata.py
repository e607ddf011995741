"""Unicode data of pywikibot.tools: the characters whose first-letter
upper-casing on MediaWiki differs from Python's str.upper. gowikibot's
first_upper uses str.upper, so the table is empty."""

_first_upper_exception_dict = {}
