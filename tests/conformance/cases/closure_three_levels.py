# Three levels, with many cells and free variables whose sorted names
# interleave, so most operands are ambiguous.
def a(p, q, r):
    s = p + q
    def b(t, u):
        v = t * 2
        w = s + r
        def c(x):
            y = x + v
            z = [y + i for i in (p, q, r, s, t, u, w)]
            return z, (lambda: x + y + v + w + s)()
        return c(u) + c(t)
    return b(1, 2)


print(a(1, 10, 100))


def m(alpha, beta):
    def n(gamma):
        delta = alpha + gamma
        def o():
            return [alpha, beta, gamma, delta]
        return o() + [(lambda: delta + beta)()]
    return n(5)


print(m(1, 2))
