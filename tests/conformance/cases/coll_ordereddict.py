from collections import OrderedDict
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od)
od.move_to_end('b')
print(list(od))
od.move_to_end('c', last=False)
print(list(od.items()))
print(od.popitem())
print(od.popitem(last=False))
print(od, OrderedDict(), OrderedDict([(1, 2)]))
