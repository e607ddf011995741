import logging, sys
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stdout)
log = logging.getLogger("app.sub")
log.info("hello %s", "world")
log.debug("hidden")
log.warning("warn %d", 5)
log.error("an error")
logging.info("root info")
logging.critical("root %s %s", "two", "args")
print(log.getEffectiveLevel(), logging.getLogger().level, log.isEnabledFor(logging.DEBUG))
# Formatter's defaults is keyword-only, as CPython's
import inspect
print(inspect.signature(logging.Formatter))
try:
    logging.Formatter('%(message)s', None, '%', True, {'x': 1})
except TypeError as e:
    print('TypeError', e)
