"""A Python 2 script (Agamitsudo/pywikibot's CommonsDate.py): pwb.py
compiles it inside its wrapper, so the SyntaxError is an uncaught
exception of running code there (a traceback, then pywikibot's CRITICAL
line, as pywikibot was imported); python3 FILE prints the SyntaxError
alone."""
import pywikibot

print "this category is analysed..."
