a = {"x": 1}
b = {"y": 2}
c = {**a, **b}
print(sorted(c), c["x"], c["y"])
d = {**a, "z": 3, **b}
print(sorted(d), d["z"])
e = {"x": 0, **a}
print(e["x"])
