# Keyword forms of builtins.


def attempt(src):
    try:
        print(src, "->", repr(eval(src)))
    except TypeError as e:
        print(src, "-> TypeError:", e)


for src in [
    "list(enumerate('ab', start=1))",
    "list(enumerate(iterable='xy'))",
    "list(enumerate(iterable='xy', start=-1))",
    "list(enumerate('ab', 5))",
    "list(enumerate('ab', foo=1))",
    "list(enumerate('a', 1, start=2))",
    "list(enumerate())",
    "sum([1, 2], start=10)",
    "sum([1, 2], 10)",
    "sum([[1], [2]], start=[])",
    "sum((0.5, 0.25), start=1)",
    "sum(iterable=[1])",
    "sum(start=1)",
    "sum([1], x=1)",
    "sum([1], 2, start=3)",
    "pow(2, 10, mod=7)",
    "pow(base=2, exp=3)",
    "pow(2, exp=5)",
    "pow(2, 3, mod=None)",
    "pow(2, exp=3, z=1)",
    "str(object=5)",
    "str(object=b'x')",
    "str(b'ab', encoding='ascii')",
    "int('ff', base=16)",
    "int('0x10', base=0)",
    "sorted([3, 1, 2], key=None, reverse=True)",
    "max([], default='empty')",
    "min([3, 1], key=lambda v: -v)",
    "max(1, 5, 3, key=lambda v: v % 5)",
    "round(2.567, ndigits=2)",
    "'a,b,c'.split(sep=',', maxsplit=1)",
    "'a b c'.rsplit(maxsplit=1)",
    "'a\\nb'.splitlines(keepends=True)",
    "'a\\tb'.expandtabs(tabsize=4)",
    "'x'.encode(encoding='utf-8', errors='strict')",
    "b'x'.decode(encoding='ascii')",
    "list(zip('ab', 'cd'))",
    "dict({'a': 1}, b=2)",
    "next(iter([]), 'default')",
]:
    attempt(src)

for i, ch in enumerate("abc", start=1):
    print(i, ch)
print(sum(x * x for x in range(4)), sum(range(4), start=100))
print("a", "b", sep="-", end="!\n")
