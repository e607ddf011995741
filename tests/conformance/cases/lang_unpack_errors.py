# Unpacking the wrong number of values, or a value that cannot be
# iterated: CPython 3.11's wording, in every kind of target.
def attempt(label, fn):
    try:
        fn()
    except (ValueError, TypeError) as exc:
        print(label, type(exc).__name__, exc.args)


def four_from_three():
    a, b, c, d = (1, 2, 3)


def two_from_list_of_three():
    a, b = [1, 2, 3]


def from_iterator():
    a, b = iter([1])


def from_generator():
    first, second, third = (n for n in range(2))


def starred_short():
    a, *b, c = [1]


def starred_after():
    a, *b, c, d = 'xy'


def in_for_loop():
    for x, y in [(1, 2), (1, 2, 3)]:
        pass


def non_iterable():
    a, b = 1


def non_iterable_none():
    x, *y = None


def nested():
    (a, b), c = (1,), 2


def in_comprehension():
    return [k + v for k, v in ['ab', 'c']]


def empty():
    a, = ()


attempt('four_from_three', four_from_three)
attempt('two_from_list_of_three', two_from_list_of_three)
attempt('from_iterator', from_iterator)
attempt('from_generator', from_generator)
attempt('starred_short', starred_short)
attempt('starred_after', starred_after)
attempt('in_for_loop', in_for_loop)
attempt('non_iterable', non_iterable)
attempt('non_iterable_none', non_iterable_none)
attempt('nested', nested)
attempt('in_comprehension', in_comprehension)
attempt('empty', empty)
key, value = 'k=v=w'.split('=', 1)
print(key, value)
try:
    key, value = 'novalue'.split('=')
except ValueError as exc:
    print(str(exc))
left, right = 'one two three'.split()
