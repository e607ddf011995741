# A bound method passes attributes it lacks on to its function (CPython's
# method_getattro): custom attributes set in the class body, the ones
# functools.wraps copies, classmethod/staticmethod functions' attributes.
import functools


class Family:
    def from_url(self, url):
        return url.split("/")[2]
    from_url.tag = "hello"
    from_url.options = {"a": 1}


fam = Family()
print(fam.from_url.tag, fam.from_url.options["a"])
print(type(fam).from_url.tag)
print(fam.from_url.__func__.tag)
print(getattr(fam.from_url, "tag", None), hasattr(fam.from_url, "zzz"))
print("tag" in dir(fam.from_url), "tag" in dir(Family.from_url))
print(fam.from_url.__dict__ == {"tag": "hello", "options": {"a": 1}})


def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    wrapper.calls = 0
    return wrapper


class D:
    @deco
    def m(self):
        "doc of m"
        return 2
    m.extra = [1]


d = D()
print(d.m(), d.m.__doc__, d.m.__name__, d.m.__qualname__, d.m.__module__)
print(d.m.__wrapped__.__name__, d.m.extra, d.m.calls)


class K:
    @classmethod
    def cm(cls):
        return cls.__name__
    cm.__func__.flag = True

    @staticmethod
    def sm():
        return 5
    sm.__func__.mark = "m"


print(K.cm.flag, K().cm.flag, K.sm.mark, K().sm.mark)


class R:
    def f(self):
        pass
    f.a = 1


class S(R):
    pass


print(S().f.a, super(S, S()).f.a)


class P:
    @functools.lru_cache(maxsize=None)
    def cached(self, x):
        return x * 2


p = P()
print(p.cached(3), p.cached.cache_info())
p.cached.cache_clear()
print(P.cached.cache_info())

# the errors: an attribute the function lacks is the function's error,
# setting one on a method is the method's, the type has none of them
for expr in ["d.m.nope", "fam.from_url.nope", "type(fam.from_url).tag", "Family.from_url.nope",
             "[].append.foo", "'x'.upper.tag"]:
    try:
        print(eval(expr))
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    fam.from_url.tag2 = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del fam.from_url.tag
except AttributeError as e:
    print(type(e).__name__, e)
print(fam.from_url.tag)


# names no code reads as an attribute, set and read with setattr/getattr
def mark(f):
    setattr(f, "_" + "patched", ("obj", "attr"))
    return f


class T:
    @mark
    def test_one(self):
        pass


t = T()
for name in ["test_one"]:
    method = getattr(t, name)
    print(hasattr(method, "_" + "patched"), getattr(method, "_" + "patched"), hasattr(method, "_" + "other"))
try:
    getattr(t.test_one, "_" + "missing")
except AttributeError as e:
    print(type(e).__name__, e)
