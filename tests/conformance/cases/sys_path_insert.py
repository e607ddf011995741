import sys, os, tempfile
d = tempfile.mkdtemp()
with open(os.path.join(d, "gwb_dyn_mod.py"), "w") as f:
    f.write("X = 41 + 1\n")
sys.path.insert(0, d)
import gwb_dyn_mod
print(gwb_dyn_mod.X)
os.remove(os.path.join(d, "gwb_dyn_mod.py"))
os.rmdir(d)
