import tempfile, os
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d))
    keep = d
print(os.path.exists(keep))
t = tempfile.TemporaryDirectory(prefix="gwb_")
print(os.path.basename(t.name).startswith("gwb_"), os.path.isdir(t.name))
t.cleanup()
print(os.path.exists(t.name))
with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=True) as f:
    f.write("data")
    name = f.name
    print(name.endswith(".txt"), os.path.exists(name))
print(os.path.exists(name))
print(tempfile.gettempdir() != "", os.path.isdir(tempfile.gettempdir()))
