# await in a generator expression makes it an async generator, also outside
# an async def; in a list, set or dict comprehension it is a SyntaxError there
import asyncio
async def wrap(n):
    await asyncio.sleep(0)
    return n
def make_arange(n):
    return (i * 2 for i in range(n) if await wrap(i))
def make2(n):
    return (await wrap(i) for i in range(n))
async def run():
    print([i async for i in make_arange(5)])
    print([i async for i in make2(3)])
    g = (await wrap(x) * 3 for x in range(2))
    print(type(g).__name__, [y async for y in g])
asyncio.run(run())
for src in ['def f():\n    return [await x for x in y]\n', 'def f():\n    return (await x for x in y)\n', 'def f():\n    return (await x)\n']:
    try:
        compile(src, 's.py', 'exec')
        print('compiles')
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset)
for src in ['x = [await y for y in z]\n', 'x = (await y for y in z)\n', 'x = await y\n', 'x = (y async for y in z)\n', 'class C:\n    x = [await y for y in z]\n', 'lambda: [await y for y in z]\n', 'lambda: (await y for y in z)\n']:
    try:
        compile(src, 's.py', 'exec')
        print('compiles')
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset)
