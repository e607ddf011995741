# async def as static/class methods, decorated, __call__, properties, super() in
# coroutines; await in f-strings, comprehensions and expressions.
import asyncio, functools
def deco(fn):
    @functools.wraps(fn)
    async def wrapper(*a, **k):
        return 'wrapped ' + str(await fn(*a, **k))
    return wrapper
class A:
    @staticmethod
    async def s(x): return x + 1
    @classmethod
    async def c(cls, x): return cls.__name__ + str(x)
    @deco
    async def m(self, x=2): return x * 3
    async def __call__(self): return 'called'
    @property
    async def p(self): return 'prop'
class B(A):
    async def m(self, x=5):
        return 'B ' + await super().m(x)
async def main():
    a = A()
    print(await a.s(1), await A.c(2), await a.m(), await a(), await a.p, await B().m())
    print(f"{await a.s(10)} and {await A.c('x')!r:>8}")
    lst = [await a.s(i) for i in range(3)]
    d = {i: await a.s(i) for i in range(2)}
    print(lst, d, asyncio.iscoroutinefunction(a.m), asyncio.iscoroutinefunction(A.s))
    x = await asyncio.sleep(0, 'r') if True else None
    y = not await asyncio.sleep(0, False)
    z = [*(await asyncio.sleep(0, [1, 2]))]
    print(x, y, z, await (asyncio.sleep(0, 'paren')))
    async def agen():
        yield 1
        yield 2
    print([v async for v in agen()], sum([v async for v in agen()]))
asyncio.run(main())

import types  # noqa: E402


@types.coroutine
def legacy(v):
    yield
    return v * 2


async def uses_legacy():
    return await legacy(21)


print(asyncio.run(uses_legacy()))

import functools  # noqa: E402
import inspect  # noqa: E402

print(inspect.iscoroutinefunction(functools.partial(A.s, 1)),
      asyncio.iscoroutinefunction(functools.partial(functools.partial(A().m), 2)),
      inspect.iscoroutinefunction(functools.partial(print)))
