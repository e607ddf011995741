vals = [0, 1, -1, 42, -255, 2**65, 0.0, -0.0, 0.5, -2.5, 3.14159, 1e-7, 1e16, 123456.789, "ab", "héllo", None, [1, "x"], True]
flags = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "- ", "+#"]
widths = ["", "1", "6", "12", "*"]
precs = ["", ".0", ".1", ".3", ".*"]
types = "diouxXeEfFgGcrsa"
out = []
n = 0
for v in vals:
    for f in flags:
        for w in widths:
            for p in precs:
                for t in types:
                    n += 1
                    if n % 23:
                        continue
                    spec = "%" + f + w + p + t
                    args = []
                    if w == "*":
                        args.append(7)
                    if p == ".*":
                        args.append(2)
                    args.append(v)
                    try:
                        r = spec % tuple(args)
                    except (ValueError, TypeError, OverflowError) as e:
                        r = "ERR " + str(e)
                    out.append("%r %r" % (spec, r))
print(len(out))
print("\n".join(out))
