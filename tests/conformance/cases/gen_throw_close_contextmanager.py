from contextlib import contextmanager


@contextmanager
def managed(name):
    print('enter', name)
    try:
        yield name.upper()
    except KeyError as e:
        print('handled KeyError', e)
    finally:
        print('cleanup', name)


with managed('a') as v:
    print('body', v)
try:
    with managed('b'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)
with managed('c'):
    raise KeyError('k')
print('after c')


def gen():
    try:
        yield 1
        yield 2
    except RuntimeError as e:
        print('gen caught', e)
        yield 'recovered'
    finally:
        print('gen finally')


g = gen()
print(next(g))
print(g.throw(RuntimeError('injected')))
g.close()
g2 = gen()
next(g2)
g2.close()
try:
    next(g2)
except StopIteration:
    print('closed stops')
g3 = gen()
try:
    g3.throw(ValueError, 'unstarted')
except ValueError as e:
    print('unstarted raises', e)


def echo():
    received = None
    while True:
        try:
            received = yield received
        except GeneratorExit:
            print('exit seen')
            raise


e = echo()
next(e)
print(e.send('hi'))
e.close()


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print('RuntimeError', err)
