# The caller's file, line and function in logging records and warnings
# (stacklevel, the "default" action once per location).
import sys, logging, warnings
logging.basicConfig(format='%(filename)s:%(lineno)d %(funcName)s %(module)s %(message)s', stream=sys.stdout)
logging.warning("hi")
def lg():
    logging.warning("in func")
    log = logging.getLogger("x")
    log.error("named %s", 1)
    log.log(logging.ERROR, "via log")
    log.warning("up", stacklevel=2)
lg()
class Wrap:
    def __init__(self):
        logging.getLogger().warning("in init")
Wrap()
warnings.simplefilter('default')
import os
format_orig = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: format_orig(m, c, os.path.basename(f), l, line)
sys.stderr = sys.stdout
def dep():
    warnings.warn("old", DeprecationWarning, stacklevel=2)
dep()
dep()
for i in range(2):
    warnings.warn("loop")
warnings.warn("deep", stacklevel=50)
def once():
    warnings.warn("x1", UserWarning)
warnings.simplefilter('always')
once(); once()
