from contextlib import suppress
with suppress(KeyError):
    {}["x"]
print("after 1")
with suppress(ValueError, TypeError):
    int("x")
print("after 2")
with suppress(LookupError):
    [][1]
print("after 3")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
