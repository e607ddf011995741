import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

print(add(2, 3))
print(add.__name__, add.__doc__)
print(add.__wrapped__(4, 5))

def plain(x):
    "doc of plain"
    return x

def other(*a):
    return plain(*a)

functools.update_wrapper(other, plain)
print(other.__name__, other.__doc__, other(9))
