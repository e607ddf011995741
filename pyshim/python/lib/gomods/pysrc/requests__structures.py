"""Data structures of requests (gowikibot)."""


class CaseInsensitiveDict:
    """A dict of str keys looked up without regard to case; keys keep the case last set."""

    def __init__(self, data=None, **kwargs):
        self._store = {}
        if data is None:
            data = {}
        self.update(data, **kwargs)

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return iter([k for k, v in self._store.values()])

    def __len__(self):
        return len(self._store)

    def __contains__(self, key):
        return isinstance(key, str) and key.lower() in self._store

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def pop(self, key, *default):
        try:
            v = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return v

    def update(self, data=(), **kwargs):
        if hasattr(data, 'items'):
            data = data.items()
        for k, v in data:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def keys(self):
        return [k for k, v in self._store.values()]

    def values(self):
        return [v for k, v in self._store.values()]

    def items(self):
        return [(k, v) for k, v in self._store.values()]

    def lower_items(self):
        return [(lk, kv[1]) for lk, kv in self._store.items()]

    def __eq__(self, other):
        if not hasattr(other, 'items'):
            return NotImplemented
        other = CaseInsensitiveDict(other)
        return dict(self.lower_items()) == dict(other.lower_items())

    def copy(self):
        return CaseInsensitiveDict(self.items())

    def __repr__(self):
        return str(dict(self.items()))


class LookupDict(dict):
    """A dict whose missing keys read as None (requests.codes)."""

    def __init__(self, name=None):
        self.name = name
        dict.__init__(self)

    def __repr__(self):
        return '<lookup \'%s\'>' % (self.name,)

    def __getitem__(self, key):
        return self.__dict__.get(key, None)

    def get(self, key, default=None):
        return self.__dict__.get(key, default)
