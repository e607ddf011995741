# **kwargs keep the caller's keyword order, through one and several calls.
def f(**kw):
    return list(kw)


print(f(b=1, a=2, c=3))
print(f(zeta=1, alpha=2, mid=3, beta=4))
print(f())
print(f(only=1))


def g(x, **kw):
    print(x, kw)
    return f(**kw)


print(g(1, q=1, p=2, o=3))
print(g(x=0, z=1, y=2))
print(g(z=1, x=5, y=2))


def chain3(**kw):
    return chain2(first=0, **kw)


def chain2(**kw):
    return chain1(**kw, last=9)


def chain1(**kw):
    return ', '.join('%s=%s' % (k, v) for k, v in kw.items())


print(chain3(m=1, c=2, x=3))
print(chain3())


def mutate(**kw):
    print(type(kw) is dict, type(kw).__name__, isinstance(kw, dict))
    kw['new'] = 1
    print(kw.pop('b'), kw.pop('missing', 'dflt'))
    kw.setdefault('a', 100)
    del kw['c']
    kw.update(d=4, aa=5)
    print(kw, len(kw))
    print(list(kw.keys()), list(kw.values()), list(kw.items()))
    return kw


r = mutate(c=3, b=2, a=1)
print(r, r == {'a': 1, 'new': 1, 'd': 4, 'aa': 5})
print(f(**r))


def pos_and_kw(a, b=2, *args, **kw):
    return a, b, args, list(kw)


print(pos_and_kw(1, 2, 3, 4, y=1, x=2))
print(pos_and_kw(1, y=1, b=5, x=2))
print(pos_and_kw(b=7, a=6, w=1, v=2))
for i in range(3):
    print(f(k3=i, k1=i, k2=i))
