class A:
    x = 1
    def f(self):
        return 2
a = A()
a.y = 3
print(a.__class__ is A, a.__class__.__name__)
print(sorted(a.__dict__))
print("x" in A.__dict__, "f" in A.__dict__, "y" in A.__dict__)
a.__dict__["z"] = 9
print(a.z)
