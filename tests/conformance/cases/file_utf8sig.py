import os
name = "_p4_file_sig.txt"
with open(name, "w", encoding="utf-8-sig") as f:
    f.write("first\n")
    f.write("second\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="utf-8-sig") as f:
    print(f.readlines())
with open(name, encoding="utf-8") as f:
    print(repr(f.read(2)))
print("\ufeffx".encode("utf-8-sig"), b"\xef\xbb\xbfabc".decode("utf-8-sig"), b"abc".decode("utf-8-sig"))
os.remove(name)
