# Decorator factories: the wrapper is defined in a function that itself
# captures the factory's argument and is captured by the wrapper.
def repeat(times, sep):
    def deco(fn):
        def wrapper(*args):
            parts = [fn(*args) for _ in range(times)]
            return sep.join(parts)
        return wrapper
    return deco


@repeat(3, "-")
def shout(word):
    return word.upper()


print(shout("hi"))


def tagged(tag):
    def deco(fn):
        calls = []
        def wrapper(x):
            calls.append(x)
            return "<%s>%s</%s>#%d" % (tag, fn(x), tag, len(calls))
        wrapper.calls = calls
        return wrapper
    return deco


@tagged("b")
def ident(x):
    return x


print(ident("a"), ident("c"), ident.calls)
