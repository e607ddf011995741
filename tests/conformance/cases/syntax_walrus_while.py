def drain(items):
    out = []
    while (n := len(items)) > 1:
        out.append(n)
        items = items[1:]
    else:
        out.append("end")
    return out
print(drain([1, 2, 3, 4]))
def lines(src):
    it = iter(src)
    got = []
    while (line := next(it, None)) is not None:
        if line == "skip":
            continue
        if line == "stop":
            break
        got.append(line)
    return got
print(lines(["a", "skip", "b", "stop", "c"]))
