# CPython 3.11's f-strings: a replacement field cannot reuse the string's
# quote, hold a backslash or a comment, or nest more than two levels (the
# 3.12 forms of PEP 701 are SyntaxErrors, with 3.11's messages and
# locations); everything 3.11 accepts still works.
samples = [
    'x = f"{d["a"]}"\n',
    'print(f"{x["key"]}")\n',
    'y = f"{", ".join(a)}"\n',
    'y = f"a{f(x, "b")}c"\n',
    "z = f'{d['k']!r:>10}'\n",
    'w = f"{x}" + f"{y["q"]}"\n',
    'v = (1,\n     f"{a["b"]}")\n',
    "t2 = f'{x:{w['a']}}'\n",
    'if True:\n    s = rf"{d["k"]}\\d"\n',
    'r = f"{d[\'a\']}" f"{e["b"]}"\n',
    'q = f"{"a"}"\n',
    'p = f"{x!r}{"y"}"\n',
    'x = (f"{d["\n"]}")\n',
    'x = f"{d[""]}"\n',
    'x = f"{d[" + "]}"\n',
    'x = f"{x!r:{"a"}}"\n',
    'x = f"{}"\n',
    'x = f"{d["a"]}"  # c\n',
    'x = f"{d[\\"a\\"]}"\n',
    "x = f'{\"\\n\".join(a)}'\n",
    'x = f"{a # c\n}"\n',
    'x = f"{x:{y:{z}}}"\n',
    'x = f"{x!z}"\n',
    'x = f"a}b"\n',
    'x = f"{a)}"\n',
    'x = f"{a[)}"\n',
    'x = f"{d["a"]}"',
]
for src in samples:
    try:
        compile(src, "sample.py", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, repr(e.text))

d = {"a": 1, "k": 2}
x, w, a = 3.5, 6, ["p", "q"]
print(f"{d['a']}", f'{d["k"]!r:>4}', f"""{d["a"]}""", f'''{d['k']}''', f"{x=}", f"{x!r:>{w}}")
print(f"{{}}", f"\N{EM DASH}{x}", f"{x!=1}", f"{(lambda: 1)()}", f"{'-'.join(a)}", rf"\d{x}", f"{x:{w}.{2}}")
print(f"{d['a'] + d['k']:03d}", f"{'nested ' + f'{x}'}", f"{a[0]!s:^5}|", f"{3 > 2}", f"{x:=^9}")
print("\N{EM DASH}", "a\N{latin small letter a}\\N{b}", """\N{BULLET}""", r"\N{BULLET}", b"\N{x}", f"{x}\N{BULLET}")
for src in ('"\\N{NO SUCH NAME}"', 'x = "abc\n'):
    try:
        compile(src, "sample.py", "exec")
    except SyntaxError as e:
        print(e.msg, repr(e.text))
import unicodedata
print("\N{BYTE ORDER MARK}\N{LINE FEED}\N{nbsp}" == "\ufeff\n\xa0", [hex(ord(unicodedata.lookup(n))) for n in ("NULL", "ESC", "ZWJ", "NEXT LINE", "CSI")])
