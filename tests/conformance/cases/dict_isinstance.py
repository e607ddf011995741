d = {}
print(type(d) is dict, isinstance(d, dict), type(d).__name__ if hasattr(type(d), '__name__') else 'dict')
print(isinstance(dict(a=1), dict), isinstance([], dict))
def f(**kwargs):
    return isinstance(kwargs, dict)
print(f(a=1))
print(repr({}), str({'a': None}), bool({}), bool({0: 0}))
