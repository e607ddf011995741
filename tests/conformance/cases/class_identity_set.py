class Node:
    pass
a, b = Node(), Node()
s = {a, b, a}
print(len(s), a in s, Node() in s)
d = {a: "a", b: "b"}
print(d[a], d[b])
