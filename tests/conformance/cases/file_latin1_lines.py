import os
name = "_p4_file_latin1.txt"
with open(name, "wb") as f:
    f.write("Zürich\nGenève\r\nSão Paulo\n".encode("latin-1"))
with open(name, encoding="latin-1") as f:
    for line in f:
        print(repr(line), len(line))
with open(name, encoding="latin-1", newline="") as f:
    print(f.readlines())
with open(name, encoding="utf-8", errors="replace") as f:
    print(f.read().splitlines())
os.remove(name)
