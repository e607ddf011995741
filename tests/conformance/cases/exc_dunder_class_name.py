class Oops(RuntimeError):
    pass
e = Oops("o")
print(e.__class__.__name__, e.__class__.__mro__[1].__name__, Oops.__module__)
print(type(e) is Oops)
