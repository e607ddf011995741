t = (1, 2, 3, 2, 1)
print(t.index(2), t.index(2, 2), t.count(1), t.count(9))
try:
    t.index(7)
except ValueError as e:
    print("ValueError:", e)
print(("a",).index("a"), ().count(0))
