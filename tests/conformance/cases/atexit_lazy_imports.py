# Running the exit functions imports nothing a program did not ask for
# (gowikibot's atexit module imported traceback for every exit, used only
# to report a failing callback); they run last registered first.
import atexit
import sys


def report(label):
    print(label, 'traceback loaded:', 'traceback' in sys.modules)


atexit.register(report, 'second:')
atexit.register(report, 'first:')
print('main done')
