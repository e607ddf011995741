# Lambdas created in comprehensions inside a function, closing over both
# the comprehension variable and a function local.
def adders(base, n):
    fs = [(lambda k: lambda x: x + k + base)(i) for i in range(n)]
    late = [lambda x: x + i + base for i in range(n)]
    return [f(100) for f in fs], [f(100) for f in late]


print(adders(1000, 3))


def keyed(words, suffix):
    return {w: (lambda: w + suffix)() for w in words}


d = keyed(["a", "b"], "_x")
print(sorted(d.items()))
