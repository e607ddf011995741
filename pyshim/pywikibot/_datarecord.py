"""DataRecord of pywikibot.tools.collections (pywikibot 11.6), kept small
for pywikibot.page.Contribution, which pywikibot.page loads at start."""

__all__ = ('DataRecord',)


class DataRecord:
    """A read-only mapping whose items are also attributes
    (record['x'] == record.x); subclasses normalize() the items."""

    def __init__(self, **kwargs):
        self.normalize(kwargs)
        self.__dict__['_data'] = dict(kwargs)

    @staticmethod
    def normalize(data):
        """Change data's items in place (nothing here)."""

    def __len__(self):
        return len(self._data)

    def __getitem__(self, name):
        return self._data[name]

    def __getattr__(self, name):
        data = self.__dict__.get('_data', {})
        if name in data:
            return data[name]
        raise AttributeError("'{}' object has no attribute '{}'".format(type(self).__name__, name))

    def __setattr__(self, name, value):
        raise AttributeError("'{}' object is read-only".format(type(self).__name__))

    def __iter__(self):
        return iter(self._data)

    def __contains__(self, name):
        return name in self._data

    def keys(self):
        return self._data.keys()

    def items(self):
        return self._data.items()

    def values(self):
        return self._data.values()

    def get(self, name, default=None):
        return self._data.get(name, default)

    def __eq__(self, other):
        return isinstance(other, DataRecord) and self._data == other._data

    def __repr__(self):
        return '{}({})'.format(type(self).__name__, self._data)

    def __str__(self):
        return str(self._data)
