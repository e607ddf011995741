"""The Wikibase exceptions of pywikibot.exceptions (re-exported there)."""
from pywikibot.exceptions import Error


class WikiBaseError(Error):
    """Wikibase related error."""


class NoWikibaseEntityError(WikiBaseError):
    """The entity does not exist."""

    def __init__(self, entity):
        self.entity = entity
        super().__init__('Entity {} does not exist on {}'.format(entity.id, entity.repo))


class CoordinateGlobeUnknownError(WikiBaseError, NotImplementedError):
    """The globe is not known."""


class EntityTypeUnknownError(WikiBaseError):
    """The entity type is not known on this site."""
