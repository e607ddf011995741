import os, tempfile
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, "a", "b"))
os.makedirs(os.path.join(d, "a", "b"), exist_ok=True)
os.mkdir(os.path.join(d, "c"))
for n in ["x.txt", "a/y.txt", "a/b/z.txt"]:
    with open(os.path.join(d, n), "w") as f:
        f.write(n)
print(sorted(os.listdir(d)))
os.rename(os.path.join(d, "x.txt"), os.path.join(d, "c", "x2.txt"))
os.replace(os.path.join(d, "c", "x2.txt"), os.path.join(d, "x3.txt"))
print(sorted(os.listdir(d)), os.stat(os.path.join(d, "x3.txt")).st_size)
for root, dirs, files in os.walk(d):
    dirs.sort()
    print(os.path.relpath(root, d), sorted(dirs), sorted(files))
try:
    os.mkdir(os.path.join(d, "c"))
except FileExistsError as e:
    print("FileExistsError")
try:
    os.remove(os.path.join(d, "nothing"))
except FileNotFoundError as e:
    print("FileNotFoundError")
try:
    os.makedirs(os.path.join(d, "a"))
except OSError as e:
    print("OSError")
import shutil
shutil.rmtree(d)
print(os.path.exists(d))
