print("{} {!r} {}".format((1,), (2,), [1e16, (3,)]))
print("%s %r" % ((1,), [(2,)]))
print(format((1,)), format(1e16), str((1,)), "{:>8}".format(str((1, 2))))
print("%s|%s|%r" % ([0.1, -0.0], (), ("a", 1.5)))
