# A script beside helper directories without __init__.py (PEP 420
# namespace packages), as SkyGenProg/RevolucioBot's "from includes.wiki
# import ..." does. Output recorded from CPython 3.11 in main.cpython.out.
import os

from helpers.tool import greet
import helpers.sub.deep
import helpers

print(greet('wiki'))
print(helpers.sub.deep.VALUE)
print(helpers.__file__, [os.path.basename(p) for p in helpers.__path__])
print(helpers.__name__, helpers.__package__, helpers.__doc__)
print(hasattr(helpers, 'tool'), hasattr(helpers, 'sub'))
try:
    import other.missing
except ImportError as e:
    print(type(e).__name__, e)
try:
    import nosuchthing
except ImportError as e:
    print(type(e).__name__, e)
