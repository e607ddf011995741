print(str.upper("abc"), str.strip("  x "), str.split("a b"), str.replace("aa", "a", "b"), str.startswith("abc", "a"))
print(list(map(str.lower, ["A", "B"])), sorted(["b", "C", "a"], key=str.lower), list(map(str.strip, [" a ", "b "])))
print(str.join("-", "abc"), str.count("banana", "a"), str.find("abc", "c"), str.format("{}!", 1))
