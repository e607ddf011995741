def f(*args, **kw):
    return args, sorted(kw.items())
base = {'a': 1, 'b': 2}
print(f(**base))
print(f(1, **{'x': 1}, y=2))
print(f(**base, **{'c': 3}))
print('{a}+{b}'.format(**base))
print(dict(base, **{'q': 1}))
try:
    f(**{1: 2})
except TypeError as e:
    print('TypeError:', e)
try:
    f(**base, a=5)
except TypeError as e:
    print('TypeError')
