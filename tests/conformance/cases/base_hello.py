print("hello", 1 + 2)
print([1, "a", None])
