# functools.partial keeps keyword order: stored first, then the call's
import functools


def show(*args, **kw):
    return args, list(kw.items())


p = functools.partial(show, 1, zeta=1, alpha=2)
print(p(2, delta=3, beta=4))
print(p(beta=5, zeta=9))
q = functools.partial(p, omega=0, alpha=7)
print(q())
print(sorted(q.keywords.items()))
print(repr(q).split(', ', 1)[1])
