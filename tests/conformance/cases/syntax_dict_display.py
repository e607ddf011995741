d = {}
d["a"] = 1
print(d)
e = {"k": [1, 2], "n": {"inner": True}}
print(e["k"], e["n"]["inner"])
f = {
    "multi": 1,
    "line": 2,
}
print(sorted(f))
g = {"lam": lambda x: x + 1}
print(g["lam"](1))
