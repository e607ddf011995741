import logging, sys
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s:%(message)s"))
root = logging.getLogger()
root.addHandler(h)
root.setLevel(logging.INFO)
h.addFilter(logging.Filter("keep"))
logging.getLogger("keep.me").info("yes")
logging.getLogger("drop").info("no")
logging.getLogger("keeper").info("no either")
class OnlyOdd:
    def filter(self, record):
        return record.args[0] % 2 == 1
lg = logging.getLogger("keep.odd")
lg.addFilter(OnlyOdd())
for i in range(4):
    lg.info("n=%d", i)
