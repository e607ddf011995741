items = ["text", 42, 1.5, None, [1, "a"], "quote'in", 'dq"in', "ünï", "\n\t"]
for it in items:
    print("{!s}|{!r}|{!a}".format(it, it, it), "%s|%r|%a" % (it, it, it))
