# Names bound by import inside a function are cells when inner scopes use
# them, next to free variables from the outer function.
def outer(sep):
    def inner(values):
        import math
        from math import floor as fl
        return sep.join(str(fl(math.sqrt(v))) for v in values)
    return inner


print(outer("-")([1, 4, 10, 99]))
