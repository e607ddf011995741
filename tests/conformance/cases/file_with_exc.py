import os
name = "_p4_file_withexc.txt"
try:
    with open(name, "w") as f:
        f.write("partial")
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e, f.closed)
with open(name) as f:
    print(f.read())
os.remove(name)
