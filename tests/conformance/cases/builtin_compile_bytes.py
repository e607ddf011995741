# compile() accepts bytes source and decodes it as UTF-8.
code = compile(b"x = 6 * 7\nprint('x is', x)\n", "<bytes>", "exec")
exec(code)
ns = {}
exec(compile("y = 'caf\u00e9'".encode("utf-8"), "<b2>", "exec"), ns)
print(ns["y"], len(ns["y"]))
print(eval(compile(b"1 + 2", "<e>", "eval")))
print(eval(compile(bytearray(b"[3, 4]"), "<ba>", "eval")))
src = "# -*- coding: utf-8 -*-\nz = '\u00fc'\n".encode()
ns = {}
exec(compile(src, "<cookie>", "exec"), ns)
print(ns["z"])
try:
    compile(b"x = (", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.filename, e.lineno)
try:
    compile(b"\xff\xfe = 1", "<bad2>", "exec")
except SyntaxError as e:
    print("SyntaxError", type(e).__name__)
try:
    compile(12, "<num>", "exec")
except TypeError as e:
    print("TypeError", e)
