import uuid
u = uuid.uuid4()
s = str(u)
print(len(s), s[8], s[13], s[14], s[19] in "89ab", u.version, len(u.hex))
v = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(v, repr(v), v.hex, v == uuid.UUID("{12345678-1234-5678-1234-567812345678}"))
print(uuid.uuid4() != uuid.uuid4())
