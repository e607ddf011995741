"""unittest.runner (gowikibot): the text runner of our unittest module."""
from unittest import TextTestRunner, TextTestResult
