print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", errors="backslashreplace"))
try:
    b"a\xffb".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\xe2\x82".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(str(b"caf\xc3\xa9", "utf-8"), str(b"x\xe9", encoding="latin-1"))
