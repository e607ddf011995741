class C:
    def __init__(self):
        self._v = 1
    def _get(self):
        return self._v
    def _set(self, v):
        self._v = v
    def _del(self):
        self._v = "deleted"
    v = property(_get, _set, _del)
    ro = property(_get)
c = C()
c.v = 5
print(c.v)
del c.v
print(c.v)
try:
    c.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
