# inspect finds the source of the standard library's own classes
# (pywikibot's test framework reads unittest.case's), and the builtin
# constant __debug__ is True without -O
import inspect
import unittest
import unittest.case

for cls in (unittest.case._AssertRaisesContext, unittest.TestCase):
    lines, first = inspect.getsourcelines(cls)
    print(first > 0, lines[0].split('(')[0].rstrip(':\n'), len(lines) > 5)
print(__debug__, type(__debug__).__name__)
if __debug__:
    print('debug on')
import builtins
print(builtins.__debug__)
