# gpython's tuple + tuple copied the right operand to the wrong offset.
N = ('a', 'b')
print(N + ('c',))
x = N + ('c',)
x += ('d', 'e')
print(x, len(x))
print((1, 2, 3) + (4,), (len(x),) + N, () + N, N + ())
def grow(t, *items):
    for i in items:
        t = t + (i,)
    return t
print(grow((), 1, 2, 3))
print([1] + [2], 'a' + 'b', 1 + 2, 2 ** 62 + 2 ** 62, 1.5 + 1)
try:
    (1,) + [2]
except TypeError as e:
    print('TypeError:', e)
