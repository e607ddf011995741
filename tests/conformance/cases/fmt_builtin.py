print(format(3.0), format("s"), format(10, "x"), format(None), format([1, 2]))
print(format(1.0, ".1f"), format(12345, ","), format(-7, "+05d"))
try:
    format(None, "d")
except TypeError as e:
    print("TypeError:", e)
try:
    format([1], ">5")
except TypeError as e:
    print("TypeError:", e)
print("{:>6}".format(1.5), "{}".format(None), "{}".format(True), "{:d}".format(True))
