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
    WbUnknown, WikibasePage, _WbDataPage,
)
from pywikibot.page import BasePage
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

    def globes(self):
        """The globes of Coordinate values and their entity URIs."""
        return dict(_Coordinate._GLOBES)

    @property
    def item_namespace(self):
        return self.namespaces[0]

    @property
    def property_namespace(self):
        return self.namespaces[120]

    def get_namespace_for_entity_type(self, entity_type):
        return {'item': 0, 'property': 120, 'lexeme': 146}.get(entity_type, 0)

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

    def __init__(self, repo, id_=None):
        if not isinstance(repo, DataSite) and not getattr(repo, 'has_data_repository', False):
            raise WikiBaseError('{} is not a data repository.'.format(repo))
        self.repo = repo
        self.id = id_ if id_ is not None else '-1'

    def getID(self, numeric=False):  # noqa: N802 (pywikibot's name)
        """The entity's id (its number with numeric)."""
        return int(self.id[1:]) if numeric else self.id


class _LexemeForm:
    """A form of a lexeme."""

    entity_type = 'form'
    title_pattern = r'L[1-9]\d*-F[1-9]\d*'


class _LexemeSense:
    """A sense of a lexeme."""

    entity_type = 'sense'
    title_pattern = r'L[1-9]\d*-S[1-9]\d*'


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
        self.id = (title or '-1').upper() if title and re.match(r'^[A-Za-z]\d+$', title) \
            else (title or '-1')
        BasePage.__init__(self, site, title or '-1', **kwargs)
        self._content = None

    @property
    def latest_revision_id(self):
        return getattr(self, '_lastrevid', 0) or None

    @latest_revision_id.setter
    def latest_revision_id(self, value):
        self._lastrevid = value or 0

    def getID(self, numeric=False):
        """The id ('Q42'), or its number (42) when numeric."""
        return int(self.id[1:]) if numeric and self.id != '-1' else self.id

    def exists(self):
        if self._content is None:
            try:
                self.get()
            except NoWikibaseEntityError:
                return False
        return 'missing' not in self._content

    def get(self, force=False, *args, **kwargs):
        """Load the entity data; NoWikibaseEntityError when missing."""
        if self._content is None or force:
            self._content = self.repo.loadcontent({'ids': self.id})
            self.latest_revision_id = self._content.get('lastrevid')
        if 'missing' in self._content:
            raise NoWikibaseEntityError(self)
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

    def __init__(self, site, title=None, ns=None):
        if ns is None:
            ns = site.item_namespace
        WikibasePage.__init__(self, site, title or '-1')

    @classmethod
    def fromPage(cls, page, lazy_load=False):
        """The item linked to page (by its site link); NoPageError when the
        page's site has no repository or the page no item."""
        repo = page.site.data_repository()
        if repo is None:
            raise WikiBaseError('{} has no data repository'.format(page.site))
        data = repo.loadcontent({'sites': page.site.dbName(), 'titles': page.title()})
        if 'missing' in data:
            raise pywikibot.exceptions.NoPageError(page, 'Page {} has no item'.format(page))
        item = cls(repo, data['id'])
        item._content = data
        return item

    @classmethod
    def from_entity_uri(cls, site, uri, lazy_load=False):
        return cls(site, uri.rstrip('/').split('/')[-1])

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

    def __init__(self, source, title=None, datatype=None):
        WikibasePage.__init__(self, source, title or '-1')
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


class _MediaInfo:
    """The structured data (M...) of a file."""

    entity_type = 'mediainfo'
    title_pattern = r'M[1-9]\d*'


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

    TARGET_CONVERTER = {}
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
        if t in ('wikibase-item', 'wikibase-property', 'wikibase-lexeme'):
            return self.repo.get_entity_for_entity_id(value['id'])
        if t == 'time':
            return WbTime.fromWikibase(value, self.repo)
        if t == 'quantity':
            return WbQuantity.fromWikibase(value, self.repo)
        if t == 'monolingualtext':
            return WbMonolingualText.fromWikibase(value)
        if t == 'globe-coordinate':
            return Coordinate.fromWikibase(value, self.repo)
        return value

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
    """A Wikibase data value (base of WbTime, WbQuantity, ...)."""

    _items = ()

    def toWikibase(self):
        raise NotImplementedError

    @classmethod
    def fromWikibase(cls, data, site=None):
        raise NotImplementedError

    def __str__(self):
        return json.dumps(self.toWikibase(), indent=4, sort_keys=True, separators=(',', ': '))

    def __repr__(self):
        values = ', '.join('{}={!r}'.format(k, getattr(self, k)) for k in self._items)
        return '{}({})'.format(type(self).__name__, values)

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return all(getattr(self, k) == getattr(other, k) for k in self._items)
        return NotImplemented

    def __hash__(self):
        return hash(tuple(getattr(self, k) for k in self._items))


class _WbTime:
    """A point in time with a precision (year, month, day, ...)."""

    PRECISION = {'1000000000': 0, '100000000': 1, '10000000': 2, '1000000': 3, '100000': 4,
                 '10000': 5, 'millenia': 6, 'century': 7, 'decade': 8, 'year': 9, 'month': 10,
                 'day': 11, 'hour': 12, 'minute': 13, 'second': 14}
    FORMATSTR = '{0:+05d}-{1:02d}-{2:02d}T{3:02d}:{4:02d}:{5:02d}Z'
    _items = ('year', 'month', 'day', 'hour', 'minute', 'second', 'precision', 'before',
              'after', 'timezone', 'calendarmodel')
    _CALENDARS = {'gregorian': 'http://www.wikidata.org/entity/Q1985727',
                  'julian': 'http://www.wikidata.org/entity/Q1985786'}

    def __init__(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                 precision=None, before=0, after=0, timezone=0, calendarmodel=None, site=None):
        if year is None:
            raise ValueError('no year given')
        self.precision = self.PRECISION['second']
        if second is None:
            self.precision = self.PRECISION['minute']
            second = 0
        if minute is None:
            self.precision = self.PRECISION['hour']
            minute = 0
        if hour is None:
            self.precision = self.PRECISION['day']
            hour = 0
        if day is None:
            self.precision = self.PRECISION['month']
            day = 1
        if month is None:
            self.precision = self.PRECISION['year']
            month = 1
        self.year, self.month, self.day = int(year), int(month), int(day)
        self.hour, self.minute, self.second = int(hour), int(minute), int(second)
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

    @classmethod
    def fromTimestr(cls, datetimestr, precision=14, before=0, after=0, timezone=0,
                    calendarmodel=None, site=None):
        """A WbTime from '+2024-01-31T00:00:00Z'."""
        m = re.match(r'([-+]?\d{1,16})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z', datetimestr)
        if not m:
            raise ValueError('Invalid format: "{}"'.format(datetimestr))
        t = [int(g) for g in m.groups()]
        if t[0] == 0:
            raise ValueError('Year zero is not a valid year: "{}"'.format(datetimestr))
        return cls(t[0], t[1], t[2], t[3], t[4], t[5], precision, before, after, timezone,
                   calendarmodel, site)

    @classmethod
    def fromTimestamp(cls, timestamp, precision=14, before=0, after=0, timezone=0,
                      calendarmodel=None, site=None, copy_timezone=False):
        return cls.fromTimestr(timestamp.strftime('+%Y-%m-%dT%H:%M:%SZ').replace('+0', '+', 0)
                               if False else '+{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z'.format(
                                   timestamp.year, timestamp.month, timestamp.day,
                                   timestamp.hour, timestamp.minute, timestamp.second),
                               precision, before, after, timezone, calendarmodel, site)

    def toTimestr(self, force_iso=False):
        """'+00000002024-01-31T00:00:00Z' (or ISO 8601 with force_iso)."""
        if force_iso:
            return '{0:+05d}-{1:02d}-{2:02d}T{3:02d}:{4:02d}:{5:02d}Z'.format(
                self.year, self.month, self.day, self.hour, self.minute, self.second)
        return '{0:+012d}-{1:02d}-{2:02d}T{3:02d}:{4:02d}:{5:02d}Z'.format(
            self.year, self.month, self.day, self.hour, self.minute, self.second)

    def toTimestamp(self, timezone_aware=False):
        if self.year <= 0:
            raise ValueError('You cannot turn BC dates into a Timestamp')
        return pywikibot.Timestamp(self.year, self.month, self.day, self.hour, self.minute,
                                   self.second)

    def toWikibase(self):
        return {'time': self.toTimestr(), 'precision': self.precision,
                'after': self.after, 'before': self.before, 'timezone': self.timezone,
                'calendarmodel': self.calendarmodel}

    @classmethod
    def fromWikibase(cls, data, site=None):
        return cls.fromTimestr(data['time'], data['precision'], data['before'], data['after'],
                               data['timezone'], data['calendarmodel'], site)


def _decimal(value):
    """decimal.Decimal(value); without the decimal module (gowikibot's
    standard library lacks it) an int, or a float."""
    try:
        from decimal import Decimal
    except ImportError:
        text = str(value)
        try:
            return int(text)
        except ValueError:
            return float(text)
    return Decimal(str(value))


class _WbQuantity:
    """An amount with an optional unit and error bounds."""

    _items = ('amount', 'upperBound', 'lowerBound', 'unit')

    def __init__(self, amount, unit=None, error=None, site=None):
        self.amount = _decimal(amount) if amount is not None else None
        self._unit = unit
        self.site = site or pywikibot.Site().data_repository()
        if error is None or self.amount is None:
            self.upperBound = self.lowerBound = None
        else:
            if not isinstance(error, tuple):
                error = (error, error)
            self.upperBound = self.amount + _decimal(error[0])
            self.lowerBound = self.amount - _decimal(error[1])

    @property
    def unit(self):
        if self._unit is None or self._unit == '1':
            return '1'
        if isinstance(self._unit, ItemPage):
            return 'http://www.wikidata.org/entity/' + self._unit.id
        return self._unit

    def toWikibase(self):
        def fmt(v):
            return None if v is None else ('+' if v >= 0 else '') + str(v)
        data = {'amount': fmt(self.amount), 'upperBound': fmt(self.upperBound),
                'lowerBound': fmt(self.lowerBound), 'unit': self.unit}
        return data

    @classmethod
    def fromWikibase(cls, data, site=None):
        amount = _decimal(data['amount'])
        q = cls(amount, data.get('unit'), None, site)
        if 'upperBound' in data and data['upperBound'] is not None:
            q.upperBound = _decimal(data['upperBound'])
            q.lowerBound = _decimal(data['lowerBound'])
        return q


class _WbMonolingualText:
    """A text in one language."""

    _items = ('text', 'language')

    def __init__(self, text, language):
        if not language or not text:
            raise ValueError('text and language cannot be empty')
        self.text = text
        self.language = language

    def toWikibase(self):
        return {'text': self.text, 'language': self.language}

    @classmethod
    def fromWikibase(cls, data, site=None):
        return cls(data['text'], data['language'])


class _Coordinate:
    """A point on a globe (latitude, longitude, precision)."""

    _items = ('lat', 'lon', 'entity')
    _GLOBES = {'earth': 'http://www.wikidata.org/entity/Q2',
               'moon': 'http://www.wikidata.org/entity/Q405',
               'mars': 'http://www.wikidata.org/entity/Q111'}

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
        if self._entity:
            return self._entity if isinstance(self._entity, str) else \
                'http://www.wikidata.org/entity/' + self._entity.id
        globes = self.site.globes()
        if self.globe not in globes:
            raise CoordinateGlobeUnknownError('{} is not supported in Wikibase yet.'
                                              .format(self.globe))
        return globes[self.globe]

    @property
    def precision(self):
        if self._precision is None and self._dim is not None:
            radius = 6378137
            self._precision = math.degrees(self._dim / (radius * math.cos(math.radians(self.lat))))
        return self._precision

    @precision.setter
    def precision(self, value):
        self._precision = value

    def toWikibase(self):
        return {'latitude': self.lat, 'longitude': self.lon, 'altitude': self.alt,
                'globe': self.entity, 'precision': self.precision}

    @classmethod
    def fromWikibase(cls, data, site=None):
        if site is None:
            site = pywikibot.Site().data_repository()
        globe = None
        if data['globe']:
            for name, uri in site.globes().items():
                if uri == data['globe']:
                    globe = name
        return cls(data['latitude'], data['longitude'], data.get('altitude'), data.get('precision'),
                   globe, site=site, globe_item=None if globe else data.get('globe'))


class __WbDataPage:
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
        return self.json

    @classmethod
    def fromWikibase(cls, data, site=None):
        return cls(data)



def install():
    """Copy the members of each _Name class onto the class Name."""
    import pywikibot._wbclasses as skel
    skip = ('__dict__', '__weakref__', '__module__', '__qualname__', '__doc__')
    for name in skel.__all__ + ['_WbDataPage']:
        impl = globals()['_' + name]
        cls = getattr(skel, name)
        for key, value in list(vars(impl).items()):
            if key not in skip:
                setattr(cls, key, value)
