"""The Wikibase exceptions, as the Wikibase implementation (_wbimpl)
imports them: pywikibot.exceptions' own classes, so that an error raised
there is caught by ``except pywikibot.exceptions.WikiBaseError``."""
from pywikibot.exceptions import (  # noqa: F401 (re-exported)
    CoordinateGlobeUnknownError,
    EntityTypeUnknownError,
    NoWikibaseEntityError,
    WikiBaseError,
)
