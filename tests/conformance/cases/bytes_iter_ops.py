b = b"abcabc"
print([c for c in b if c > 97], sum(b), max(b), min(b), b.count(b"a"), b.rfind(b"c"), b.index(b"b", 2))
print(sorted(b), list(reversed(list(b)))[:2], b[2:4] == b"ca", bytes(reversed(list(b))) if False else b[::-1])
print(b + bytearray(b"!"), bytearray(b"x") + b"y", b"%s" % bytearray(b"z"))
print(b"abc" < b"abd", b"" < b"a", b"b" >= b"abc", b"x" == "x", b"abc".decode("ascii").upper())
