# Indentation that mixes tabs and spaces: CPython 3 refuses the ambiguous
# cases with TabError and accepts the consistent ones.
sources = {
    "spaces then tab at one level": "if True:\n        x = 1\n\ty = 2\n",
    "tab then eight spaces": "if 1:\n\tx = 1\n        y = 2\n",
    "dedent to a tab level": "def f():\n    if True:\n\tx = 1\n",
    "tab plus spaces vs two tabs": "def f():\n\tif 1:\n\t        x = 1\n\t\ty = 2\n",
    "tabs only": "def f():\n\tif 1:\n\t\tx = 1\n\treturn 2\n",
    "spaces only": "def f():\n  if 1:\n    x = 1\n  return 2\n",
    "tab in a bracket continuation": "x = [1,\n\t      2,\n        3]\n",
    "tab after code": "x = 1\t# comment\ny = 2\n",
    "consistent tab plus spaces": "if 1:\n\t  x = 1\n\t  y = 2\n",
    "tab in a string": "s = '''\n\tline\n        other'''\n",
}
for name, src in sources.items():
    try:
        compile(src, "<%s>" % name, "exec")
        print(name, "-> compiles")
    except SyntaxError as e:
        print(name, "->", type(e).__name__, e.msg, "line", e.lineno, "offset", e.offset, repr(e.text.rstrip("\n")))

exec(compile("def g():\n\tif 1:\n\t\treturn 'tabs'\n", "<g>", "exec"))
print(g())
