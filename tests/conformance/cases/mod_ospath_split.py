import os.path as p
for s in ["/a/b/c.txt", "a/b/", "c.txt", "/", "//x", "a//b", "", "/a/b.tar.gz", ".bashrc", "a/.hidden", "a.b/c", "..."]:
    print(repr(s), p.split(s), p.splitext(s), repr(p.basename(s)), repr(p.dirname(s)))
