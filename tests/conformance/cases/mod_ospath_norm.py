import os.path
for s in ["/a//b/../c/./d", "a/b/..", "../x/..", "", ".", "//a/b", "///a", "a/./b/", "/..", "a/../../b"]:
    print(repr(s), repr(os.path.normpath(s)))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a/b", "/a/b"), os.path.relpath("/x", "/a/b"))
print(os.path.commonprefix(["/usr/lib", "/usr/local/lib"]), repr(os.path.commonprefix([])), os.path.commonpath(["/usr/lib", "/usr/local/lib"]))
