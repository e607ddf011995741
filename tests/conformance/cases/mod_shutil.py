import os, shutil, tempfile
d = tempfile.mkdtemp()
src = os.path.join(d, "src.txt")
with open(src, "w") as f:
    f.write("content")
print(os.path.basename(shutil.copy(src, os.path.join(d, "dst.txt"))))
os.mkdir(os.path.join(d, "sub"))
print(os.path.basename(shutil.copy(src, os.path.join(d, "sub"))))
shutil.copytree(os.path.join(d, "sub"), os.path.join(d, "sub2"))
print(sorted(os.listdir(d)), sorted(os.listdir(os.path.join(d, "sub2"))))
shutil.move(os.path.join(d, "dst.txt"), os.path.join(d, "moved.txt"))
print(sorted(os.listdir(d)))
print(shutil.which("sh") is not None, shutil.which("no-such-program-gwb"))
shutil.rmtree(d)
print(os.path.exists(d))
try:
    shutil.rmtree(d)
except FileNotFoundError as e:
    print("FileNotFoundError")
shutil.rmtree(d, ignore_errors=True)
