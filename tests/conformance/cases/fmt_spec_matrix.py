# A sample of the format-spec mini-language: every 661st combination of
# fill/align, sign, '#', '0', width, grouping, precision and type.
vals = ["", "ab", "héllo", True, 0, 1, -1, 7, 255, -4096, 123456789, 2**70, 0.0, -0.0, 0.5, 1.5, -2.5, 3.14159, 1e-7, 1e16, 123456.789, -9.87e22, 1/3]
fas = [("", ""), ("*", "<"), ("0", ">"), (" ", "^"), ("", "=")]
signs = ["", "+", "-", " "]
alts = ["", "#"]
zeros = ["", "0"]
widths = ["", "1", "8", "15"]
groups = ["", ",", "_"]
precs = ["", ".0", ".2", ".6"]
types = ["", "d", "x", "X", "o", "b", "e", "E", "f", "F", "g", "G", "%", "n", "c", "s"]
dims = [fas, signs, alts, zeros, widths, groups, precs, types]
total = 1
for d in dims:
    total *= len(d)
out = []
for n, v in enumerate(vals):
    for j in range(n * 7, total, 661):
        parts = []
        k = j
        for d in dims:
            parts.append(d[k % len(d)])
            k //= len(d)
        (f, al), s, a, z, w, g, p, t = parts
        spec = (f + al if al else "") + s + a + z + w + g + p + t
        try:
            r = format(v, spec)
        except (ValueError, TypeError, OverflowError) as e:
            r = "ERR " + str(e)
        out.append("%r %r %r" % (v, spec, r))
print(len(out))
print("\n".join(out))
