print("{a} {b}".format_map({"a": 1, "b": "two"}))
try:
    print("{x}".format_map({}))
except KeyError as e:
    print("KeyError", e.args[0])
print("{0:>4}".format_map({}) if False else "skip")
