registry = []
handlers = [lambda f: registry.append(f.__name__) or f]
def deco(tag):
    def wrap(f):
        registry.append(tag)
        return f
    return wrap
@handlers[0]
def first():
    return 1
@deco("plain")
def second():
    return 2
@(lambda f: f)
def third():
    return 3
print(registry, first(), second(), third())
