"""unittest.suite (gowikibot): TestSuite of our unittest module."""
from unittest import TestSuite
