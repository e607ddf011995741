"""The implementation of the Wikibase classes of pywikibot._wbclasses
(pywikibot.page.ItemPage, pywikibot.WbTime, ...), loaded on their first
use: each _Name class below holds the members that are copied onto the
class Name there.

The entities are read and written through the repository's API
(wbgetentities, wbeditentity, wbcreateclaim) by the Go site core. A wiki
without Wikibase has no repository: Site.data_repository() is None, and
the scripts stop as pywikibot's stop (WikidataBot raises WikiBaseError,
a Claim of no repository fails on its first use).
"""
import json
import math
import re

import pywikibot
from pywikibot._wbexceptions import (
    CoordinateGlobeUnknownError, NoWikibaseEntityError, WikiBaseError,
)
from pywikibot._wbclasses import (
    Claim, Coordinate, DataSite, ItemPage, LexemePage, MediaInfo, Property, PropertyPage,
    WbGeoShape, WbMonolingualText, WbQuantity, WbRepresentation, WbTabularData, WbTime,
    WbDataPage, WbUnknown, WikibasePage,
)
from pywikibot.page import BasePage
from pywikibot.page._collections import AliasesDict, ClaimCollection, LanguageDict, SiteLinkCollection
from pywikibot.site import APISite


class _DataSite:
    """A Wikibase repository (a site whose API has the wb* modules)."""

    def __init__(self, *args, **kwargs):
        APISite.__init__(self, *args, **kwargs)
        self._type_to_class = {'item': ItemPage, 'property': PropertyPage,
                               'lexeme': LexemePage, 'mediainfo': MediaInfo}
        self._property_types = {}

    def data_repository(self):
        return self

    def calendarmodel(self):
        """The default calendar model of WbTime values (Gregorian)."""
        return 'http://www.wikidata.org/entity/Q1985727'

    def default_globe(self):
        return 'earth'

    @property
    def concept_base_uri(self):
        """The base of the repository's entity URIs (siteinfo's
        wikibase-conceptbaseuri)."""
        return self.siteinfo['wikibase-conceptbaseuri']

    def globes(self):
        """The globes of Coordinate values and their entity URIs."""
        return dict(_Coordinate._GLOBES)

    @property
    def item_namespace(self):
        """The namespace of the repository's items."""
        return self.get_namespace_for_entity_type('item')

    @property
    def property_namespace(self):
        """The namespace of the repository's properties."""
        return self.get_namespace_for_entity_type('property')

    def get_namespace_for_entity_type(self, entity_type):
        """The namespace of entity_type's entities: the one whose default
        content model is 'wikibase-' + entity_type, as pywikibot finds it
        (else, when the siteinfo names no models, Wikidata's numbers: items
        0, properties 120, lexemes 146); EntityTypeUnknownError for none."""
        model = 'wikibase-' + entity_type
        namespaces = self.namespaces
        for ns in namespaces.values():
            if getattr(ns, 'defaultcontentmodel', None) == model:
                return ns
        number = {'item': 0, 'property': 120, 'lexeme': 146}.get(entity_type)
        if entity_type in self._type_to_class and number in namespaces and not any(
                hasattr(ns, 'defaultcontentmodel') for ns in namespaces.values()):
            return namespaces[number]
        from pywikibot.exceptions import EntityTypeUnknownError
        raise EntityTypeUnknownError('{!r} does not support entity type "{}"  or it doesn\'t have '
                                     'its own namespace'.format(self, entity_type))

    def get_entity_for_entity_id(self, entity_id):
        """The entity object of an id (Q1, P31, L1, M1)."""
        kinds = {'Q': ItemPage, 'P': PropertyPage, 'L': LexemePage, 'M': MediaInfo}
        if entity_id and entity_id[0].upper() in kinds:
            return kinds[entity_id[0].upper()](self, entity_id)
        from pywikibot._wbexceptions import EntityTypeUnknownError
        raise EntityTypeUnknownError('{!r} is not a valid entity id'.format(entity_id))

    def loadcontent(self, identification, *props):
        """The entity data of wbgetentities for identification
        (ids=... or sites=...&titles=...)."""
        params = {'action': 'wbgetentities'}
        params.update(identification)
        if props:
            params['props'] = '|'.join(props)
        data = self._api(params)
        entities = data.get('entities', {})
        if len(entities) != 1:
            raise WikiBaseError('Unexpected wbgetentities response: {}'.format(data))
        return list(entities.values())[0]

    def get_property_type(self, prop):
        """The data type of a property (e.g. 'wikibase-item')."""
        pid = prop.id if hasattr(prop, 'id') else prop
        if pid not in self._property_types:
            data = self.loadcontent({'ids': pid}, 'datatype')
            if 'datatype' not in data:
                raise KeyError('{} does not exist'.format(pid))
            self._property_types[pid] = data['datatype']
        return self._property_types[pid]

    def editEntity(self, entity, data, bot=True, **kwargs):
        """Send wbeditentity; return the API response."""
        params = {'action': 'wbeditentity', 'data': json.dumps(data)}
        if isinstance(entity, WikibasePage) and not entity.id == '-1':
            params['id'] = entity.id
        elif isinstance(entity, dict):
            params.update(entity)
        else:
            params['new'] = getattr(entity, 'entity_type', 'item')
        if entity is not None and getattr(entity, 'latest_revision_id', None):
            params['baserevid'] = entity.latest_revision_id
        if bot:
            params['bot'] = True
        if kwargs.get('summary'):
            params['summary'] = kwargs['summary']
        return self._api(params, True, 'csrf')

    def addClaim(self, entity, claim, bot=True, summary=None):
        """Add claim to entity (wbcreateclaim / wbsetclaim)."""
        params = {'action': 'wbsetclaim', 'claim': json.dumps(claim.toJSON())}
        if bot:
            params['bot'] = True
        if summary:
            params['summary'] = summary
        data = self._api(params, True, 'csrf')
        claim.snak = data.get('claim', {}).get('id')
        entity.latest_revision_id = data.get('pageinfo', {}).get('lastrevid')
        return data


class _WikibaseEntity:
    """An entity of a Wikibase repository, known by its id."""

    entity_type = None
    title_pattern = None
    #: the entity's data attributes (labels, claims, ...) and the
    #: collection class of each
    DATA_ATTRIBUTES = {}

    @classmethod
    def _normalizeData(cls, data):  # noqa: N802 (pywikibot's name)
        """data's DATA_ATTRIBUTES in the API's structure (each by its
        collection's normalizeData); other keys are left out."""
        return {key: attr.normalizeData(data[key]) for key, attr in cls.DATA_ATTRIBUTES.items()
                if key in data}

    def __init__(self, repo, id_=None):
        if not isinstance(repo, DataSite) and not getattr(repo, 'has_data_repository', False):
            raise WikiBaseError('{} is not a data repository.'.format(repo))
        self.repo = repo
        self.id = id_ if id_ is not None else '-1'

    def getID(self, numeric=False):  # noqa: N802 (pywikibot's name)
        """The entity's id (its number with numeric)."""
        return int(self.id[1:]) if numeric else self.id

    def concept_uri(self):
        """The entity's URI (the repository's concept base URI and the id)."""
        return '{}{}'.format(self.repo.concept_base_uri, self.id)


class _LexemeForm:
    """A form of a lexeme."""

    entity_type = 'form'
    title_pattern = r'L[1-9]\d*-F[1-9]\d*'
    DATA_ATTRIBUTES = {'representations': LanguageDict, 'claims': ClaimCollection}

    @classmethod
    def _normalizeData(cls, data):  # noqa: N802 (pywikibot's name)
        """The entity's normalized data, grammatical features given as
        items becoming their ids."""
        new = _WikibaseEntity._normalizeData.__func__(cls, data)
        if 'grammaticalFeatures' in data:
            new['grammaticalFeatures'] = [f.getID() if isinstance(f, ItemPage) else f
                                          for f in data['grammaticalFeatures']]
        return new


class _LexemeSense:
    """A sense of a lexeme."""

    entity_type = 'sense'
    title_pattern = r'L[1-9]\d*-S[1-9]\d*'
    DATA_ATTRIBUTES = {'glosses': LanguageDict, 'claims': ClaimCollection}


class _WikibasePage:
    """An entity of a Wikibase repository (base of ItemPage, PropertyPage,
    LexemePage and MediaInfo)."""

    entity_type = None
    title_pattern = None
    DATA_ATTRIBUTES = {}

    def __init__(self, site, title='', **kwargs):
        if not isinstance(site, DataSite) and not getattr(site, 'has_data_repository', False):
            raise WikiBaseError('{} is not a data repository.'.format(site))
        self.repo = site
        ns = kwargs.pop('ns', None)
        if ns is not None:
            # the entity type's namespace: 'Q60' is 'Item:Q60' where items
            # have a namespace of their own
            kwargs['ns'] = int(ns)
        BasePage.__init__(self, site, title or '-1', **kwargs)
        entity_id = self.title(with_ns=False) if title and title != '-1' and ns is not None else title
        self.id = (entity_id or '-1').upper() if entity_id and re.match(r'^[A-Za-z]\d+$', entity_id) \
            else (entity_id or '-1')
        self._content = None

    def namespace(self):
        """The number of the entity's namespace (an int, as pywikibot's)."""
        return int(BasePage.namespace(self))

    def _defined_by(self, singular=False):
        """The API parameters naming the entity: its id (ids=, or id= when
        singular); an item of fromPage(lazy_load=True) its page's site
        and title; nothing for an entity not created yet."""
        lazy_from = self.__dict__.get('_lazy_from') if self.id == '-1' else None
        if lazy_from is not None:
            site, title = lazy_from
            if singular:
                return {'site': site.dbName(), 'title': title}
            return {'sites': site.dbName(), 'titles': title}
        if self.id == '-1':
            return {}
        return {'id' if singular else 'ids': self.id}

    @property
    def latest_revision_id(self):
        return getattr(self, '_lastrevid', 0) or None

    @latest_revision_id.setter
    def latest_revision_id(self, value):
        self._lastrevid = value or 0

    def getID(self, numeric=False):
        """The id ('Q42'), or its number (42) when numeric (an item of
        fromPage(lazy_load=True) is found first)."""
        if self.id == '-1' and '_lazy_from' in self.__dict__:
            self.get()
        return int(self.id[1:]) if numeric and self.id != '-1' else self.id

    def exists(self):
        if self._content is None:
            try:
                self.get()
            except pywikibot.exceptions.NoPageError:
                return False
        return 'missing' not in self._content

    def get(self, force=False, *args, **kwargs):
        """Load the entity data; NoPageError when missing (raised while
        handling the entity's NoWikibaseEntityError, as pywikibot's)."""
        if self._content is None or force:
            lazy_from = self.__dict__.get('_lazy_from') if self.id == '-1' else None
            if lazy_from is not None:
                # an item of ItemPage.fromPage(page, lazy_load=True): found
                # by the page's site link
                site, title = lazy_from
                page = pywikibot.Page(site, title)
                self._content = self.repo.loadcontent({'sites': site.dbName(), 'titles': title})
                if 'missing' in self._content:
                    self._content = None
                    raise pywikibot.exceptions.NoPageError(page, 'Page {} has no item'.format(page))
                content = self._content
                self.id = content['id']
                BasePage.__init__(self, self.repo, self.id)  # the page is the item's now
                self._content = content
            else:
                self._content = self.repo.loadcontent({'ids': self.id})
            self.latest_revision_id = self._content.get('lastrevid')
        if 'missing' in self._content:
            try:
                raise NoWikibaseEntityError(self)
            except NoWikibaseEntityError:
                raise pywikibot.exceptions.NoPageError(self)
        self.labels = {k: v['value'] for k, v in self._content.get('labels', {}).items()}
        self.descriptions = {k: v['value'] for k, v in self._content.get('descriptions', {}).items()}
        self.aliases = {k: [a['value'] for a in v] for k, v in self._content.get('aliases', {}).items()}
        self.claims = {}
        for pid, claims in self._content.get('claims', {}).items():
            self.claims[pid] = [Claim.fromJSON(self.repo, c) for c in claims]
        return {'labels': self.labels, 'descriptions': self.descriptions,
                'aliases': self.aliases, 'claims': self.claims}

    def editEntity(self, data=None, **kwargs):
        """Change the entity (wbeditentity)."""
        data = self.repo.editEntity(self, data or {}, **kwargs)
        ent = data.get('entity', {})
        if 'id' in ent:
            self.id = ent['id']
        self.latest_revision_id = ent.get('lastrevid')
        self._content = None
        return data

    def editLabels(self, labels, **kwargs):
        self.editEntity({'labels': {k: {'language': k, 'value': v} for k, v in labels.items()}},
                        **kwargs)

    def editDescriptions(self, descriptions, **kwargs):
        self.editEntity({'descriptions': {k: {'language': k, 'value': v}
                                          for k, v in descriptions.items()}}, **kwargs)

    def addClaim(self, claim, bot=True, **kwargs):
        """Add claim to this entity."""
        self.repo.addClaim(self, claim, bot=bot, summary=kwargs.get('summary'))
        claim.on_item = self

    def __repr__(self):
        return '{}.{}({!r}, {!r})'.format(self.__class__.__module__, self.__class__.__name__,
                                          self.repo, self.id)


class _ItemPage:
    """An item (Q...) of a Wikibase repository."""

    entity_type = 'item'
    title_pattern = r'Q[1-9]\d*'
    DATA_ATTRIBUTES = {'labels': LanguageDict, 'descriptions': LanguageDict, 'aliases': AliasesDict,
                       'claims': ClaimCollection, 'sitelinks': SiteLinkCollection}

    def __init__(self, site, title=None, ns=None):
        if ns is None:
            ns = site.item_namespace
        WikibasePage.__init__(self, site, title or '-1', ns=ns)

    @classmethod
    def fromPage(cls, page, lazy_load=False):
        """The item linked to page (by its site link), kept on the page
        (page._item) as pywikibot keeps it; WikiBaseError when the page's
        site has no repository, NoPageError when the page has no item.
        With lazy_load nothing is asked yet: the item is found on the
        first get()."""
        if hasattr(page, '_item'):
            return page._item
        repo = page.site.data_repository()
        if repo is None:
            raise WikiBaseError('{} has no data repository'.format(page.site))
        if lazy_load:
            item = cls(repo)
            item._lazy_from = (page.site, page.title(with_section=False))
        else:
            data = repo.loadcontent({'sites': page.site.dbName(), 'titles': page.title()})
            if 'missing' in data:
                raise pywikibot.exceptions.NoPageError(page, 'Page {} has no item'.format(page))
            item = cls(repo, data['id'])
            item._content = data
        page._item = item
        return item

    @classmethod
    def from_entity_uri(cls, site, uri, lazy_load=False):
        """The item of an entity URI of site (a TypeError for a site that
        is not a data repository; NoPageError for a missing item unless
        lazy_load)."""
        if not isinstance(site, DataSite):
            raise TypeError('{} is not a data repository.'.format(site))
        item = cls(site, uri.rstrip('/').split('/')[-1])
        if not lazy_load and not item.exists():
            raise pywikibot.exceptions.NoPageError(item)
        return item

    def getSitelink(self, site, force=False):
        """The title of the item's page on site."""
        self.get(force=force)
        dbname = site.dbName() if hasattr(site, 'dbName') else site
        links = self._content.get('sitelinks', {})
        if dbname not in links:
            raise pywikibot.exceptions.NoSiteLinkError(self, dbname)
        return links[dbname]['title']

    def isRedirectPage(self):
        return False


class _PropertyPage:
    """A property (P...) of a Wikibase repository."""

    entity_type = 'property'
    title_pattern = r'P[1-9]\d*'
    DATA_ATTRIBUTES = {'labels': LanguageDict, 'descriptions': LanguageDict, 'aliases': AliasesDict,
                       'claims': ClaimCollection}

    def __init__(self, source, title=None, datatype=None):
        WikibasePage.__init__(self, source, title or '-1', ns=source.property_namespace)
        self._type = datatype

    @property
    def type(self):
        if self._type is None:
            self._type = self.repo.get_property_type(self)
        return self._type

    def newClaim(self, *args, **kwargs):
        """A new Claim of this property."""
        return Claim(self.repo, self.id, *args, datatype=self._type, **kwargs)


class _LexemePage:
    """A lexeme (L...) of a Wikibase repository."""

    entity_type = 'lexeme'
    title_pattern = r'L[1-9]\d*'
    DATA_ATTRIBUTES = {'lemmas': LanguageDict, 'claims': ClaimCollection}

    @classmethod
    def _normalizeData(cls, data):  # noqa: N802 (pywikibot's name)
        """The entity's normalized data, a language or lexical category
        given as an item becoming its id."""
        new = _WikibaseEntity._normalizeData.__func__(cls, data)
        for prop in ('language', 'lexicalCategory'):
            value = new.get(prop)
            if value:
                new[prop] = value.getID() if isinstance(value, ItemPage) else value
        return new

    def __init__(self, site, title=None):
        WikibasePage.__init__(self, site, title or '')


class _MediaInfo:
    """The structured data (M...) of a file."""

    entity_type = 'mediainfo'
    title_pattern = r'M[1-9]\d*'
    DATA_ATTRIBUTES = {'labels': LanguageDict, 'statements': ClaimCollection}


class _Property:
    """A property id of a repository (base of Claim)."""

    types = {'wikibase-item': 'ItemPage', 'wikibase-property': 'PropertyPage',
             'string': 'str', 'commonsMedia': 'FilePage', 'globe-coordinate': 'Coordinate',
             'url': 'str', 'time': 'WbTime', 'quantity': 'WbQuantity',
             'monolingualtext': 'WbMonolingualText', 'math': 'str', 'external-id': 'str',
             'geo-shape': 'WbGeoShape', 'tabular-data': 'WbTabularData',
             'musical-notation': 'str', 'wikibase-lexeme': 'LexemePage'}
    value_types = {'wikibase-item': 'wikibase-entityid', 'wikibase-property': 'wikibase-entityid',
                   'commonsMedia': 'string', 'url': 'string', 'globe-coordinate': 'globecoordinate',
                   'math': 'string', 'external-id': 'string', 'geo-shape': 'string',
                   'tabular-data': 'string', 'musical-notation': 'string',
                   'wikibase-lexeme': 'wikibase-entityid'}

    def __init__(self, site, id, datatype=None):
        self.repo = site
        self.id = id.upper()
        if datatype:
            self._type = datatype

    @property
    def type(self):
        """The data type of the property (asked from the repository)."""
        if getattr(self, '_type', None) is None:
            self._type = self.repo.get_property_type(self)
        return self._type

    def getID(self, numeric=False):
        return int(self.id[1:]) if numeric else self.id


class _Claim:
    """A statement (or qualifier, or reference snak) of an entity."""

    # the converters of a snak's value by data type, as pywikibot 9.6.3's
    # (tests replace the commonsMedia one)
    TARGET_CONVERTER = {
        'wikibase-item': lambda value, site: site.get_entity_for_entity_id(value['id']),
        'wikibase-property': lambda value, site: site.get_entity_for_entity_id(value['id']),
        'wikibase-lexeme': lambda value, site: site.get_entity_for_entity_id(value['id']),
        'commonsMedia': lambda value, site: pywikibot.FilePage(pywikibot.Site('commons'), value),
        'globe-coordinate': lambda value, site: Coordinate.fromWikibase(value, site),
        'time': lambda value, site: WbTime.fromWikibase(value, site),
        'quantity': lambda value, site: WbQuantity.fromWikibase(value, site),
        'monolingualtext': lambda value, site: WbMonolingualText.fromWikibase(value),
    }
    SNAK_TYPES = ('value', 'somevalue', 'novalue')

    def __init__(self, site, pid, snak=None, hash=None, is_reference=False, is_qualifier=False,
                 rank='normal', **kwargs):
        Property.__init__(self, site, pid, **kwargs)
        self.snak = snak
        self.hash = hash
        self.rank = rank
        self.isReference = is_reference
        self.isQualifier = is_qualifier
        self.sources = []
        self.qualifiers = {}
        self.target = None
        self.snaktype = 'value'
        self.on_item = None

    @classmethod
    def fromJSON(cls, site, data):
        """A Claim from the repository's JSON."""
        snak = data.get('mainsnak', data)
        claim = cls(site, snak['property'], datatype=snak.get('datatype'))
        claim.snak = data.get('id')
        claim.rank = data.get('rank', 'normal')
        claim.snaktype = snak.get('snaktype', 'value')
        if claim.snaktype == 'value':
            claim.target = claim._target_from_value(snak['datavalue']['value'])
        return claim

    def _target_from_value(self, value):
        t = getattr(self, '_type', None)
        if t is not None and t not in self.types and t not in ('wikibase-form', 'wikibase-sense'):
            # a data type pywikibot does not know: its value kept as a
            # WbUnknown with pywikibot's warning
            target = WbUnknown.fromWikibase(value)
            target.warning = '{} datatype is not supported yet.'.format(t)
            return target
        return self.TARGET_CONVERTER.get(t, lambda value, site: value)(value, self.repo)

    def setTarget(self, value):
        """Set the value of the claim (its type must fit the property)."""
        self.target = value

    def getTarget(self):
        return self.target

    def setSnakType(self, value):
        if value not in self.SNAK_TYPES:
            raise ValueError('snaktype must be one of {}'.format(', '.join(self.SNAK_TYPES)))
        self.snaktype = value

    def getSnakType(self):
        return self.snaktype

    def setRank(self, rank):
        self.rank = rank

    def getRank(self):
        return self.rank

    def addSource(self, claim, **kwargs):
        self.sources.append({claim.id: [claim]})

    def addSources(self, claims, **kwargs):
        self.sources.append({c.id: [c] for c in claims})

    def addQualifier(self, qualifier, **kwargs):
        qualifier.isQualifier = True
        self.qualifiers.setdefault(qualifier.id, []).append(qualifier)

    def _formatValue(self):
        t = self.type
        if t in ('wikibase-item', 'wikibase-property', 'wikibase-lexeme'):
            kind = {'Q': 'item', 'P': 'property', 'L': 'lexeme'}[self.target.id[0]]
            return {'entity-type': kind, 'numeric-id': self.target.getID(numeric=True),
                    'id': self.target.id}
        if hasattr(self.target, 'toWikibase'):
            return self.target.toWikibase()
        if t == 'commonsMedia':
            return self.target.title(with_ns=False)
        return self.target

    def _formatDataValue(self):
        return {'value': self._formatValue(),
                'type': self.value_types.get(self.type, self.type)}

    def toJSON(self):
        """The claim as the repository's JSON."""
        snak = {'snaktype': self.snaktype, 'property': self.id}
        if self.snaktype == 'value':
            snak['datavalue'] = self._formatDataValue()
        data = {'mainsnak': snak, 'type': 'statement', 'rank': self.rank}
        if self.snak:
            data['id'] = self.snak
        if self.qualifiers:
            data['qualifiers'] = {pid: [{'snaktype': q.snaktype, 'property': q.id,
                                         'datavalue': q._formatDataValue()} for q in qs]
                                  for pid, qs in self.qualifiers.items()}
        return data

    def __repr__(self):
        return 'pywikibot.page.Claim({!r}, {!r})'.format(self.repo, self.id)


class _WbRepresentation:
    """A Wikibase data value (base of WbTime, WbQuantity, ...): str is its
    API JSON (indented, keys sorted); two values are equal when their JSON
    is."""

    _items = ()

    def toWikibase(self):
        raise NotImplementedError

    @classmethod
    def fromWikibase(cls, data, site=None):
        raise NotImplementedError

    def __str__(self):
        return json.dumps(self.toWikibase(), indent=4, sort_keys=True, separators=(',', ': '))

    def __repr__(self):
        # the values' str, as pywikibot's (amount=5, not Decimal('5'))
        values = ', '.join('{}={}'.format(k, getattr(self, k)) for k in self._items)
        return '{}({})'.format(type(self).__name__, values)

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self.toWikibase() == other.toWikibase()
        return NotImplemented

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(frozenset(self.toWikibase().items()))


class _WbTime:
    """A point in time with a precision (year, month, day, ...). The
    precision is that of the last part given, unless precision says
    otherwise; times compare by the seconds they stand for (adjusted by
    the timezone, in minutes)."""

    PRECISION = {'1000000000': 0, '100000000': 1, '10000000': 2, '1000000': 3, '100000': 4,
                 '10000': 5, 'millenia': 6, 'century': 7, 'decade': 8, 'year': 9, 'month': 10,
                 'day': 11, 'hour': 12, 'minute': 13, 'second': 14}
    FORMATSTR = '{0:+012d}-{1:02d}-{2:02d}T{3:02d}:{4:02d}:{5:02d}Z'
    _items = ('year', 'month', 'day', 'hour', 'minute', 'second', 'precision', 'before',
              'after', 'timezone', 'calendarmodel')
    # days before the first of each month in a common year
    _month_offset = {1: 0, 2: 31, 3: 59, 4: 90, 5: 120, 6: 151, 7: 181, 8: 212, 9: 243, 10: 273,
                     11: 304, 12: 334}

    def __init__(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                 precision=None, before=0, after=0, timezone=0, calendarmodel=None, site=None):
        if year is None:
            raise ValueError('no year given')
        self.precision = self.PRECISION['year']
        parts = []
        for name, value, default in (('month', month, 1), ('day', day, 1), ('hour', hour, 0),
                                     ('minute', minute, 0), ('second', second, 0)):
            if value is None:
                value = default
            else:
                self.precision = self.PRECISION[name]
            parts.append(value)
        self.year = year
        self.month, self.day, self.hour, self.minute, self.second = parts
        self.after, self.before, self.timezone = after, before, timezone
        if calendarmodel is None:
            if site is None:
                site = pywikibot.Site().data_repository()
                if site is None:
                    raise ValueError('Site {} has no data repository'.format(pywikibot.Site()))
            calendarmodel = site.calendarmodel()
        self.calendarmodel = calendarmodel
        if precision is not None:
            if isinstance(precision, int) and precision in self.PRECISION.values():
                self.precision = precision
            elif precision in self.PRECISION:
                self.precision = self.PRECISION[precision]
            else:
                raise ValueError('Invalid precision: "{}"'.format(precision))

    def _getSecondsAdjusted(self):  # noqa: N802 (pywikibot's name)
        """Seconds since the year 0 (365.25 days a year, a leap day from
        March in the calendar's leap years), less the timezone: for
        comparisons only."""
        day = 24 * 60 * 60
        seconds = int(self.year * 365.25 * day)
        if self.month > 1:
            seconds += self._month_offset[self.month] * day
            gregorian = self.calendarmodel == 'http://www.wikidata.org/entity/Q1985727'
            julian = self.calendarmodel == 'http://www.wikidata.org/entity/Q1985786'
            # (as pywikibot: a Gregorian year divisible by 400 counts its
            # leap day from February on)
            if gregorian and (self.year % 400 == 0
                              or (self.year % 4 == 0 and self.year % 100 != 0) and self.month > 2):
                seconds += day
            if julian and self.year % 4 == 0 and self.month > 2:
                seconds += day
        if self.day > 1:
            seconds += (self.day - 1) * day
        seconds += self.hour * 3600 + self.minute * 60 + self.second
        if self.timezone is not None:
            seconds -= self.timezone * 60
        return seconds

    def __lt__(self, other):
        if isinstance(other, WbTime):
            return self._getSecondsAdjusted() < other._getSecondsAdjusted()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, WbTime):
            return self._getSecondsAdjusted() <= other._getSecondsAdjusted()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, WbTime):
            return self._getSecondsAdjusted() > other._getSecondsAdjusted()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, WbTime):
            return self._getSecondsAdjusted() >= other._getSecondsAdjusted()
        return NotImplemented

    def equal_instant(self, other):
        """Whether other is the same instant (== also compares the
        timezones and precisions)."""
        return self._getSecondsAdjusted() == other._getSecondsAdjusted()

    @classmethod
    def fromTimestr(cls, datetimestr, precision=14, before=0, after=0, timezone=0,
                    calendarmodel=None, site=None):
        """A WbTime from '+2024-01-31T00:00:00Z' (a signed year of any
        length; unknown parts are zero)."""
        m = re.match(r'([-+]?\d+)-(\d+)-(\d+)T(\d+):(\d+):(\d+)Z', datetimestr)
        if not m:
            raise ValueError("Invalid format: '{}'".format(datetimestr))
        t = [int(g) for g in m.groups()]
        return cls(t[0], t[1], t[2], t[3], t[4], t[5], precision, before, after, timezone,
                   calendarmodel, site)

    @classmethod
    def fromTimestamp(cls, timestamp, precision=14, before=0, after=0, timezone=0,
                      calendarmodel=None, site=None, copy_timezone=False):
        """A WbTime from a Timestamp (with copy_timezone, its UTC offset as
        the timezone unless timezone is given)."""
        if not timezone and timestamp.tzinfo and copy_timezone:
            timezone = int(timestamp.utcoffset().total_seconds() / 60)
        return cls.fromTimestr(timestamp.isoformat(), precision=precision, before=before, after=after,
                               timezone=timezone, calendarmodel=calendarmodel, site=site)

    def normalize(self):
        """A copy without the parts finer than the precision: the year
        rounded to the precision's power of ten (millennium and century
        counted from 1, decade truncated), the timezone kept only from
        hour precision on."""
        year = self.year
        if self.PRECISION['1000000000'] <= self.precision <= self.PRECISION['10000']:
            step = 10 ** (9 - self.precision)
            year = round(year / step) * step
        elif self.precision in (self.PRECISION['millenia'], self.PRECISION['century']):
            step = 1000 if self.precision == self.PRECISION['millenia'] else 100
            year = (math.floor(year / step) if year < 0 else math.ceil(year / step)) * step
        elif self.precision == self.PRECISION['decade']:
            year = math.trunc(year / 10) * 10
        kwargs = {'precision': self.precision, 'before': self.before, 'after': self.after,
                  'calendarmodel': self.calendarmodel, 'year': year}
        if self.precision >= self.PRECISION['month']:
            kwargs['month'] = self.month
        if self.precision >= self.PRECISION['day']:
            kwargs['day'] = self.day
        if self.precision >= self.PRECISION['hour']:
            kwargs['timezone'] = self.timezone
            kwargs['hour'] = self.hour
        if self.precision >= self.PRECISION['minute']:
            kwargs['minute'] = self.minute
        if self.precision >= self.PRECISION['second']:
            kwargs['second'] = self.second
        return type(self)(**kwargs)

    def toTimestr(self, force_iso=False):
        """'+00000002024-01-31T00:00:00Z' (or ISO 8601 with force_iso:
        '+2024-01-31T00:00:00Z', month and day at least 1)."""
        if force_iso:
            return '{0:+05d}-{1:02d}-{2:02d}T{3:02d}:{4:02d}:{5:02d}Z'.format(
                self.year, max(1, self.month), max(1, self.day), self.hour, self.minute, self.second)
        return self.FORMATSTR.format(self.year, self.month, self.day, self.hour, self.minute, self.second)

    def toTimestamp(self, timezone_aware=False):
        """The Timestamp of the time (with timezone_aware, in its
        timezone); a ValueError for a year before 1."""
        if self.year <= 0:
            raise ValueError('You cannot turn BC dates into a Timestamp')
        ts = pywikibot.Timestamp.fromISOformat(self.toTimestr(force_iso=True).lstrip('+'))
        if timezone_aware:
            import datetime
            ts = ts.replace(tzinfo=datetime.timezone(datetime.timedelta(minutes=self.timezone)))
        return ts

    def toWikibase(self):
        return {'time': self.toTimestr(), 'precision': self.precision,
                'after': self.after, 'before': self.before, 'timezone': self.timezone,
                'calendarmodel': self.calendarmodel}

    @classmethod
    def fromWikibase(cls, data, site=None):
        return cls.fromTimestr(data['time'], data['precision'], data['before'], data['after'],
                               data['timezone'], data['calendarmodel'], site)


def _decimal(value):
    """value as a decimal.Decimal (a Decimal as it is, None as None)."""
    from decimal import Decimal
    if value is None or isinstance(value, Decimal):
        return value
    return Decimal(str(value))


def _signed(value):
    """The API's text of a Decimal: format(value, '+g') in CPython, which
    for a finite Decimal is its str with a sign and a lower-case exponent
    mark. (gowikibot's decimal module formats 'g' as a float would, as
    '+1.5' for Decimal('1.50'): hence written out here.)"""
    if value is None:
        return None
    text = str(value).replace('E', 'e')
    return text if text.startswith('-') else '+' + text


class _WbQuantity:
    """An amount with an optional unit (an ItemPage or an entity URI) and
    error bounds (an error, or an (upper, lower) pair)."""

    _items = ('amount', 'upperBound', 'lowerBound', 'unit')

    @staticmethod
    def _require_errors(site):
        """Whether the repository is older than MediaWiki 1.29.0-wmf.2, which
        wants the bounds (without a site: a warning, and no)."""
        if not site:
            pywikibot.warning("WbQuantity now expects a 'site' parameter. This is needed to "
                              'ensure correct handling of error bounds.')
            return False
        return site.mw_version < '1.29.0-wmf.2'

    @staticmethod
    def _todecimal(value):
        return _decimal(value)

    @staticmethod
    def _fromdecimal(value):
        return _signed(value)

    def __init__(self, amount, unit=None, error=None, site=None):
        if amount is None:
            raise ValueError('no amount given')
        self.amount = _decimal(amount)
        self._unit = unit
        self.site = site or pywikibot.Site().data_repository()
        if isinstance(unit, str) and not unit.startswith(('http://', 'https://')):
            raise ValueError("'unit' must be an ItemPage or entity uri.")
        if error is None and not self._require_errors(site):
            self.upperBound = self.lowerBound = None
        else:
            if error is None:
                upper = lower = _decimal(0)
            elif isinstance(error, tuple):
                upper, lower = _decimal(error[0]), _decimal(error[1])
            else:
                upper = lower = _decimal(error)
            self.upperBound = self.amount + upper
            self.lowerBound = self.amount - lower

    @property
    def unit(self):
        """The unit's entity URI, or '1' without a unit."""
        if isinstance(self._unit, ItemPage):
            return self._unit.concept_uri()
        return self._unit or '1'

    def get_unit_item(self, repo=None, lazy_load=False):
        """The ItemPage of the unit (looked up once)."""
        if not isinstance(self._unit, str):
            return self._unit
        self._unit = ItemPage.from_entity_uri(repo or self.site, self._unit, lazy_load)
        return self._unit

    def toWikibase(self):
        return {'amount': _signed(self.amount), 'upperBound': _signed(self.upperBound),
                'lowerBound': _signed(self.lowerBound), 'unit': self.unit}

    @classmethod
    def fromWikibase(cls, data, site=None):
        amount = _decimal(data['amount'])
        upper = _decimal(data.get('upperBound'))
        lower = _decimal(data.get('lowerBound'))
        error = None
        if (upper is not None and lower is not None) or cls._require_errors(site):
            error = (upper - amount, amount - lower)
        return cls(amount, None if data['unit'] == '1' else data['unit'], error, site)


class _WbMonolingualText:
    """A text in one language."""

    _items = ('text', 'language')

    def __init__(self, text, language):
        if not text or not language:
            raise ValueError('text and language cannot be empty')
        self.text = text
        self.language = language

    def toWikibase(self):
        return {'text': self.text, 'language': self.language}

    @classmethod
    def fromWikibase(cls, data, site=None):
        return cls(data['text'], data['language'])


class _Coordinate:
    """A point on a globe (latitude, longitude, precision in degrees or
    dim in metres)."""

    _items = ('lat', 'lon', 'entity')
    _GLOBES = {'earth': 'http://www.wikidata.org/entity/Q2',
               'moon': 'http://www.wikidata.org/entity/Q405',
               'mars': 'http://www.wikidata.org/entity/Q111'}
    _RADIUS = 6378137  # the earth's, in metres (pywikibot's for every globe)

    def __init__(self, lat, lon, alt=None, precision=None, globe=None, typ='', name='', dim=None,
                 site=None, globe_item=None, primary=False):
        self.lat, self.lon, self.alt = lat, lon, alt
        self._precision = precision
        self._entity = globe_item
        self.type, self.name, self._dim = typ, name, dim
        self.site = site or pywikibot.Site().data_repository()
        self.primary = primary
        if globe:
            globe = globe.lower()
        elif not globe_item:
            globe = self.site.default_globe()
        self.globe = globe

    @property
    def entity(self):
        """The globe's entity URI."""
        if not self._entity:
            if self.globe not in self.site.globes():
                raise CoordinateGlobeUnknownError('{} is not supported in Wikibase yet.'
                                                  .format(self.globe))
            return self.site.globes()[self.globe]
        if isinstance(self._entity, ItemPage):
            return self._entity.concept_uri()
        return self._entity

    @property
    def precision(self):
        """The precision in degrees, from dim (metres) when not given."""
        if self._precision is None and self._dim is not None:
            self._precision = math.degrees(self._dim / (self._RADIUS * math.cos(math.radians(self.lat))))
        return self._precision

    @precision.setter
    def precision(self, value):
        self._precision = value

    def precisionToDim(self):  # noqa: N802 (pywikibot's name)
        """dim (metres, an int) from the precision when not given; a
        ValueError without either."""
        if self._dim is None and self._precision is None:
            raise ValueError('No values set for dim or precision')
        if self._dim is None:
            self._dim = int(round(math.radians(self._precision) * self._RADIUS
                                  * math.cos(math.radians(self.lat))))
        return self._dim

    def get_globe_item(self, repo=None, lazy_load=False):
        """The ItemPage of the globe."""
        if isinstance(self._entity, ItemPage):
            return self._entity
        return ItemPage.from_entity_uri(repo or self.site, self.entity, lazy_load)

    def toWikibase(self):
        return {'latitude': self.lat, 'longitude': self.lon, 'altitude': self.alt,
                'globe': self.entity, 'precision': self.precision}

    @classmethod
    def fromWikibase(cls, data, site=None):
        if site is None:
            site = pywikibot.Site().data_repository()
        globe = None
        if data['globe']:
            globe = dict((uri, name) for name, uri in site.globes().items()).get(data['globe'])
        return cls(data['latitude'], data['longitude'], data['altitude'], data['precision'],
                   globe, site=site, globe_item=data['globe'])


class _WbDataPage:
    """A data value naming a page of Commons (geo-shape, tabular data)."""

    _items = ('page',)

    def __init__(self, page, site=None):
        self.page = page
        self.site = site

    def toWikibase(self):
        return self.page.title()

    @classmethod
    def fromWikibase(cls, page_name, site=None):
        return cls(pywikibot.Page(site, page_name), site)


class _WbGeoShape:
    """A geo-shape data page."""


class _WbTabularData:
    """A tabular data page."""


class _WbUnknown:
    """A data value of a type pywikibot does not know (kept as JSON)."""

    _items = ('json',)

    def __init__(self, json, warning=''):
        self.json = json
        self.warning = warning

    def toWikibase(self):
        """The JSON value (the warning, if any, is shown the first time)."""
        if self.warning:
            pywikibot.warning(self.warning)
            self.warning = ''
        return self.json

    @classmethod
    def fromWikibase(cls, data, site=None):
        return cls(data)



def install():
    """Copy the members of each _Name class onto the class Name."""
    import pywikibot._wbclasses as skel
    skip = ('__dict__', '__weakref__', '__module__', '__qualname__', '__doc__')
    for name in skel.__all__:
        impl = globals().get('_' + name)
        if impl is None:
            continue  # nothing of its own (LexemeSubEntity)
        cls = getattr(skel, name)
        for key, value in list(vars(impl).items()):
            if key not in skip:
                setattr(cls, key, value)
