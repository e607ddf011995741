import os
name = "_p4_file_print.txt"
with open(name, "w") as f:
    print("hello", 42, 1.5, file=f)
    print("a", "b", sep="-", end="!\n", file=f)
    print(file=f)
    print(1e16, None, [1, 2], file=f)
with open(name) as f:
    print(repr(f.read()))
f = open(name)
print(f.name, f.mode, f.closed, f.readable(), f.writable(), f.encoding)
f.close()
print(f.closed)
os.remove(name)
