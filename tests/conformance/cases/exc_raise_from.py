class WrapError(Exception):
    pass
try:
    try:
        int("x")
    except ValueError as e:
        raise WrapError("wrapped") from e
except WrapError as w:
    print(str(w), type(w.__cause__).__name__, w.__suppress_context__)
try:
    raise WrapError("none") from None
except WrapError as w:
    print(w.__cause__, w.__suppress_context__)
