import os.path
print(os.path.join("a", "b", "c"), os.path.join("/a", "/b", "c"), os.path.join("a/", "b"), os.path.join("a", ""))
print(os.path.join(""), os.path.join("", "x"), os.path.sep, os.sep, os.path.join("a", "b/", "c"))
print(os.path.isabs("/x"), os.path.isabs("x"))
