# async def, await, async with, async for, async generators and
# comprehensions, driven by hand (no event loop).
import inspect
import re


def addr(r):
    return re.sub(r' at 0x[0-9a-f]+', ' at ADDR', r)


class Suspend:
    """An awaitable that suspends once with a value and returns what it is sent."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield self.value
        return got


async def double(x):
    return x * 2


async def chain(x):
    a = await double(x)
    b = await Suspend('first') + await Suspend('second')
    return a, b


print(inspect.iscoroutinefunction(chain), inspect.iscoroutinefunction(Suspend))
c = chain(5)
print(addr(repr(c)), type(c).__name__, c.__name__)
print(inspect.iscoroutine(c), inspect.isawaitable(c))
print(c.send(None))
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print('result', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)


async def catcher():
    try:
        await Suspend('waiting')
    except KeyError as e:
        return 'caught %r' % (e,)


c = catcher()
print(c.send(None))
try:
    c.throw(KeyError('k'))
except StopIteration as e:
    print(e.value)

c = catcher()
c.send(None)
print(c.close())
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)


class Manager:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print('enter', self.name, await Suspend('in aenter'))
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None)
        return typ is ValueError


class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def ticker(n):
    for i in range(n):
        got = await Suspend('tick %d' % i)
        yield i * 10 + (got or 0)


async def body():
    async with Manager('a') as x, Manager('b') as y:
        print('inside', x, y)
    async with Manager('c'):
        raise ValueError('swallowed')
    total = []
    async for i in Counter(3):
        total.append(i)
    print('counter', total)
    async for v in ticker(2):
        print('ticker', v)
    squares = [i * i async for i in Counter(4) if i % 2 == 0]
    doubled = [await double(i) for i in range(3)]
    print(squares, doubled, {k: v async for k, v in pairs()})
    g = ticker(5)
    print(addr(repr(g)), inspect.isasyncgen(g), inspect.isasyncgenfunction(ticker))
    print(await g.__anext__(), await anext(g), await g.asend(None))
    await g.aclose()
    try:
        await anext(g)
    except StopAsyncIteration:
        print('exhausted after aclose')
    print(await anext(Counter(0), 'default'))
    return 'body done'


async def pairs():
    yield 'x', 1
    yield 'y', 2


def run(coro):
    """Drive coro to its end, sending back the values it suspends with."""
    value = None
    while True:
        try:
            got = coro.send(value)
        except StopIteration as e:
            return e.value
        print('  suspended:', got)
        value = len(got) if isinstance(got, str) else None


print(run(body()))

for bad in ('await x', 'def f():\n    await x\n', 'def f():\n    async with x:\n        pass\n',
            'def f():\n    async for i in x:\n        pass\n', 'def f():\n    return [i async for i in x]\n'):
    try:
        compile(bad, '<case>', 'exec')
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno)


async def misuse(what):
    if what == 'await':
        await 5
    elif what == 'with':
        async with 5:
            pass
    else:
        async for i in 5:
            pass


for what in ('await', 'with', 'for'):
    try:
        run(misuse(what))
    except TypeError as e:
        print('TypeError:', e)
