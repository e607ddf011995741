data = "Grüße, мир! €".encode("utf-8")
print(data, len(data), data.decode("utf-8"), data.hex()[:16])
print(data.split(b","), data.find(b"!"), data.count(b"\xd0"), data.startswith(b"Gr"), data.endswith(b"\xac"))
parts = [b"a", b"bc", b""]
print(b"|".join(parts), [p.upper() for p in parts], sum(len(p) for p in parts))
h = bytes([0, 15, 16, 255])
print(h.hex(), h.hex(":"), bytes.fromhex(h.hex()) == h, h[1:3].hex())
print(b"line1\nline2\r\n".split(b"\n"), b"  x y  ".split(), b"a b c".split(None, 1))
