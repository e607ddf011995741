class C:
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    x = property(getx, setx, None, "the x")
c = C()
c.x = 4
print(c.x, C.x.__doc__)
print(C.x.fget is C.getx)
