class P:
    def __init__(self):
        self.x = 3
        self.y = [10, 20]
        self.d = {"k": "v"}
p = P()
print("{0.x} {0.y[1]} {0.d[k]}".format(p))
print("{p.x}-{p.y[0]}".format(p=p))
print("{0[0]}{0[2]}".format("abc"))
print("{a[key]} {b[1][0]}".format(a={"key": 5}, b=[0, (7, 8)]))
