for n in [0, 5, 255, -255, 1 << 40, 2 ** 100]:
    print(hex(n), oct(n), bin(n), format(n, "x"), format(n, "o"), "%x" % n, "%o" % n)
print(int("-0x1F", 16), int("0B11", 0), int("  0o777 ", 0), int("1" * 30), int("zz", 36), int("Z", 36))
for s, b in [("12", 2), ("0x", 16), ("9", 8), ("1_", 10)]:
    try:
        int(s, b)
    except ValueError as e:
        print("ValueError:", e)
