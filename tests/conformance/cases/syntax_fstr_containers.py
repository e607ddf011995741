d = {"b": 1, "a": [1, 2], 3: "x"}
print(f"{d}")
print(f"{d!r:>5}")
print(f"{d['a'][1]} {d[3]}")
s = {42}
t = (1,)
print(f"{s} {t} {[None, True]}")
print(f"{'nested ' + f'{d[3]!r}'}")
