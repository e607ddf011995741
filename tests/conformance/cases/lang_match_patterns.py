# match statements: literal, capture, wildcard, value, sequence, mapping,
# class, or and as patterns, guards.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "small"
        case -1:
            return "minus one"
        case "hello" "!":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case [a]:
            return f"one-list {a}"
        case [a, b, *rest] if a == b:
            return f"pair-start {a} rest={rest}"
        case (a, *_, z):
            return f"seq {a}..{z}"
        case {"k": v, **others}:
            return f"map k={v} others={others}"
        case str() as s:
            return f"str {s!r}"
        case float(f) if f > 1:
            return f"big float {f}"
        case _:
            return "other"

for v in [0, 1, 2, -1, "hello!", None, True, [5], [3, 3, 4, 5], (1, 2, 3), {"k": 1, "j": 2}, "abc", 2.5, 0.5, [], object]:
    print(repr(v)[:20], "->", describe(v))
