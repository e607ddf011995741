# asynchronous generator expressions, inside and outside async def (3.7+)
import asyncio


async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


def make_arange(n):
    # legal outside an async def: an async generator expression
    return (i * 2 async for i in arange(n))


async def run():
    g = make_arange(4)
    print(type(g).__name__, g.__name__ if hasattr(g, '__name__') else '')
    print([i async for i in g])
    h = (x + 1 async for x in arange(3) if x != 1)
    print(type(h).__name__)
    print([y async for y in h])
    # nested: an async genexp over another
    print([z async for z in (w * 10 async for w in make_arange(3))])
    # anext() and aclose()
    k = make_arange(2)
    print(await anext(k), await anext(k))
    try:
        await anext(k)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    # sum over a plain genexp is not affected
    print(sum(v for v in range(4)))


asyncio.run(run())
g = make_arange(1)
try:
    for x in g:
        pass
except TypeError as e:
    print('TypeError:', e)
# an async list comprehension outside an async def stays a SyntaxError
for src in ['[x async for x in y]\n', 'def f():\n    return {x async for x in y}\n', 'def f():\n    return (x async for x in y)\n']:
    try:
        compile(src, 's.py', 'exec')
        print('compiles')
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset)
