words = ["apple", "banana", "cherry"]
lengths = {w: len(w) for w in words}
print(sorted(lengths), lengths["banana"])
inv = {v: k for k, v in lengths.items() if v > 5}
print(sorted(inv), inv[6])
nested = {k: {i: i for i in range(2)} for k in "ab"}
print(sorted(nested))
