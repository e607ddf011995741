class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
print([c.__name__ for c in Leaf.__mro__])
try:
    raise Leaf()
except Mid:
    print("caught as Mid")
print(issubclass(Leaf, (KeyError, Base)))
