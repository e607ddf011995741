# Late binding versus default-argument capture, in a scope that has its
# own cells (i, late) and reads the enclosing function's base.
def outer(base):
    def build(n):
        late = []
        bound = []
        for i in range(n):
            late.append(lambda: base + i)
            bound.append(lambda i=i: base + i)
        both = [(f(), g()) for f, g in zip(late, bound)]
        def rebind():
            nonlocal base
            base = 100
            return [f() for f in late], [g() for g in bound]
        return both, rebind()
    return build


print(outer(10)(3))
