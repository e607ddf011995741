"""unittest.loader (gowikibot): the loader names of our unittest module."""
from unittest import (TestLoader, defaultTestLoader, getTestCaseNames,
                      makeSuite, findTestCases)
