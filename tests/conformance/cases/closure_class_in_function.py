# Classes defined in a function: class bodies read the function's locals
# (free variables of the body) next to the implicit __class__ cell.
def make_types(prefix, size):
    class Base:
        kind = prefix + "-base"

        def name(self):
            return self.kind

    class Item(Base):
        kind = prefix + "-item"
        limit = size * 2
        defaults = [prefix] * size

        def name(self):
            return super().name() + "/" + str(size)

        def grow(self, by=size):
            return self.limit + by

    return Base, Item


B, I = make_types("wiki", 2)
print(B().name(), I().name(), I.limit, I.defaults, I().grow(), I().grow(1))
