import os, tempfile
d = tempfile.mkdtemp()
os.mkdir(os.path.join(d, "sub"))
open(os.path.join(d, "f.txt"), "w").close()
ents = sorted(os.scandir(d), key=lambda e: e.name)
for e in ents:
    print(e.name, e.is_dir(), e.is_file(), e.path == os.path.join(d, e.name))
with os.scandir(d) as it:
    print(len(list(it)))
st = os.stat(d)
print(st.st_size >= 0, st[6] == st.st_size, len(tuple(st)))
import shutil
shutil.rmtree(d)
