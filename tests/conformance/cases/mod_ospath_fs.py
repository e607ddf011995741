import os, tempfile
d = tempfile.mkdtemp()
f = os.path.join(d, "file.txt")
with open(f, "w") as fh:
    fh.write("hello world")
print(os.path.exists(f), os.path.isfile(f), os.path.isdir(f), os.path.isdir(d), os.path.getsize(f))
print(os.path.exists(os.path.join(d, "nope")), os.path.isfile(d), os.path.islink(f))
print(os.path.getmtime(f) > 0, os.path.realpath(f) == os.path.realpath(os.path.join(d, ".", "file.txt")))
try:
    os.path.getsize(os.path.join(d, "nope"))
except FileNotFoundError as e:
    print("FileNotFoundError")
os.remove(f)
os.rmdir(d)
print(os.path.exists(d))
