# ast.literal_eval, as tqdm (imported by Hitchwiki/hwpybot's scripts) and
# bot scripts reading literals from files use it. Output recorded from
# CPython 3.11 in main.cpython.out.
from ast import literal_eval

cases = [
    "42", "-7", "+3", "3.5", "-2.5e3", "0x1f", "1_000",
    "'text'", '"double"', "b'raw'", "u'uni'", "'a' 'b'",
    "True", "False", "None",
    "(1, 2)", "()", "(1,)", "[1, [2, 3]]", "[]",
    "{'a': 1, 'b': [True, None]}", "{}", "{1: 'x', (2, 3): 'y'}",
    "  \t 5",
    "{'nested': {'k': (1, -2.0)}}",
]
for src in cases:
    v = literal_eval(src)
    print(repr(src), '->', repr(v), type(v).__name__)

print(repr('...'), '->', literal_eval('...') is Ellipsis)
s = literal_eval('{3, 1, 2}')
print(repr('{3, 1, 2}'), '->', sorted(s), type(s).__name__)  # a set's order is arbitrary
e = literal_eval('set()')
print(repr('set()'), '->', type(e).__name__, len(e))
for src, want in [('1+2j', complex(1, 2)), ('-1-2j', complex(-1, -2)), ('3j', complex(0, 3)), ('-3.5+0.5j', complex(-3.5, 0.5))]:
    print(repr(src), '->', literal_eval(src) == want)

for bad in ["x", "-1 + x", "1 + 2", "f(1)", "[a]", "{'k': os}", "2 ** 3", "1 + 2 + 3j", "set([1])"]:
    try:
        literal_eval(bad)
    except ValueError as e:
        print(repr(bad), 'ValueError', str(e).split(':')[0])

for bad in ["1 +", "(", "'unterminated"]:
    try:
        literal_eval(bad)
    except SyntaxError as e:
        print(repr(bad), 'SyntaxError')
