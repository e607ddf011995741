class A:
    cls_attr = 1
    def method(self):
        pass
a = A()
a.inst = 2
print(vars(a))
print([n for n in dir(a) if not n.startswith("_")])
print([n for n in dir(A) if not n.startswith("_")])
print("inst" in vars(a), "cls_attr" in vars(A))
