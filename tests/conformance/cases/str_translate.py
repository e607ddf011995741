t = str.maketrans("abc", "xyz")
print(t[97], t[98], t[99], len(t))
print("aabbcc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, "c": "33"})
print("abcd".translate(t3))
print("hello".translate(str.maketrans("lo", "L0")))
print("tab\there".translate(str.maketrans("\t", " ")))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
