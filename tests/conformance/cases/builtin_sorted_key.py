words = ["Banana", "apple", "Cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted("cba"), sorted((2, 1)))
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted({"x": 1, "a": 2}))
print(sorted([1, -5, 3], key=abs))
