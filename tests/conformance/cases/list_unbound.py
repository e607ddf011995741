l = []
list.append(l, 1)
list.extend(l, [2, 3])
list.insert(l, 0, 0)
print(l, list.pop(l), list.index(l, 2), list.count(l, 1))
list.reverse(l)
print(l, list.copy(l), tuple.count((1, 1), 1), tuple.index((5, 6), 6))
fns = [list.append, list.pop]
fns[0](l, 9)
print(l, fns[1](l))
