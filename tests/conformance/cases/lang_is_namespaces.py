# `is` / `is not` between namespace dicts (globals(), vars(module),
# __dict__), which gowikibot keeps as Go maps, and the other identity tests.
import os
import sys

g = globals()
h = globals()
print(g is h, g is not h, {} is {}, g is vars(sys.modules[__name__]))
print(vars(os) is vars(os), vars(os) is g, os.__dict__ is vars(os))


def f():
    return globals()


print(f() is g, type(1) is int, type('') is not str, None is None)
x = [1]
y = x
print(x is y, x is [1], (lambda: 0) is (lambda: 0))
