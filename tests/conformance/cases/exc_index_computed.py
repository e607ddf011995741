# IndexError and TypeError messages of subscripts whose container or index
# is computed: CPython names the sequence type ("list index out of range",
# "string index out of range", "list assignment index out of range",
# "tuple indices must be integers or slices, not str").
import array
import collections


def f():
    return 5


def k():
    return 'nokey'


def t(label, fn):
    try:
        fn()
        print(label, 'no error')
    except (IndexError, KeyError, TypeError) as e:
        print(label, type(e).__name__, e)


x, n, d = 1.5, None, {'a': 1}
t('list display', lambda: [1, 2][f()])
t('list negative', lambda: [1, 2][-f()])
t('empty list', lambda: [][0])
t('tuple display', lambda: (1, 2)[f()])
t('tuple slice', lambda: (1, 2, 3)[1:][f()])
t('str', lambda: 'ab'[f()])
t('str method', lambda: 'ab'.upper()[f() - 1])
t('str join', lambda: ''.join(['a'])[f()])
t('str slice', lambda: 'abc'[1:][f()])
t('bytes', lambda: b'ab'[f()])
t('bytes slice', lambda: b'abc'[1:][f()])
t('bytearray', lambda: bytearray(b'ab')[f()])
t('range', lambda: range(3)[f()])
t('deque', lambda: collections.deque([1])[f()])
t('array', lambda: array.array('i', [1])[f()])
t('split', lambda: 'a b'.split()[f()])
t('nested', lambda: [[1]][0][f()])
t('call result', lambda: list(range(2))[f() * 2])
t('namedtuple', lambda: collections.namedtuple('P', 'x y')(1, 2)[f()])
t('dict', lambda: d[k()])
t('dict int', lambda: {1: 2}[f()])
t('dict tuple key', lambda: {1: 2}[(1, 2)])
t('list float', lambda: [1][x])
t('tuple None', lambda: (1,)[n])
t('str float', lambda: 'a'[x])
t('bytes float', lambda: b'a'[x])
t('bytearray float', lambda: bytearray(b'a')[x])
t('range float', lambda: range(3)[x])
t('split str', lambda: 'a b'.split()[str(f())])


def store():
    lst = [1]
    lst[f()] = 2


def store_computed():
    [1, 2][f()] = 0


def delete():
    lst = [1]
    del lst[f()]


def store_float():
    lst = [1]
    lst[x] = 2


def bytearray_store():
    b = bytearray(b'1')
    b[f()] = 2


def array_store():
    a = array.array('i', [1])
    a[f()] = 2


for fn in (store, store_computed, delete, store_float, bytearray_store, array_store):
    t(fn.__name__, fn)


def in_loop(lines):
    out = []
    for line in lines:
        while True:
            out.append(line.split()[2])
            break
    return out


t('in a loop', lambda: in_loop(['a b c', 'a b']))


def deep(lines):
    return [len(line) for line in lines] + [int('7') + len(lines[0].split(',')[f()])]


t('under a call', lambda: deep(['x,y']))


def gen():
    yield 'ab'.strip()[f()]


t('generator', lambda: next(gen()))


def caught():
    lst = [1, 2]
    try:
        return lst[f()]
    except IndexError as e:
        return str(e)


print(caught())
print('uncaught next')
print('x y'.split()[f()])
