# Frames and match statements in threads (the first match of the program
# runs in several threads at once).
import sys, threading, logging
from concurrent.futures import ThreadPoolExecutor
logging.basicConfig(format='%(funcName)s:%(lineno)d %(message)s', stream=sys.stdout)
def work(n):
    def inner():
        return sys._getframe(1).f_code.co_name
    total = 0
    for i in range(2000):
        total += len(inner())
    return n, total, sys._getframe().f_back is not None
with ThreadPoolExecutor(4) as ex:
    print(sorted(ex.map(work, range(8))))
def t():
    match sys._getframe().f_code.co_name:
        case "t":
            logging.warning("thread ok")
ths = [threading.Thread(target=t) for _ in range(3)]
[x.start() for x in ths]; [x.join() for x in ths]
print(sys._getframe().f_code.co_name)
