print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([], 10), sum(range(5), 100), sum([[1], [2]], []))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError")
