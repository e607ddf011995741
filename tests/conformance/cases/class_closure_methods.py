def make_class(prefix):
    class Dyn:
        def label(self, x):
            return prefix + str(x)
    return Dyn
A = make_class("a-")
B = make_class("b-")
print(A().label(1), B().label(2), A is B)
