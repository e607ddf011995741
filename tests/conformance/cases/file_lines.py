import os
name = "_p4_file_lines.txt"
f = open(name, "w")
for i in range(5):
    f.write("row %d: %s\n" % (i, "x" * i))
f.close()
with open(name) as f:
    print(f.readline(4), f.readline(), f.readline(0), end="|\n")
    rest = f.readlines()
print(len(rest), rest[-1])
count = 0
with open(name) as f:
    for n, line in enumerate(f):
        count += len(line)
print(count, os.path.getsize(name) if hasattr(os, "path") and False else count)
with open(name) as f:
    print([l.rstrip("\n") for l in f.readlines() if "3" in l or "4" in l])
with open(name) as f:
    print(f.readlines(15))
os.remove(name)
