"""The Wikibase exceptions of pywikibot.exceptions (re-exported there,
and named as its own)."""
from pywikibot.exceptions import Error


class WikiBaseError(Error):
    """Wikibase related error."""

    __module__ = 'pywikibot.exceptions'


class NoWikibaseEntityError(WikiBaseError):
    """The entity does not exist."""

    __module__ = 'pywikibot.exceptions'

    def __init__(self, entity):
        self.entity = entity
        super().__init__('Entity {} does not exist on {}'.format(entity.id, entity.repo))


class CoordinateGlobeUnknownError(WikiBaseError, NotImplementedError):
    """The globe is not known."""

    __module__ = 'pywikibot.exceptions'


class EntityTypeUnknownError(WikiBaseError):
    """The entity type is not known on this site."""

    __module__ = 'pywikibot.exceptions'
