# exec, eval and compile go through the pre-pass and accept any dict.
x = 5
exec("print(f'x={x!r:>4}')")
print(eval("f'{x + 1:03d}'"))
code = compile("print(f'compiled {x}')", "<mine>", "exec")
exec(code)
print(eval(compile("x * 7", "<e>", "eval")))
print(type(code).__name__)

ns = {'a': 1}
exec("b = a + 1\ndel a", ns)
print(sorted(k for k in ns if k != '__builtins__'), ns['b'])
g = dict(q=2)
print(eval("q * 3", g))
print(eval("q * 3", {}, {'q': 4}))
exec("def h(z):\n    return z + b\nr = h(10)", ns)
print(ns['r'], ns['h'](1))
exec("c = {k: v for k, v in zip('ab', (1, 2))}", ns)
print(ns['c'])


def f():
    y = 3
    exec("print('inner', y)")
    return eval("y * 2")


print(f())


class C:
    exec("attr = 42")


print(C.attr)

loc = {}
exec("t = 1\nu = t + 1", None, loc)
print(sorted(loc.items()))
print(eval("  1 + 1"))

for src in ['exec("x", globals={})', 'eval("1", globals={})', 'exec("x", [])',
            'eval("1", [])', 'exec(1)', 'eval(1)', 'compile("1", "f", "bad")',
            'compile(1, "f", "exec")', 'exec()', 'eval()', 'exec("1", {}, {}, {})',
            'compile("1")', 'exec("1", closure=None)']:
    try:
        exec(src)
        print(src, "ok")
    except Exception as e:
        print(src, type(e).__name__, e)
for src in ["1 +", "def f(:\n  pass"]:
    try:
        compile(src, "<bad>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.filename, e.lineno)
