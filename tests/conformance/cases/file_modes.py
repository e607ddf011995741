import os
name = "_p4_file_modes.txt"
with open(name, "w+") as f:
    f.write("hello\n")
    f.seek(0)
    print(repr(f.read()))
with open(name, "a+") as f:
    f.write("more\n")
    f.seek(0)
    print(repr(f.read()))
with open(name, "r+") as f:
    print(repr(f.readline()))
    f.write("END")
with open(name) as f:
    print(repr(f.read()))
f = open(name)
try:
    f.write("x")
except OSError as e:
    print("OSError:", e)
f.close()
f = open(name, "w")
try:
    f.read()
except OSError as e:
    print("OSError:", e)
f.close()
os.remove(name)
