"""sys.exit with a status: no traceback, no CRITICAL line."""
import sys

import pywikibot

print(pywikibot.__name__)
sys.exit(3)
