# pickle and copy of instances whose classes define get(), as pywikibot's
# pages and namespace tables do (category tidy pickles its category
# database), with and without __slots__ in the hierarchy.
import copy
import copyreg
import pickle


class Table:
    def __init__(self):
        self._d = {0: 'main', 14: 'Category'}

    def get(self, key, default=None):
        return self._d.get(key, default)

    def __getitem__(self, key):
        return self._d[key]


class Base:
    __slots__ = ('kind',)

    def get(self, *args):
        raise AssertionError('get called while pickling')


class Page(Base):
    def __init__(self, title, table):
        self.kind = 'page'
        self.title = title
        self.table = table

    def __hash__(self):
        return hash(self.title)

    def __eq__(self, other):
        return isinstance(other, Page) and other.title == self.title


table = Table()
a, b = Page('A', table), Page('B', table)
db = {'cat_content_db': {a: ({b}, set())}, 'superclass_db': {b: {a}}}
for proto in (2, 4):
    back = pickle.loads(pickle.dumps(db, protocol=proto))
    (key, (subs, arts)), = back['cat_content_db'].items()
    print(proto, key.title, key.kind, [p.title for p in subs], arts, key.table.get(14), key.table is next(iter(subs)).table)

print(copyreg._slotnames(Page), copyreg._slotnames(Base))
c = copy.copy(a)
print(c.title, c.kind, c.table is table)
d = copy.deepcopy(a)
print(d.title, d.kind, d.table is table, d.table.get(0))
