for n in [0, 1, 127, 128, 255, -1, -128, -129, 65535]:
    try:
        print(n, n.to_bytes(2, "big", signed=True), n.to_bytes(2, "little", signed=True), int.from_bytes(n.to_bytes(2, "big", signed=True), "big", signed=True))
    except OverflowError as e:
        print(n, "OverflowError:", e)
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x80", "big", signed=True), int.from_bytes(bytes(range(1, 10)), "little"))
print((0).to_bytes(0, "big"), (1).to_bytes(1, byteorder="little"), (10).to_bytes(), int.from_bytes(b"\x01\x02"))
