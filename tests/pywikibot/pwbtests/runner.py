"""Runs the offline test classes of one module of pywikibot's own test
suite (tests/NAME.py of a pywikibot checkout, on sys.path) and prints one
RESULT line of counts, then a FAIL or ERROR line per failing test (with
its traceback when a second argument is given). A class is offline unless
pywikibot's test framework marked it net = True (as its CI's 'not net').

Run by run.sh under both gowikibot and CPython with real pywikibot."""
import sys
import traceback
import unittest

modname = sys.argv[1]
verbose = len(sys.argv) > 2
# the process's stdout: a test whose setUp fails after patching
# sys.stdout (ui_tests) never restores it
out = sys.__stdout__


def flatten(suite):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            yield from flatten(test)
        else:
            yield test


class Result(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.passed = []

    def addSuccess(self, test):
        super().addSuccess(test)
        self.passed.append(test)


try:
    mod = __import__('tests.' + modname, fromlist=['x'])
except BaseException as e:
    print('IMPORTERROR', modname, type(e).__name__, str(e).splitlines()[:1], file=out)
    traceback.print_exc(file=out)
    sys.exit(0)
tests = [t for t in flatten(unittest.defaultTestLoader.loadTestsFromModule(mod))
         if not getattr(type(t), 'net', False)]
res = Result()
unittest.TestSuite(tests).run(res)
print('RESULT %s run=%d passed=%d failed=%d errors=%d skipped=%d xfail=%d uxpass=%d' % (
    modname, res.testsRun, len(res.passed), len(res.failures), len(res.errors),
    len(res.skipped), len(res.expectedFailures), len(res.unexpectedSuccesses)), file=out)
for kind, found in (('FAIL', res.failures), ('ERROR', res.errors)):
    for test, tb in found:
        lines = tb.strip().splitlines()
        print(kind, test.id(), '|', lines[-1][:300] if lines else '', file=out)
        if verbose:
            print(tb, file=out)
