ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), ba[1], ba[1:3], bytes(ba), ba.decode())
ba += b"!"
print(ba, bytearray(3), bytearray([1, 2]), bytearray())
print(b"A" in ba, 66 in ba, list(ba[:2]), ba == b"Abcdef!")
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
