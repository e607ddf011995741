class Named(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name
n = Named("n", [3, 1, 2])
print(n.name, len(n), n[0], sorted(n))
n.append(9)
print(len(n), n[-1])
