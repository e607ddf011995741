# == and != of objects without __eq__ compare identity (functions, methods,
# modules, generators), as object.__eq__ does.
import sys
import os


def f():
    pass


def g():
    pass


class C:
    def m(self):
        pass


c, d = C(), C()
gen = (x for x in [])
pairs = [("f f", f, f), ("f g", f, g), ("module", sys, os), ("same module", os, os),
         ("method", c.m, c.m), ("other self", c.m, d.m), ("gen", gen, gen),
         ("lambda", lambda: 0, f), ("NotImplemented", NotImplemented, NotImplemented),
         ("builtin method", [].append, [].append), ("type", int, str), ("None", None, None)]
for name, a, b in pairs:
    print(name, a == b, a != b, a == a, [a].count(b), [a, b].index(b))
handlers = [f, g, c.m]
print(handlers.index(g), handlers.count(f), f == 1, 1 == f, f != "x")
handlers.remove(g)
print(len(handlers))
print(f == g or "different", f != g and "not equal")
