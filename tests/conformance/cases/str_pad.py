for w in (0, 3, 7, 8):
    print(repr("abc".center(w)), repr("abc".ljust(w, "-")), repr("abc".rjust(w, "*")), repr("ab".center(w, "x")))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print(repr("a\tbc\tdef\n12\t3".expandtabs()), repr("a\tb".expandtabs(4)), repr("\t".expandtabs(0)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
