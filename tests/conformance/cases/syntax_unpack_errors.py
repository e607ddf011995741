def f(*a, **k):
    return a
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print("TypeError")
print(f(*[1], *[2]))
