# Walrus conditions and annotated assignments written over several lines
# (inside parentheses, with continuation lines): the pre-pass keeps every
# line, and they run as CPython runs them.
import weakref


def parenthesized_and(child, n):
    if (
        "end_lineno" in child
        and (end_lineno := child.get("end_lineno", 0)) is not None
    ):
        child["end_lineno"] = end_lineno + n
    return child


def and_walrus_group(a, d):
    if a and (
        v := d.get("k")
    ):
        return v
    return None


def leading_group(d):
    if (
        v := d.get("a")
    ) and v > 1:
        return v
    return 0


class Handler:
    def handle(self, b):
        return {"region": ""} if b else None


def assigned_before(call_args):
    handler = Handler()
    if (
        details := handler.handle(call_args)
    ) and details["region"] == "":
        # a comment
        return details
    return None


cache: "weakref.WeakKeyDictionary[object, int]" \
    = weakref.WeakKeyDictionary()
print(parenthesized_and({"end_lineno": 3}, 2), parenthesized_and({}, 1))
print(and_walrus_group(1, {"k": 5}), and_walrus_group(0, {"k": 5}), and_walrus_group(1, {}))
print(leading_group({"a": 3}), leading_group({"a": 1}), leading_group({}))
print(assigned_before(1), assigned_before(0))
print(type(cache).__name__, __annotations__)


def where():
    raise ValueError("line numbers kept")


try:
    where()
except ValueError as e:
    print(e, e.__traceback__.tb_next.tb_lineno)
