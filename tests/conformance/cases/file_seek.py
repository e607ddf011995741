import os
name = "_p4_file_seek.txt"
with open(name, "w") as f:
    f.write("0123456789\nabc\n")
    print(f.tell())
with open(name) as f:
    print(repr(f.read(3)), f.tell())
    f.seek(5)
    print(repr(f.read(2)), f.tell())
    f.seek(0)
    print(repr(f.readline()), f.tell())
    print(repr(f.read()), repr(f.read()), f.tell())
with open(name, "rb") as f:
    f.seek(-4, 2)
    print(f.read(), f.tell())
    f.seek(2)
    f.seek(3, 1)
    print(f.read(2))
with open(name, "r+") as f:
    f.seek(2)
    f.write("XY")
with open(name) as f:
    print(repr(f.read()))
os.remove(name)
