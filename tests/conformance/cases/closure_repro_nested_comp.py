# A generator expression inside a list comprehension reads a local of the
# function (free in the listcomp) while capturing the listcomp's own i.
def widths(rows):
    return [max(len(r[i]) for r in rows + [("x", "y")]) for i in range(2)]


print(widths([("ab", "c")]))
print(widths([("abc", "de"), ("a", "defg")]))


def table(rows, headers):
    w = [max(len(str(r[i])) for r in rows + [headers]) for i in range(len(headers))]
    lines = [" | ".join(str(h).ljust(w[i]) for i, h in enumerate(headers))]
    for r in rows:
        lines.append(" | ".join(str(c).ljust(w[i]) for i, c in enumerate(r)))
    return "\n".join(lines)


print(table([("Main Page", 12), ("Talk:X", 3)], ("title", "edits")))
