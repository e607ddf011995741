# Exceptions raised by an iterator propagate out of for loops,
# comprehensions, list(), yield from and nested loops.


def gen(n, exc):
    for i in range(n):
        yield i
    raise exc


class Counter:
    def __init__(self, stop, exc):
        self.i = 0
        self.stop = stop
        self.exc = exc

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > self.stop:
            if self.exc is None:
                raise StopIteration
            raise self.exc
        return self.i


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


def for_gen():
    seen = []
    for x in gen(2, ValueError("bad value")):
        seen.append(x)
    return seen


def for_else():
    for x in gen(1, KeyError("k")):
        pass
    else:
        return "else ran"
    return "after"


def for_iter_class():
    out = []
    for x in Counter(3, IndexError("out of range")):
        out.append(x)
    return out


def nested():
    out = []
    for a in [1, 2]:
        for b in gen(a, ZeroDivisionError("inner")):
            out.append((a, b))
    return out


def break_is_fine():
    for x in gen(5, ValueError("never")):
        if x == 2:
            break
    return x


def delegate():
    r = yield from gen(1, RuntimeError("from sub"))
    return r


def loop_in_gen():
    for x in Counter(2, LookupError("lookup")):
        yield x * 10


attempt("for over generator", for_gen)
attempt("for-else", for_else)
attempt("for over __next__", for_iter_class)
attempt("clean __next__", lambda: list(Counter(3, None)))
attempt("nested loops", nested)
attempt("break", break_is_fine)
attempt("list()", lambda: list(gen(3, TypeError("in list"))))
attempt("tuple()", lambda: tuple(Counter(1, OSError("in tuple"))))
attempt("list comprehension", lambda: [x for x in gen(2, ValueError("in comp"))])
attempt("inner comprehension loop", lambda: [(a, b) for a in [1] for b in gen(1, NameError("inner comp"))])
attempt("set comprehension", lambda: {x for x in gen(2, ValueError("in set comp"))})
attempt("dict comprehension", lambda: {x: x for x in gen(2, ValueError("in dict comp"))})
attempt("generator expression", lambda: sum(x for x in gen(2, ValueError("in genexp"))))
attempt("yield from", lambda: list(delegate()))
attempt("loop inside generator", lambda: list(loop_in_gen()))
attempt("sorted()", lambda: sorted(gen(2, ValueError("in sorted"))))
attempt("join", lambda: "".join(str(x) for x in gen(2, ValueError("in join"))))
attempt("dict()", lambda: dict((x, x) for x in gen(1, ValueError("in dict"))))

# an exception handled inside the loop body does not stop the loop
total = 0
for x in [1, 0, 2]:
    try:
        total += 10 // x
    except ZeroDivisionError:
        total += 100
print("handled in body", total)

# uncaught at module level: traceback and exit status
for x in gen(1, ValueError("module level")):
    print("got", x)
print("not reached")
