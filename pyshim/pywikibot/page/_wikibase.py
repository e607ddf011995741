"""pywikibot.page._wikibase as pywikibot 9.6.3 lays it out (the classes live
in pywikibot._wbclasses and load with this module)."""
from pywikibot._wbclasses import (  # noqa: F401
    Claim, ItemPage, LexemeForm, LexemePage, LexemeSense, MediaInfo, Property, PropertyPage, WikibaseEntity,
    WikibasePage)

__all__ = ('Claim', 'ItemPage', 'LexemeForm', 'LexemePage', 'LexemeSense', 'MediaInfo', 'Property',
           'PropertyPage', 'WikibaseEntity', 'WikibasePage')
