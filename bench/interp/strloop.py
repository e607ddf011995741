# A 200,000-iteration string loop (str methods bare gpython has).
total = 0
parts = []
for i in range(200000):
    s = "  Item number %d: [[Link]] some text  " % i
    t = s.strip()
    t = t.replace("[[", "").replace("]]", "")
    if t.startswith("Item"):
        total += len(t)
    if i % 1000 == 0:
        parts.append(t[0:4] + str(i))
print(total, len(parts), parts[-1])
