for f in [lambda: set().add(), lambda: set().pop(1), lambda: {}.keys(1), lambda: {}.popitem(1), lambda: set().discard(1, 2), lambda: frozenset().copy(1), lambda: {}.get(), lambda: {}.setdefault(1, 2, 3), lambda: set().issubset()]:
    try:
        f()
    except TypeError as e:
        print(e)
