"""A Python warning (refdenamer's FutureWarning, reduced): its form on stderr."""
import warnings

import pywikibot

warnings.warn('plain', FutureWarning)
print(pywikibot.__name__)
