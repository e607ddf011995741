print(int("42"), int(" -17 "), int("1_000"), int("ff", 16), int("0xff", 16), int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("777", 8))
print(int(3.99), int(-3.99), int(True), int("+5"))
for bad in ["12.5", "abc", "", "1__0", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("g", 16)
except ValueError as e:
    print("ValueError:", e)
