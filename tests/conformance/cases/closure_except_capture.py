# An exception bound with "as" is a cell when an inner lambda uses it, in
# a function that also reads free variables.
def safe_int(default):
    def convert(text):
        try:
            return int(text)
        except ValueError as exc:
            describe = lambda: "bad %r -> %r (%s)" % (text, default, type(exc).__name__)
            print(describe())
            return default
    return convert


conv = safe_int(-1)
print([conv(s) for s in ["1", "x", "23", ""]])
