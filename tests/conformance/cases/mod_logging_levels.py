import logging
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.NOTSET)
print(logging.getLevelName(10), logging.getLevelName(50), logging.getLevelName("INFO"), logging.getLevelName(15))
lg = logging.getLogger("lv")
lg.setLevel("WARNING")
print(lg.level, lg.isEnabledFor(logging.INFO), lg.isEnabledFor(logging.ERROR))
a = logging.getLogger("a")
ab = logging.getLogger("a.b")
abc = logging.getLogger("a.b.c")
print(abc.parent is ab, ab.parent is a, a.parent is logging.root, logging.root.name)
a.setLevel(logging.DEBUG)
print(abc.getEffectiveLevel())
try:
    lg.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
