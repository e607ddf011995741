import os
name = "_p4_file_empty.txt"
open(name, "w").close()
with open(name) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines(), list(f))
with open(name, "rb") as f:
    print(f.read(), f.read(10))
with open(name, "w") as f:
    f.write("")
    f.writelines([])
print(os.listdir(".").count(name))
os.remove(name)
