# A TabError is found when the tokenizer reaches its line: a syntax error on
# an earlier line (a Python 2 print statement, a bad expression, a pre-pass
# construct gone wrong) is the one CPython reports; one on a later line is
# not reached, and newer syntax before the TabError does not hide it.
sources = {
    "print statement first": 'x = 1\nprint "hello"\nif x:\n\ty = 1\n        z = 2\n',
    "bad expression first": "x = = 1\nif 1:\n\tx = 1\n        y = 2\n",
    "bad line end first": "x = 1 +\nif 1:\n\tx = 1\n        y = 2\n",
    "tab error first": 'if 1:\n\tx = 1\n        y = 2\nprint "late"\n',
    "f-string before it": 'v = 3\ns = f"{v!r:>4}"\nif 1:\n\tx = 1\n        y = 2\n',
    "walrus before it": "if (n := 2):\n    pass\nif 1:\n\tx = 1\n        y = 2\n",
    "bad f-string first": 's = f"{}"\nif 1:\n\tx = 1\n        y = 2\n',
    "error on the same line": "if 1:\n\tx = 1\n        y = = 2\n",
    "exec statement first": "exec 'x = 1'\nif 1:\n\tx = 1\n        y = 2\n",
}
for name, src in sources.items():
    try:
        compile(src, "<%s>" % name, "exec")
        print(name, "-> compiles")
    except SyntaxError as e:
        print(name, "->", type(e).__name__, e.msg, "line", e.lineno, repr(e.text.rstrip("\n")))
