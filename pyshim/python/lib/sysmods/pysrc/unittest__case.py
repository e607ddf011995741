"""unittest.case (gowikibot): the test case names of our unittest module."""
from unittest import (TestCase, FunctionTestCase, SkipTest, skip, skipIf,
                      skipUnless, expectedFailure, _AssertRaisesContext,
                      _AssertWarnsContext, _SubTest, _Outcome,
                      _ShouldStop, _UnexpectedSuccess, addModuleCleanup)
