class Base:
    def hello(self):
        return ["Base"]
class L(Base):
    def hello(self):
        return ["L"] + super(L, self).hello()
class R(Base):
    def hello(self):
        return ["R"] + super(R, self).hello()
class D(L, R):
    def hello(self):
        return ["D"] + super(D, self).hello()
print(D().hello())
print([c.__name__ for c in D.__mro__])
