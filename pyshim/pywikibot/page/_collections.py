"""The containers of a Wikibase entity's data, as pywikibot 9.6.3's
pywikibot.page._collections: labels and descriptions (LanguageDict),
aliases (AliasesDict), claims (ClaimCollection), sitelinks
(SiteLinkCollection) and a lexeme's forms or senses (SubEntityCollection),
each with fromJSON, normalizeData, toJSON(diffto) and new_empty."""
from collections.abc import MutableMapping, MutableSequence

__all__ = ('AliasesDict', 'ClaimCollection', 'LanguageDict', 'SiteLinkCollection', 'SubEntityCollection')


def _is_site(obj):
    from pywikibot.site import BaseSite
    return isinstance(obj, BaseSite)


class _KeyedData(MutableMapping):
    """A mapping over self._data whose keys pass through _key first."""

    @staticmethod
    def _key(key):
        return key

    def __getitem__(self, key):
        return self._data[self._key(key)]

    def __setitem__(self, key, value):
        self._data[self._key(key)] = value

    def __delitem__(self, key):
        del self._data[self._key(key)]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return self._key(key) in self._data

    def __repr__(self):
        return '{}({})'.format(type(self), self._data)

    # The interpreter's == does not reach Mapping's mixin __eq__ for a
    # class deriving from MutableMapping (Mapping.__eq__(a, b) is right,
    # a == b compares identity): named here until it does.
    def __eq__(self, other):
        return MutableMapping.__eq__(self, other)

    __hash__ = None


class BaseDataDict(_KeyedData):
    """Language codes (or sites, taken as their language) to values."""

    def __init__(self, data=None):
        self._data = {}
        if data:
            self.update(data)

    @classmethod
    def new_empty(cls, repo):
        """An empty collection (repo is not used)."""
        return cls()

    @staticmethod
    def normalizeKey(key):  # noqa: N802 (pywikibot's name)
        """The language of a site; any other key as it is."""
        return key.lang if _is_site(key) else key

    def _key(self, key):
        return self.normalizeKey(key)


class LanguageDict(BaseDataDict):
    """Labels or descriptions: language to text."""

    @classmethod
    def fromJSON(cls, data, repo=None):  # noqa: N802 (pywikibot's name)
        """From the API's {lang: {'language', 'value'}} (an empty list: empty)."""
        if data == []:
            return cls()
        return cls({lang: entry['value'] for lang, entry in data.items()})

    @classmethod
    def normalizeData(cls, data):  # noqa: N802 (pywikibot's name)
        """Plain texts expanded to the API's {'language', 'value'}."""
        return {lang: {'language': lang, 'value': v} if isinstance(v, str) else v for lang, v in data.items()}

    def toJSON(self, diffto=None):  # noqa: N802 (pywikibot's name)
        """The API's JSON; with diffto only what changed ('' removes)."""
        old = diffto or {}
        out = {}
        for lang in old.keys() - self.keys():
            out[lang] = {'language': lang, 'value': ''}
        for lang in self.keys():
            if lang not in old or self[lang] != old[lang]['value']:
                out[lang] = {'language': lang, 'value': self[lang]}
        return out


class AliasesDict(BaseDataDict):
    """Aliases: language to a list of texts."""

    @classmethod
    def fromJSON(cls, data, repo=None):  # noqa: N802 (pywikibot's name)
        """From the API's {lang: [{'language', 'value'}, ...]}."""
        new = cls()
        for lang, entries in data.items():
            new[lang] = [entry['value'] for entry in entries]
        return new

    @classmethod
    def normalizeData(cls, data):  # noqa: N802 (pywikibot's name)
        """Lists of plain texts expanded; a value that is no list is a TypeError."""
        out = {}
        for lang, values in data.items():
            if not isinstance(values, list):
                raise TypeError("Unsupported value type {!r}for '{}'; list expected."
                                .format(type(values).__name__, values))
            out[lang] = [{'language': lang, 'value': v} if isinstance(v, str) else v for v in values]
        return out

    def toJSON(self, diffto=None):  # noqa: N802 (pywikibot's name)
        """The API's JSON; with diffto only the languages that changed."""
        old = diffto or {}
        out = {}
        for lang in old.keys() & self.keys():
            if sorted(entry['value'] for entry in old[lang]) != sorted(self[lang]):
                out[lang] = [{'language': lang, 'value': v} for v in self[lang]]
        for lang in old.keys() - self.keys():
            out[lang] = [{'language': lang, 'value': entry['value'], 'remove': ''} for entry in old[lang]]
        for lang in self.keys() - old.keys():
            out[lang] = [{'language': lang, 'value': v} for v in self[lang]]
        return out


class ClaimCollection(_KeyedData):
    """Claims: property id to a list of Claims."""

    def __init__(self, repo):
        self.repo = repo
        self._data = {}

    @classmethod
    def new_empty(cls, repo):
        """An empty collection of repo."""
        return cls(repo)

    @classmethod
    def fromJSON(cls, data, repo):  # noqa: N802 (pywikibot's name)
        """From the API's {property: [claim JSON, ...]}."""
        from pywikibot.page import Claim
        new = cls(repo)
        if data != []:
            for prop, claims in data.items():
                new[prop] = [Claim.fromJSON(repo, claim) for claim in claims]
        return new

    @classmethod
    def normalizeData(cls, data):  # noqa: N802 (pywikibot's name)
        """The data as given."""
        return data

    def toJSON(self, diffto=None):  # noqa: N802 (pywikibot's name)
        """The API's JSON; with diffto the new and changed claims and the
        removed ones' ids."""
        claims = {prop: [c.toJSON() for c in self[prop]] for prop in self if self[prop]}
        if not diffto:
            return claims
        from collections import defaultdict
        from pywikibot.page import Claim
        out = defaultdict(list)
        for prop in set(diffto) | set(claims):
            if prop not in diffto:
                out[prop].extend(claims[prop])
                continue
            if prop not in claims:
                out[prop].extend({'id': c['id'], 'remove': ''} for c in diffto[prop] if 'id' in c)
                continue
            old = {c['id']: c for c in diffto[prop] if 'id' in c}
            kept = set()
            for claim, json in zip(self[prop], claims[prop]):
                if 'id' in json:
                    kept.add(json['id'])
                    if json['id'] in old and claim.same_as(Claim.fromJSON(self.repo, old[json['id']]),
                                                           ignore_rank=False, ignore_refs=False):
                        continue
                out[prop].append(json)
            out[prop].extend({'id': c['id'], 'remove': ''} for c in diffto[prop]
                             if 'id' in c and c['id'] not in kept)
        return out

    def set_on_item(self, item):
        """Set on_item of every claim to item."""
        for claims in self.values():
            for claim in claims:
                claim.on_item = item


class SiteLinkCollection(_KeyedData):
    """Sitelinks: database name (or a site) to a SiteLink, made on first
    access from a title or the API's JSON."""

    def __init__(self, repo, data=None):
        self.repo = repo
        self._data = {}
        if data:
            self.update(data)

    @classmethod
    def new_empty(cls, repo):
        """An empty collection of repo."""
        return cls(repo)

    @classmethod
    def fromJSON(cls, data, repo):  # noqa: N802 (pywikibot's name)
        """From the API's {dbname: {'site', 'title', 'badges'}}."""
        return cls(repo, data)

    @staticmethod
    def getdbName(site):  # noqa: N802 (pywikibot's name)
        """The database name of a site; a string as it is."""
        return site.dbName() if _is_site(site) else site

    def _key(self, key):
        return self.getdbName(key)

    def __getitem__(self, key):
        from pywikibot.page import SiteLink
        key = self.getdbName(key)
        value = self._data[key]
        if isinstance(value, str):
            value = SiteLink(value, key)
        elif isinstance(value, dict):
            value = SiteLink.fromJSON(value, self.repo)
        else:
            return value
        self._data[key] = value
        return value

    def __setitem__(self, key, value):
        from pywikibot.page import SiteLink
        key = self.getdbName(key)
        if isinstance(value, SiteLink):
            assert value.site.dbName() == key
        self._data[key] = value

    @classmethod
    def _extract_json(cls, obj):
        from pywikibot.page import BaseLink, Page, SiteLink
        if isinstance(obj, SiteLink):
            return obj.toJSON()
        if isinstance(obj, BaseLink):
            return {'site': cls.getdbName(obj.site), 'title': obj.title}
        if isinstance(obj, Page):
            return {'site': cls.getdbName(obj.site), 'title': obj.title()}
        return obj

    @classmethod
    def normalizeData(cls, data):  # noqa: N802 (pywikibot's name)
        """A dict or list of links, pages or titles as the API's JSON by database name."""
        out = {}
        if isinstance(data, dict):
            for key, obj in data.items():
                key = cls.getdbName(key)
                json = cls._extract_json(obj)
                if isinstance(json, str):
                    json = {'site': key, 'title': json}
                elif key != json['site']:
                    raise ValueError("Key '{}' doesn't match the site of the value: '{}'".format(key, json['site']))
                out[key] = json
            return out
        for obj in data:
            json = cls._extract_json(obj)
            if not isinstance(json, dict):
                raise ValueError("Couldn't determine the site and title of the value: {!r}".format(json))
            out[json['site']] = json
        return out

    def toJSON(self, diffto=None):  # noqa: N802 (pywikibot's name)
        """The API's JSON; with diffto the changed links and badges, and the
        removed links with an empty title."""
        data = {db: link.toJSON() for db, link in self.items()}
        if not diffto:
            return data
        unchanged = []
        for db, link in data.items():
            old = diffto.get(db)
            if old is None or old.get('title') != link.get('title'):
                continue
            old_badges, badges = set(old.get('badges', [])), set(link.get('badges', []))
            changed = [''] * len(old_badges - badges) + list(badges - old_badges)
            if changed:
                link['badges'] = changed
            else:
                unchanged.append(db)
        for db in set(diffto) - set(self):
            data[db] = {'site': db, 'title': ''}
            if diffto[db].get('badges'):
                data[db]['badges'] = [''] * len(diffto[db]['badges'])
        for db in unchanged:
            del data[db]
        return data


class SubEntityCollection(MutableSequence):
    """A lexeme's forms or senses in order, also found by id (a subclass
    sets type_class)."""

    type_class = None

    def __init__(self, repo, data=None):
        self.repo = repo
        self._data = []
        self._by_key = {}
        if data:
            self.extend(data)

    def _index(self, index):
        if isinstance(index, str):
            if index not in self._by_key:
                raise ValueError('No entity with id {} was found'.format(index))
            return self._by_key[index]
        return index

    def __getitem__(self, index):
        return self._data[self._index(index)]

    def __setitem__(self, index, value):
        raise NotImplementedError

    def __delitem__(self, index):
        index = self._index(index)
        obj = self._data.pop(index)
        del self._by_key[obj.id]

    def __len__(self):
        return len(self._data)

    def insert(self, index, obj):
        """Insert a sub-entity of type_class."""
        if not isinstance(obj, self.type_class):
            raise TypeError('{} should only hold instances of {}, instance of {} was provided'.format(
                type(self).__name__, self.type_class.__name__, type(obj).__name__))
        self._data.insert(index, obj)
        self._by_key[obj.id] = index

    @classmethod
    def new_empty(cls, repo):
        """An empty collection of repo."""
        return cls(repo)

    @classmethod
    def fromJSON(cls, data, repo):  # noqa: N802 (pywikibot's name)
        """From the API's list of sub-entities."""
        new = cls(repo)
        for entity in data:
            new.append(cls.type_class.fromJSON(repo, entity))
        return new

    @classmethod
    def normalizeData(cls, data):  # noqa: N802 (pywikibot's name)
        """Not implemented (nor in pywikibot 9.6.3)."""
        raise NotImplementedError

    def toJSON(self, diffto=None):  # noqa: N802 (pywikibot's name)
        """Not implemented (nor in pywikibot 9.6.3)."""
        raise NotImplementedError
