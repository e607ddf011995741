print(f"{ {'a': 1}['a'] }")
print(f"{len({1, 2, 3})}")
print(f"{ {k: k for k in 'ab'}['b'] }")
