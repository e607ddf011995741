for f in [1.0, 2.5, -0.75, 0.1, 1e300, 3.0]:
    print(f, f.is_integer(), f.as_integer_ratio(), f.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
