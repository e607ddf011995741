def check(entries):
    out = []
    for entry in entries:
        out.append(entry)

        if not 2 <= (n := len(entry)) <= 3:
            out.append("bad length " + str(n))
    return out
print(check([(1, 2), (1,), (1, 2, 3, 4)]))
def section(title, with_section):
    parts = title.split("#")
    if with_section and (sec := parts[-1]) != title:
        return "section " + sec
    else:
        return "none"
print(section("Page#Intro", True), section("Page#Intro", False), section("Page", True))
def scan(words, cutoff):
    hits = []
    for w in words:
        x = w.strip()
        if len(x) > 0 and \
           (size := len(x)) >= cutoff:
            hits.append((size, x))
    return hits
print(scan([" ab ", "abcd", "", "xyz"], 3))
