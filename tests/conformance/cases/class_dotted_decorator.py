class Registry:
    handlers = {}
    @staticmethod
    def register(name, *, priority=0):
        def deco(fn):
            Registry.handlers[name] = (fn, priority)
            return fn
        return deco
@Registry.register("x")
def handle_x():
    return "handled x"
@Registry.register("y",
                   priority=5)
def handle_y():
    return "handled y"
for k in sorted(Registry.handlers):
    fn, prio = Registry.handlers[k]
    print(k, fn(), prio)
class Util:
    class deco:
        @staticmethod
        def twice(fn):
            return lambda *a: fn(*a) * 2
@Util.deco.twice
def three():
    return 3
print(three())
