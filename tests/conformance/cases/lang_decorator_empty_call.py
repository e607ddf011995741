# A decorator that is a call without arguments, "@factory()", over a
# function with default values (gpython's parser gives such a call the
# position of an earlier token).
def factory(*args, **kwargs):
    return lambda func: func


@factory()
def first(foo=None):
    return foo


print(first.__name__, first(3), first())


def tagging(*names):
    def deco(func):
        func.tags = names
        return func
    return deco


class Holder:
    @tagging()
    def method(self, a, b=2, *rest, c=3, **more):
        return a + b + c

    @staticmethod
    @tagging()
    def helper(x=10):
        return x * 2


print(Holder().method(1), Holder.method.tags, Holder.helper(), Holder.helper.tags)


@tagging('a')
@factory()
@tagging()
def stacked(x, y=5):
    return x - y
print(stacked(7), stacked.tags)


def nested():
    @factory()
    def inner(q='inner default'):
        return q
    return inner()


print(nested())
print(repr(first).split(" at ")[0])
