from collections import namedtuple
Cfg = namedtuple('Cfg', ['host', 'port', 'debug'], defaults=[80, False])
print(Cfg('h'))
print(Cfg('h', 8080))
print(Cfg._field_defaults)
try:
    Cfg()
except TypeError as e:
    print('TypeError:', e)
try:
    Cfg(1, 2, 3, 4)
except TypeError as e:
    print('TypeError:', e)
try:
    Cfg('h', host='x')
except TypeError as e:
    print('TypeError:', e)
