from collections import OrderedDict
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a == dict(b), dict(a) == dict(b))
print(isinstance(a, dict), isinstance(a, OrderedDict))
try:
    a.move_to_end('nope')
except KeyError as e:
    print('KeyError', repr(e.args[0]))
c = a.copy()
c['z'] = 0
print(c, a)
