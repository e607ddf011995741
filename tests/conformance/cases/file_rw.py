import os
name = "_p4_file_rw.txt"
with open(name, "w") as f:
    print(f.write("first line\n"), f.write("second\n"))
    f.writelines(["third\n", "fourth"])
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(name) as f:
    for line in f:
        print("line:", repr(line))
with open(name, "a") as f:
    f.write("\nappended\n")
f = open(name)
lines = f.read().splitlines()
f.close()
print(lines, f.closed)
os.remove(name)
