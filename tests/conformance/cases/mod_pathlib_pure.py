from pathlib import Path
p = Path("/usr/local/lib/python3.tar.gz")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parent.parent)
print(p.parts, p.is_absolute(), Path("a/b").is_absolute(), p.anchor)
print(Path("a") / "b" / "c.txt", Path("a", "b", "c"), Path("a//b/./c/"), Path(""), Path("/"))
print(p.with_suffix(".zip"), p.with_name("x.py"), Path("a/b.txt").with_suffix(""), Path("a/b").with_stem("c"))
print(Path("/a/b/c").relative_to("/a"), Path("a/b").joinpath("c", "d"), Path("a").as_posix())
print(Path("a") == Path("a/"), Path("a") == Path("b"), str(Path("x/y")), [str(x) for x in Path("/a/b/c").parents])
print("/etc" / Path("hosts"), Path("a/b.py").match("*.py"), Path("/a/b").is_relative_to("/a"))
