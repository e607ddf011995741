# slice objects: repr and str, attributes, indices(), comparisons, hashing
# (unhashable in 3.11), and use in subscripts.
import collections.abc

s = slice(1, None, 2)
print(repr(s), str(s), s.start, s.stop, s.step)
print(slice(5), slice(1, 2), slice(None), slice('a', [1], 2.5))
print([slice(0, 3)], {'key': slice(-1, None, -1)})
for sl, n in [(s, 10), (slice(-3, None), 5), (slice(None, None, -1), 4),
              (slice(-100, 100), 7), (slice(100, -100, -2), 7), (slice(2, 1), 0),
              (slice(None, -1), 3), (slice(5, None, -1), 3), (slice(-1, -10, -3), 4)]:
    start, stop, step = sl.indices(n)
    print(sl, n, (start, stop, step), list(range(10))[:n][sl] == list(range(start, stop, step)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) != slice(1, 2))
print(slice(1, 2) < slice(1, 3), slice(2, 0) > slice(1, 9), slice(1, 2) <= slice(1, 2))
print(slice(1, 2) == (1, 2, None), sorted([slice(3, 1), slice(1, 5), slice(1, 2)]))
for attempt in (lambda: hash(slice(1, 2)), lambda: {slice(1, 2): 'v'}):
    try:
        attempt()
    except TypeError as exc:
        print('TypeError', exc)
print(isinstance(s, collections.abc.Hashable), type(s).__name__, isinstance(s, slice))
print([0, 1, 2, 3, 4, 5][s], 'abcdef'[slice(None, None, -2)], (1, 2, 3)[slice(1, None)])
errors = [lambda: slice(1, 2, 0).indices(3), lambda: slice(1, 2).indices(-1),
          lambda: slice('a', 2).indices(3), lambda: slice(1, 2).indices('x'),
          lambda: slice(1, 2).indices()]
for attempt in errors:
    try:
        attempt()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
print(slice([1], 2) == slice([1], 2), slice([1], 2) != slice([1], 2), slice(1, 2) == slice(1.0, 2))
print(slice(1, 2) != slice(1, 3), slice(None) == slice(None, None, None), [slice(1)] == [slice(1)])
