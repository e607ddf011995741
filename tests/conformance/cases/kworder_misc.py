# Keyword-only args with **kw, lambdas, generators, json.dumps of kwargs.
import json


def kwonly(a, *, b, c=3, **rest):
    return a, b, c, list(rest)


print(kwonly(1, b=2, z=1, y=2))
print(kwonly(1, y=2, c=4, b=2, x=1))
lam = lambda **k: list(k)
print(lam(n=1, m=2, l=3))
lam2 = lambda a, **k: (a, k)
print(lam2(0, y=1, x=2))


def gen(**kw):
    for k in kw:
        yield k
    yield len(kw)


print(list(gen(c=1, b=2, a=3)))
print(list(gen()))


def gen2(prefix, **kw):
    for k, v in kw.items():
        yield prefix + k + str(v)


print(list(gen2('-', two=2, one=1)))


def dumps(**kw):
    return json.dumps(kw)


print(dumps(zeta=1, alpha=[1, 2], mid={'y': 1, 'x': 2}))
print(json.dumps(dict(b=1, a=2)))
print(json.dumps(dict(b=1, a=2), sort_keys=True))


def nested(**outer):
    inner = lambda **k: list(k) + list(outer)
    return inner(i2=1, i1=2)


print(nested(o2=1, o1=2))
print(sorted(dict(b=1, a=2)))
print([list(f) for f in [dict(d=1, c=2), dict(f=1, e=2)]])


def count(**kw):
    return len(kw), ','.join(kw)


total = []
for i in range(5):
    total.append(count(c=i, b=i, a=i)[1])
print(total)
print(str.format('{0}-{x}', 1, x=2))
print(max([3, 1, 2], key=lambda v: -v), sorted([3, 1, 2], reverse=True, key=None))


def captured(**kw):
    vals = [kw[k] for k in kw]
    filt = {k: v for k, v in kw.items() if v != kw.get('skip')}
    return vals, list(filt), (lambda: list(kw))()


print(captured(z=3, skip=0, y=2, x=0))


def captured_gen(**kw):
    def inner():
        return list(kw)
    for k in kw:
        yield k
    yield inner()


print(list(captured_gen(n=1, m=2, l=3)))
print([list(captured_gen(b=i, a=i)) for i in range(2)])
