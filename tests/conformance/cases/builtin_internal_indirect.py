# eval, exec, globals and locals called indirectly, through a function
# that passes *args and **kwargs on (unittest's assertRaises(SyntaxError,
# eval, src) does): they see the namespace of the frame that calls them.
import unittest


def call(f, *a, **k):
    return f(*a, **k)


x = 10
print(call(eval, "1 + 2"), call(eval, "x + 1"), call(eval, "x", {"x": 1}), call(eval, "x", None, {"x": 3}))
ns = {}
call(exec, "y = 5", ns)
print(ns["y"], "y" in globals())
print(call(globals) is globals())
print(sorted(call(locals)))


def inner():
    v = 7
    return call(eval, "v"), sorted(call(locals))


try:
    inner()
except NameError as e:
    # the eval runs in call's frame, where v is not defined
    print("NameError", e)
try:
    call(eval, "def f(*): pass")
except SyntaxError as e:
    print("SyntaxError", e.msg)


class T(unittest.TestCase):
    def test_syntax(self):
        self.assertRaises(SyntaxError, eval, "def f(*): pass")
        self.assertRaises(SyntaxError, exec, "x = = 1")
        self.assertEqual(self.run_eval(eval, "2 * 21"), 42)

    def run_eval(self, fn, *args):
        return fn(*args)


suite = unittest.TestLoader().loadTestsFromTestCase(T)
result = unittest.TextTestRunner(stream=open("/dev/null", "w"), verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors))
print(call(__import__, "json").dumps([1]))

# eval's syntax errors are CPython's "invalid syntax" (not "unexpected EOF")
for src in ["1 +* 2", "1 2", "x = 1", "f(**)", "def f(*): pass"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno)
print(eval("3\n"), eval(" 4"), eval("5 # c"))
