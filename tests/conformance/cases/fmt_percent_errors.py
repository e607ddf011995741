cases = [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", (1,)), ("%", (1,)), ("%(k)s", (1,)), ("%x", 1.5), ("%c", "ab"), ("abc", 5)]
for f, v in cases:
    try:
        print(repr(f % v))
    except ValueError as e:
        print("ValueError", e)
    except TypeError as e:
        print("TypeError", e)
try:
    "%(missing)s" % {"a": 1}
except KeyError as e:
    print("KeyError", e.args[0])
print("abc" % {"a": 1}, "abc" % [])
