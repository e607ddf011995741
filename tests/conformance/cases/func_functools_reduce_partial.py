import functools, operator

print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
print(functools.reduce(operator.mul, [], 1))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)

def power(base, exp, mod=None):
    return pow(base, exp) if mod is None else pow(base, exp, mod)

square = functools.partial(power, exp=2)
print(square(7), square(7, mod=5))
two_to = functools.partial(power, 2)
print(two_to(10), list(two_to.args), two_to.func is power)
p2 = functools.partial(two_to, 3)
print(p2(), list(p2.args))
print(sorted(functools.partial(power, 1, mod=3).keywords.items()))
