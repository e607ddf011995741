"""An uncaught exception in a script that never imports pywikibot: under
pwb.py, which imports it, the CRITICAL line ends stderr anyway."""
import sys

print(__file__, sys.argv[0])
raise ValueError('two\nlines')
