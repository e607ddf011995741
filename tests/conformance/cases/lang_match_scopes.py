# match statements in functions, generators, loops (break/continue),
# class bodies and the module; captures, soft keywords, line numbers.
import re
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Const:
    LIMIT = 10


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case Color.RED:
            return "red"
        case Const.LIMIT:
            return "limit"
        case int(n) | float(n):
            return f"number {n}"
        case _:
            return "unknown"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Color.RED, Color.GREEN, 10, 7, 1.5, "x"]:
    print(where(p))

# module level, captures stay bound, failed match leaves names alone
cmd = "go north"
match cmd.split():
    case ["quit"]:
        print("bye")
    case ["go", direction]:
        print("going", direction)
    case ["drop", *objects]:
        print("dropping", objects)
print(direction)


class Config:
    mode = "fast"
    match mode:
        case "fast":
            speed = 10
        case _:
            speed = 1


print(Config.speed)


def loop():
    out = []
    for item in [1, "skip", 2, "stop", 3]:
        match item:
            case "skip":
                continue
            case "stop":
                break
            case int(v):
                out.append(v)
    return out


print(loop())


def unbound_after_fail(x):
    match x:
        case [y]:
            pass
        case _:
            pass
    try:
        return y
    except NameError:
        return "unbound"


print(unbound_after_fail([4]), unbound_after_fail(5))


def keeps_old(x):
    y = "old"
    match x:
        case [y]:
            pass
        case _:
            pass
    return y


print(keeps_old([1]), keeps_old(2))


def guard_binds(x):
    match x:
        case [a] if a > 10:
            return "big"
        case _:
            return a


print(guard_binds([3]), guard_binds([30]))


def closure(x):
    match x:
        case {"name": name}:
            return lambda: "hi " + name
    return lambda: "nobody"


print(closure({"name": "Bob"})(), closure({})())


def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case str(s):
                yield s


print(list(gen([("a", 1), "b", ("c", 2)])))


def nested(x):
    match x:
        case [a, b]:
            match b:
                case {"t": t}:
                    return ("nested", a, t)
                case _:
                    return ("flat", a, b)
    return None


print(nested([1, {"t": 2}]), nested([1, 2]), nested(3))

# match as a plain name
match = re.match(r"(\d+)", "42abc")
print(match.group(1))
match = {"case": 1}
print(match["case"])
case = 3
print(case)


def inline(x):
    match x:
        case 1: return "one"
        case [1, 2,
              3]: return "list"
        case {"a": 1,
              "b": [x1, *_]}:
            return x1
    return "no"


print(inline(1), inline([1, 2, 3]), inline({"a": 1, "b": [9, 8]}), inline(2))


def tb(x):
    match x:
        case 1:
            return 1 / 0


try:
    tb(1)
except ZeroDivisionError:
    import traceback
    import sys
    print(re.findall(r'line (\d+), in tb', traceback.format_exc()))

dict_subject = {"a": 1, "b": 2}
match dict_subject:
    case {"a": 1, **rest}:
        print("rest", rest)
match (1, 2):
    case (1, x) | (x, 1):
        print("or", x)
match [1, [2, 3]]:
    case [_, [_, last]] as whole:
        print(last, whole)
match "text":
    case ("a" | "b"):
        print("ab")
    case str(s) if len(s) > 3:
        print("long", s)
match 3:
    case 1 | 2 | 3 as n:
        print("n", n)
match -2.5:
    case -2.5:
        print("neg float")
match 1+2j:
    case 1+2j:
        print("complex")
match b"xy":
    case [120, 121]:
        print("bytes are no sequence")
    case b"xy":
        print("bytes literal")
