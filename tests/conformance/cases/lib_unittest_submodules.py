# unittest's submodules are there after 'import unittest' (pywikibot's test
# framework uses unittest.loader.defaultTestLoader, unittest.case's context
# managers and unittest.util.safe_repr)
import unittest

print(unittest.loader.defaultTestLoader is unittest.defaultTestLoader)
print(unittest.case.TestCase is unittest.TestCase, unittest.case.SkipTest is unittest.SkipTest)
print(unittest.suite.TestSuite is unittest.TestSuite, unittest.result.TestResult is unittest.TestResult)
print(unittest.runner.TextTestRunner is unittest.TextTestRunner)
print(hasattr(unittest.case, '_AssertRaisesContext'))
from unittest.util import safe_repr, strclass
print(safe_repr([1, 'a']), safe_repr('x' * 100, short=True))

from unittest.loader import TestLoader
print(TestLoader is unittest.TestLoader)

class T(unittest.TestCase):
    def test_raises(self):
        with self.assertRaises(ValueError) as cm:
            int('x')
        print(isinstance(cm, unittest.case._AssertRaisesContext))


print(strclass(T))
names = unittest.loader.defaultTestLoader.getTestCaseNames(T)
print(names)
result = unittest.result.TestResult()
unittest.suite.TestSuite([T('test_raises')]).run(result)
print(result.testsRun, result.wasSuccessful())
try:
    unittest.nosuchthing
except AttributeError as e:
    print('AttributeError', e)
