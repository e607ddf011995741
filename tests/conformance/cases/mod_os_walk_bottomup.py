import os, tempfile, shutil
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, "x", "y"))
open(os.path.join(d, "x", "f1"), "w").close()
open(os.path.join(d, "x", "y", "f2"), "w").close()
for root, dirs, files in os.walk(d, topdown=False):
    print(os.path.relpath(root, d), sorted(dirs), sorted(files))
print(list(os.walk(os.path.join(d, "missing"))))
shutil.rmtree(d)
