rows = [("alpha", 1.5), ("beta", 22.25)]
w = max(len(r[0]) for r in rows)
for name, val in rows:
    print(f"{name:<{w}} {val:>8.2f}")
print(f"{'total':<{w}} {sum(v for _, v in rows):>8.2f}")
