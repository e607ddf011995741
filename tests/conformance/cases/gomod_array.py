from array import array
import array as arraymod

a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], list(a), a.typecode, a.itemsize)
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a, a.pop(), a.index(3), a.count(2), 3 in a)
a.remove(0)
a.reverse()
print(a.tolist(), a == array('i', [5, 4, 3, 2, 1]), a + array('i', [9]), array('b', [1]) * 3)
b = array('H', [1, 258])
print(b.tobytes(), array('H', b.tobytes()), array('B', b'\x01\x02\xff'))
b.byteswap()
print(b)
d = array('d', [1.5, 2.25])
f = array('f', [0.1])
print(d, d.tobytes()[:8], f[0] == 0.1, round(f[0], 6))
u = array('u', 'hello')
print(u, u.tounicode())
print(array('q'), array('l', range(3)), arraymod.typecodes)
for bad in [lambda: array('b', [200]), lambda: array('B', [-1]), lambda: array('x'), lambda: array('i', [1.5]),
            lambda: array('i').pop(), lambda: array('H', b'\x01')]:
    try:
        bad()
    except (OverflowError, ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
x = array('i', [3, 1, 2])
x[0] = 7
x[1:3] = array('i', [8, 9, 10])
del x[0]
print(x, x.buffer_info()[1])
