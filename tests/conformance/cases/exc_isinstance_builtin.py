errors = [ValueError("v"), KeyError("k"), IndexError("i"), ZeroDivisionError("z")]
for e in errors:
    print(type(e).__name__, isinstance(e, Exception), isinstance(e, LookupError), isinstance(e, ArithmeticError))
print(issubclass(KeyError, LookupError), issubclass(bool, int), issubclass(int, object))
