def f(nums):
    return [y for x in nums if (y := x * 2) > 4]
print(f([1, 2, 3, 4]))
def g(words):
    return [v + "!" for w in words if (v := w.strip())]
print(g([" a ", "  ", "b"]))
