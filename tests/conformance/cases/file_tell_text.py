import os
name = "_p4_file_tell.txt"
with open(name, "w") as f:
    f.write("ab\ncd\n")
    p = f.tell()
    f.write("ef")
    print(p, f.tell())
with open(name) as f:
    f.readline()
    pos = f.tell()
    print(pos, repr(f.readline()))
    f.seek(pos)
    print(repr(f.read()))
    f.seek(0, 2)
    print(f.tell(), repr(f.read()))
os.remove(name)
