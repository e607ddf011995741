# Classes: __init__(self, **kw), super().__init__(**kw), methods, classmethods.
class Base:
    def __init__(self, **kw):
        self.opts = kw
        print('Base', list(kw))


class Child(Base):
    def __init__(self, name, **kw):
        print('Child', name, list(kw))
        super().__init__(**kw)


class Grand(Child):
    def __init__(self, **kw):
        super().__init__('g', extra=1, **kw)


Base(b=1, a=2)
c = Child('x', zeta=1, alpha=2)
print(c.opts)
g = Grand(mm=1, ll=2)
print(g.opts)


class Settings:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
        self.order = list(kw)

    def update(self, **kw):
        self.order += list(kw)
        return self

    @classmethod
    def make(cls, **kw):
        return cls(**kw)

    @staticmethod
    def names(**kw):
        return list(kw)


s = Settings.make(t=1, s=2, r=3)
print(s.order, s.t, s.r)
print(s.update(b=1, a=2).order)
print(Settings.names(k=1, j=2, i=3))
print(s.names(y=1, x=2))


class WithNew:
    def __new__(cls, *a, **kw):
        print('new', list(kw))
        return super().__new__(cls)

    def __init__(self, **kw):
        print('init', list(kw))


WithNew(d=1, c=2, b=3)


class Err(Exception):
    def __init__(self, msg, **info):
        super().__init__(msg)
        self.info = info


try:
    raise Err('boom', code=2, where='here', at=1)
except Err as e:
    print(e, e.info)
