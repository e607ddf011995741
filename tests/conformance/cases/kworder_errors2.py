# "unexpected keyword argument" names the first such keyword in call order,
# for functions, inherited __init__, generators and **mappings (repeated so
# that an order-independent pick would show).
class C:
    def __init__(self, a):
        pass


class D(C):
    pass


def h(a, b):
    pass


def gen(a):
    yield a


calls = [
    lambda: C(1, zz=1, yy=2, xx=3),
    lambda: D(1, zz=1, yy=2, xx=3),
    lambda: h(1, 2, **{'zz': 1, 'yy': 2, 'xx': 3}),
    lambda: gen(1, zz=1, yy=2, xx=3),
    lambda: C(**{'q': 1, 'a': 2, 'p': 3}),
    lambda: h(1, 2, **dict(yy=1, zz=2, xx=3)),
    lambda: h(1, b=2, mm=1, ll=2),
]
for call in calls:
    msgs = set()
    for _ in range(12):
        try:
            call()
        except TypeError as e:
            msgs.add(str(e))
    print(len(msgs), sorted(msgs))
