# dict.__getitem__ called unbound on a dict subclass instance, with
# __missing__ honoured (as CPython's dict_subscript does for subclasses).
class D(dict):
    def __missing__(self, k):
        return k * 2


d = D(a=1)
print(dict.__getitem__(d, 'a'), dict.__getitem__(d, 'zz'))


class E(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k.lower())


e = E(a=1)
print(e['A'])
try:
    e['B']
except KeyError as exc:
    print('KeyError', exc)


class F(dict):
    pass


try:
    dict.__getitem__(F(), 'x')
except KeyError as exc:
    print('KeyError', exc)
try:
    dict.__getitem__([], 'x')
except TypeError as exc:
    print('TypeError', exc)
