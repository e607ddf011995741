b = b"  a,b,,c  "
print(b.split(b","), b.split(), b.strip(), b.lstrip(), b.rstrip(), b.strip(b" ac,"))
print(b"-".join([b"x", b"y", b"z"]), b"".join([]), b", ".join((b"a",)))
print(b.find(b","), b.find(b"z"), b.rfind(b","), b.count(b","), b.find(ord("a")))
print(b"abc".startswith(b"ab"), b"abc".endswith(b"bc"), b"abc".startswith((b"x", b"a")), b"abc".startswith(b"b", 1))
print(b"hello".replace(b"l", b"L"), b"Hi".upper(), b"Hi".lower())
print(b"\x00\xffab".hex(), bytes.fromhex("de ad be ef"), bytes.fromhex(""))
print(b"abc".index(b"c"), b"12".isdigit())
