"""unittest.result (gowikibot): TestResult of our unittest module."""
from unittest import TestResult
