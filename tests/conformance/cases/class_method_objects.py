class A:
    def m(self, x):
        return x + 1
a = A()
bm = a.m
print(bm(1), A.m(a, 2))
print(bm.__self__ is a, bm.__func__ is A.m)
fns = [a.m, A().m]
print([f(10) for f in fns])
