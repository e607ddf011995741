# f(**mapping) and f(*args, **mapping) with dict literals, dict() and
# comprehensions.


def show(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, sorted(kw.items()))


d = {"a": 1, "b": 20}
print(show(**d))
print(show(**{"a": 1, "c": 30, "z": 26}))
print(show(*[7, 8, 9], **{"c": 0, "y": 1}))
print(show(5, **dict(b=6, extra=True)))
print(show(**{k: v for k, v in [("a", "A"), ("q", "Q")]}))
print(show(*(1,), **{}))


def only_kw(**kw):
    return sorted(kw.items())


ordered = {}
ordered["z"] = 1
ordered["a"] = 2
ordered["m"] = 3
print(only_kw(**ordered))

print("{a}-{b}".format(**d))
print(dict(**d, c=3) if False else dict(d, c=3))


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)


attempt("int key", lambda: show(1, **{1: 2}))
attempt("tuple key", lambda: only_kw(**{(1, 2): 3}))
attempt("unknown kw", lambda: show.__call__(**{"a": 1, "b": 2}))


def f2(x, y):
    return x - y


attempt("missing", lambda: f2(**{"x": 1}))
attempt("unexpected", lambda: f2(**{"x": 1, "y": 2, "w": 3}))
attempt("builtin", lambda: sorted([3, 1, 2], **{"reverse": True}))
attempt("builtin key", lambda: max(["aa", "b"], **{"key": len}))
