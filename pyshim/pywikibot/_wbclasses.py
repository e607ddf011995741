"""Wikibase entities, claims and data values with pywikibot's names and
class hierarchy (pywikibot.page.ItemPage, pywikibot.WbTime,
pywikibot.site.DataSite, ...), re-exported by pywikibot, pywikibot.page
and pywikibot.site.

Only the hierarchy is defined here, so that importing pywikibot stays
cheap; the members are in pywikibot._wbimpl, copied onto these classes
when one of them is first instantiated or asked for a class attribute.

The entities are read and written through the repository's API
(wbgetentities, wbeditentity, wbsetclaim) by the Go site core. A wiki
without Wikibase has no repository: Site.data_repository() is None, and
the scripts stop as pywikibot's stop (WikidataBot raises WikiBaseError,
a Claim of no repository fails on its first use).
"""
from abc import ABC, ABCMeta

import pywikibot
import pywikibot.page
import pywikibot.site
from pywikibot.page import BaseLink, BasePage
from pywikibot.site import APISite

__all__ = ['DataSite', 'WikibaseEntity', 'WikibasePage', 'LexemeSubEntity', 'LexemeForm', 'LexemeSense', 'ItemPage',
           'PropertyPage', 'LexemePage', 'MediaInfo', 'Property', 'Claim', 'WbRepresentation', 'WbTime',
           'WbQuantity', 'WbMonolingualText', 'Coordinate', 'WbDataPage', 'WbGeoShape', 'WbTabularData',
           'WbUnknown']

_loaded = []


def _load():
    if not _loaded:
        _loaded.append(True)
        from pywikibot._wbimpl import install
        install()


class _Lazy(type):
    """The metaclass of the Wikibase classes: it loads their members on the
    first instantiation or the first class attribute that is not there yet
    (ItemPage.fromPage, WbTime.PRECISION, ...). Being the metaclass, it adds
    no class to their __mro__, which is pywikibot's."""

    def __getattr__(cls, name):
        if name.startswith('__') or _loaded:
            raise AttributeError("type object '{}' has no attribute '{}'".format(cls.__name__, name))
        _load()
        return getattr(cls, name)

    def __call__(cls, *args, **kwargs):
        _load()
        return type.__call__(cls, *args, **kwargs)

    # pywikibot's classes have no such metaclass: inspect.signature of a
    # Wikibase class does not take this __call__
    __call__._gwb_stands_for_builtin = True


class _LazyABC(_Lazy, ABCMeta):
    """_Lazy for pywikibot's abstract classes (WbRepresentation is an ABC)."""


class DataSite(APISite, metaclass=_Lazy):
    """A Wikibase repository (a site whose API has the wb* modules)."""


class WikibaseEntity(metaclass=_Lazy):
    """An entity of a Wikibase repository, known by its id (the base of
    the entity pages, MediaInfo and a lexeme's forms and senses)."""


class WikibasePage(BasePage, WikibaseEntity):
    """An entity of a Wikibase repository that is a page of it."""


class ItemPage(WikibasePage):
    """An item (Q...)."""


class Property(metaclass=_Lazy):
    """A property id of a repository."""


class PropertyPage(WikibasePage, Property):
    """A property (P...)."""


class LexemePage(WikibasePage):
    """A lexeme (L...)."""


class MediaInfo(WikibaseEntity):
    """The structured data (M...) of a file (an entity, not a page, as in
    pywikibot)."""


class LexemeSubEntity(WikibaseEntity):
    """A part of a lexeme: a form or a sense."""


class LexemeForm(LexemeSubEntity):
    """A form (L...-F...) of a lexeme."""


class LexemeSense(LexemeSubEntity):
    """A sense (L...-S...) of a lexeme."""


class SiteLink(BaseLink):
    """The link of a Wikibase item to a page of a client wiki: its site
    (a site or its database name), title and badges."""

    def __init__(self, title, site=None, badges=None):
        self._rawtitle = title
        if isinstance(site, str):
            site = APISite.fromDBName(site)
        if site is None:
            site = pywikibot.Site()
        namespace = 0
        if ':' in title:
            ns = site.namespaces.lookup_name(title.split(':', 1)[0])
            if ns:
                namespace, title = ns.id, title.partition(':')[2]
        BaseLink.__init__(self, title, namespace, site)
        self._badges = set(badges or [])

    @property
    def badges(self):
        """The badges (ItemPages) of the link."""
        return list(self._badges)

    @classmethod
    def fromJSON(cls, data, site=None):  # noqa: N802 (pywikibot's name)
        """The SiteLink of the API's JSON (site, title, badges)."""
        link = cls(data['title'], data['site'])
        repo = site or link.site.data_repository()
        for badge in data.get('badges', []):
            link._badges.add(ItemPage(repo, badge))
        return link

    def toJSON(self):  # noqa: N802 (pywikibot's name)
        """The API's JSON of the link."""
        return {'site': self.site.dbName(), 'title': self._rawtitle,
                'badges': sorted(badge.title() for badge in self._badges)}


class Claim(Property):
    """A statement, qualifier or reference snak."""


class WbRepresentation(ABC, metaclass=_LazyABC):
    """A Wikibase data value."""


class WbTime(WbRepresentation):
    """A point in time with a precision."""


class WbQuantity(WbRepresentation):
    """An amount with an optional unit and error bounds."""


class WbMonolingualText(WbRepresentation):
    """A text in one language."""


class Coordinate(WbRepresentation):
    """A point on a globe."""


class WbDataPage(WbRepresentation):
    """A data value naming a data page of Commons."""


class WbGeoShape(WbDataPage):
    """A geo-shape data page."""


class WbTabularData(WbDataPage):
    """A tabular data page."""


class WbUnknown(WbRepresentation):
    """A data value of a type pywikibot does not know."""


# pywikibot keeps the entity classes in pywikibot.page and DataSite in
# pywikibot.site: make them importable from there too.
for _cls in (WikibaseEntity, WikibasePage, ItemPage, PropertyPage, LexemePage, LexemeSubEntity, LexemeForm,
             LexemeSense, MediaInfo, Property, Claim, SiteLink):
    setattr(pywikibot.page, _cls.__name__, _cls)
pywikibot.site.DataSite = DataSite
