print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(4))))
print("".join(reversed("hello")))
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
