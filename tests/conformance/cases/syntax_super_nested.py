class Base:
    def value(self):
        return 10
class Sub(Base):
    def value(self):
        get = lambda: super(Sub, self).value()
        def inner(obj):
            return super().value() * 2
        return get() + inner(self)
print(Sub().value())
