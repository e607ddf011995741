def classify(words):
    out = []
    for w in words:
        if w:
            if (n := len(w)) > 3:
                out.append("long:" + str(n))
            elif w == "ab":
                out.append("ab")
            else:
                out.append("short")
    return out
print(classify(["hello", "ab", "x", ""]))
def split(arg):
    s, p = arg, 0
    parts = []
    while p < len(s):
        if (q := s.find(",", p)) < 0:
            parts.append(s[p:])
            break
        parts.append(s[p:q])
        p = q + 1
    else:
        parts.append("<trailing>")
    return parts
print(split("a,b,c"), split("a,"))
def lookup(table, key):
    """Cache key * 2."""
    if (hit := table.get(key)) is None:
        table[key] = hit = key * 2
    return hit
t = {}
print(lookup(t, "x"), lookup(t, "x"), sorted(t))
