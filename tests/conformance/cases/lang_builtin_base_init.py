# Subclasses of built-in types that call the base's __init__ by name
# (list.__init__(self, items), dict.__init__(self, ...)), with a mixin
# class too; object.__init__ with arguments is still a TypeError.
class A(list):
    def __init__(self, items):
        list.__init__(self, items)


class B(list):
    def __init__(self, items):
        super().__init__(items)


class D(dict):
    def __init__(self, *a, **k):
        dict.__init__(self, *a, **k)
        self.extra = True


class M:
    def m(self):
        return len(self)


class AM(M, list):
    def __init__(self, items):
        list.__init__(self, items)


print(A([1, 2]), B([3]), D(a=1), D([('b', 2)]).extra, AM([1, 2, 3]).m())


class O:
    def __init__(self, x):
        object.__init__(self, x)


try:
    O(1)
except TypeError as e:
    print(e)
