"""Runs userbot.main() with the arguments given, then reports how many
API requests the whole run made."""
import sys

import pywikibot

import userbot

userbot.main()
print('API requests:', pywikibot.Site()._call('stats')['requests'], file=sys.stderr)
