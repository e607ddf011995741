print(float("1.5"), float(" -2.25 "), float("1e3"), float("1_000.5"), float(".5"), float("5."), float(3))
print(float("inf"), float("-inf"), float("nan"), float("Infinity"), float("+inf"))
for bad in ["abc", "", "1.2.3", "1__0"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
