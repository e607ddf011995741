print(bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes(), bytes(b"xy"), bytes("é", "utf-8"), bytes((1, 2)))
for bad in [[256], [-1]]:
    try:
        bytes(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"a" < b"b", b"abc" == b"abc", b"abc" != b"abd", b"b" > b"abc")
print(b"x" in b"xyz", 120 in b"xyz", b"q" in b"xyz", b"" in b"a")
print(bytes([1]) == b"\x01", len(bytes(10)))
