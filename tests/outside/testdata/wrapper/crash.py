"""A script that ends with an uncaught exception (a Python 2 builtin, as
NeoMahler/pywikibots' linkbot.py): its name as the script sees it, then
the traceback and pywikibot's CRITICAL line."""
import sys

import pywikibot

print(__file__, sys.argv[0], pywikibot.__name__)
reload(sys)
