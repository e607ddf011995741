# A class inside a function: __class__ is a cell of the class body (super()),
# the function's locals are free variables of the body (LOAD_CLASSDEREF).
def make(base_label, extra):
    class Base:
        def describe(self):
            return "base:" + base_label

    class Child(Base):
        label = base_label + "!"
        tags = [extra, base_label]

        def describe(self):
            return "child(" + super().describe() + "," + extra + ")"

    return Child


C = make("page", "bot")
c = C()
print(C.label, C.tags)
print(c.describe())
