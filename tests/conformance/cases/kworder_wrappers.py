# Decorators and functools.wraps wrappers pass *args, **kwargs on in order.
import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper


def plain(fn):
    def inner(*a, **k):
        return fn(*a, **k)
    return inner


@logged
def target(a, **opts):
    return [a] + list(opts)


@plain
@logged
def target2(**opts):
    return opts


print(target(1, zz=1, yy=2, xx=3))
print(target(a=0, yy=2, zz=1))
print(target2(second=2, first=1))
print(target.__name__, target2.__name__)


def with_closure(**kw):
    def show():
        return list(kw)
    kw['later'] = 0
    return show()


print(with_closure(c=1, b=2))

p = functools.partial(target2, pa=2)
print(p(pz=3))


class Deco:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, *args, **kwargs):
        return self.fn(*args, **kwargs)


@Deco
def viaobj(**kw):
    return list(kw)


print(viaobj(s=1, r=2, q=3))


def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def w(*a, **kw):
            out = []
            for _ in range(times):
                out.append(fn(*a, **kw))
            return out
        return w
    return deco


@retry(2)
def again(**kw):
    return ''.join(kw)


print(again(c=1, a=2, b=3))
