strs = ["", "a", "abc", "  Hello World  ", "a,b,,c,", "ÄÖÜ äöü ß", "line1\nline2\r\nline3\r", "\t tab\tsep ", "xXxXx", "12ab34", "Ⅻ ǅ ﬁ", "naïve café", "ΣΑΣ σας", "aaa"]
subs = ["", "a", "b", ",", " ", "ab", "x", "\n", "ä", "ss"]
idx = [None, 0, 1, -1, 3, -4, 10]
out = []
def rec(name, f):
    try:
        out.append("%s %r" % (name, f()))
    except (ValueError, TypeError, IndexError) as e:
        out.append("%s ERR %s" % (name, e))
for s in strs:
    for m in ["lower", "upper", "title", "capitalize", "swapcase", "casefold", "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isdecimal", "isnumeric", "isidentifier", "isprintable", "isascii"]:
        rec(m + repr(s), getattr(s, m))
    rec("kl" + repr(s), lambda: s.splitlines(True))
    for w in [0, 5, 20]:
        rec("pad%d%r" % (w, s), lambda: (s.center(w), s.ljust(w, "."), s.rjust(w, "-"), s.zfill(w), s.center(w, "é")))
    rec("tabs" + repr(s), lambda: (s.expandtabs(), s.expandtabs(2), s.expandtabs(0)))
    for sub in subs:
        rec("p%r%r" % (s, sub), lambda: (s.partition(sub), s.rpartition(sub)))
        rec("sp%r%r" % (s, sub), lambda: (s.split(sub), s.rsplit(sub), s.split(sub, 1), s.rsplit(sub, 1)))
        rec("st%r%r" % (s, sub), lambda: (s.strip(sub), s.lstrip(sub), s.rstrip(sub)))
        rec("rp%r%r" % (s, sub), lambda: (s.replace(sub, "_"), s.replace(sub, "", 1), s.removeprefix(sub), s.removesuffix(sub)))
        for a in idx[:5]:
            for b in idx[:3]:
                rec("f%r%r%r%r" % (s, sub, a, b), lambda: (s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b), s.startswith(sub, a, b), s.endswith(sub, a, b)))
    for n in [None, 0, 1, 2, -1]:
        rec("ws%r%r" % (s, n), lambda: (s.split(None, n if n is not None else -1), s.rsplit(None, n if n is not None else -1)))
print(len(out))
print("\n".join(out))
