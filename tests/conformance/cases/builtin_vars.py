class P:
    def __init__(self):
        self.x = 1
        self.y = 2
p = P()
v = vars(p)
print(sorted(v.items()))
v["z"] = 3
print(p.z)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
