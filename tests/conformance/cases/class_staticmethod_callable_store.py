class Registry:
    handlers = {}
    @staticmethod
    def register(name):
        def deco(fn):
            Registry.handlers[name] = fn
            return fn
        return deco
@Registry.register("x")
def handle_x():
    return "handled x"
print(Registry.handlers["x"]())
