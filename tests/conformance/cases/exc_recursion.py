# Runaway recursion raises RecursionError (a RuntimeError) instead of
# crashing; normal recursion well inside the limit still works.


def runaway(n):
    return runaway(n + 1)


try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)
print(issubclass(RecursionError, RuntimeError))

try:
    runaway(0)
except RuntimeError as e:
    print("as RuntimeError:", type(e).__name__)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print("depth 500 ok:", depth(500))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("fib", fib(18))


class Node:
    def __init__(self, child=None):
        self.child = child

    def size(self):
        return 1 + (self.child.size() if self.child else 0)


n = None
for _ in range(300):
    n = Node(n)
print("chain", n.size())


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)


def walk(n):
    yield n
    if n:
        yield from walk(n - 1)


print("generator chain", sum(walk(100)))


def gen_runaway(n):
    yield from gen_runaway(n + 1)


try:
    list(gen_runaway(0))
except RecursionError:
    print("generator recursion: RecursionError")

# the interpreter is usable again afterwards
print("after", depth(50), fib(10))

# uncaught
runaway(0)
