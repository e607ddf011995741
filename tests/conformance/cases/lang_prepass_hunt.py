# Constructs of public libraries (networkx, sympy, pexpect, CPython's
# tests) that the pre-pass used to rewrite wrongly: @ after + in one
# expression, a walrus as a call's argument in an if condition, yield from
# continued on the next line, a starred target inside a nested tuple or
# after "as", annotated targets in parentheses or on a call, "match ...:".


class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, o):
        return M(self.v * o.v)

    def __add__(self, o):
        return M(self.v + o.v)

    def __sub__(self, o):
        return M(self.v - o.v)

    def __truediv__(self, k):
        return M(self.v / k)

    @property
    def T(self):
        return self


Phi, P = M(2), M(3)
print((Phi - (Phi @ P + P.T @ Phi) / 2.0).v, (Phi @ P - P @ Phi @ P).v, (P.T @ Phi).v)


def walrus_arg(a, b):
    if len(u := a - b) > 1:
        return sorted(u)
    if not (w := len(a)) == 3:
        return -1
    if 2 <= (z := len(b)) <= 4:
        return ("z", z, w)
    return None


print(walrus_arg({1, 2, 3}, {1}), walrus_arg({1, 2, 3}, {1, 2}), walrus_arg({1}, {1}))
items = [1, 2]
if len(y := items) > 1:
    print("module level", y)


class Loop:
    def pipe(self, a, b):
        yield "waiting"
        return (a, b)


def get_loop():
    return Loop()


def connect():
    transport, protocol = yield from get_loop()\
        .pipe("t", "p")
    print("connected", transport, protocol)


print(list(connect()))
((*rest, last),) = [(1, 2, 3)]
(*head, tail), other = [4, 5, 6], 7
[[*xs, x]] = [[8, 9]]
print(rest, last, head, tail, other, xs, x)
for (*a, b), c in [((1, 2, 3), 4)]:
    print(a, b, c)
from contextlib import nullcontext

with nullcontext(range(1, 5)) as (first, *middle, end):
    print(first, middle, end)
with nullcontext([1, 2]) as [*d, e], nullcontext(3) as f:
    print(d, e, f, (*middle, 9))


class Holder:
    pass


def make():
    return Holder()


(flag): bool = True
make().new_attr: object = object()
cells = [0]
cells[0]: int = 5
print(flag, cells)


def match_ellipsis(v):
    match ...:
        case _:
            return v


print(match_ellipsis(3))
box = 1
[box][0]: type
nested_lambda = lambda x=lambda y=lambda z=1: z: y(): x()
print(nested_lambda(), (lambda a, k=lambda: 2: a + k())(1))
