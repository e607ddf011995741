package classes

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/parser"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
)

// run executes src in a fresh context with this layer installed.
func run(t testing.TB, src string) (py.StringDict, error) {
	t.Helper()
	ctx := py.NewContext(py.DefaultContextOpts())
	t.Cleanup(func() { _ = ctx.Close() })
	if err := Install(ctx); err != nil {
		t.Fatal(err)
	}
	code, err := py.Compile(src, "<test>", py.ExecMode, 0, true)
	if err != nil {
		t.Fatalf("compile %q: %v", src, err)
	}
	globals := py.NewStringDict()
	globals["__name__"] = py.String("__main__")
	if b, err := ctx.GetModule("builtins"); err == nil {
		globals["__builtins__"] = b
	}
	_, err = ctx.RunCode(code, globals, globals, nil)
	return globals, err
}

// result runs src and returns repr() of its global r.
func result(t *testing.T, src string) string {
	t.Helper()
	g, err := run(t, src)
	if err != nil {
		t.Fatalf("%s\nunexpected error: %v", src, err)
	}
	r, ok := g["r"]
	if !ok {
		t.Fatalf("%s\nno global r", src)
	}
	s, err := reprString(r)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// raised runs src and returns "Type: message" of the exception it raises.
func raised(t *testing.T, src string) string {
	t.Helper()
	_, err := run(t, src)
	if err == nil {
		t.Fatalf("%s\nexpected an exception", src)
	}
	exc, ok := exceptionOf(err).(*py.Exception)
	if !ok {
		t.Fatalf("%s\nnot a Python exception: %v", src, err)
	}
	return FormatExceptionLine(exc)
}

func TestDunderDispatch(t *testing.T) {
	pre := `
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "V(%r)" % (self.v,)
    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __lt__(self, o):
        return self.v < o.v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.v)
    def __len__(self):
        return abs(self.v)
    def __getitem__(self, i):
        return self.v * i
    def __contains__(self, x):
        return x == self.v
    def __call__(self, *a):
        return len(a)
`
	cases := []struct{ src, want string }{
		{"r = V(1) == V(1), V(1) == V(2), V(1) != V(2)", "(True, False, True)"},
		{"r = V(1) + V(2), V(1) + 5, 5 + V(1)", "(V(3), V(6), V(6))"},
		{"r = sorted([V(3), V(1), V(2)])", "[V(1), V(2), V(3)]"},
		{"r = V(1) < V(2), V(2) > V(1)", "(True, True)"},
		{"r = len(V(-4)), bool(V(0)), bool(V(2))", "(4, False, True)"},
		{"r = V(3)[2], 3 in V(3), 4 in V(3)", "(6, True, False)"},
		{"r = V(0)(1, 2, 3)", "3"},
		{"r = hash(V(7)) == hash(7)", "True"},
		{"x = V(1)\nx += 2\nr = x", "V(3)"},
		{"r = sum([V(1), V(2)])", "V(3)"},
		{"r = max([V(1), V(9), V(4)]), min(V(5), V(2))", "(V(9), V(2))"},
	}
	for _, c := range cases {
		if got := result(t, pre+c.src); got != c.want {
			t.Errorf("%s: got %s, want %s", c.src, got, c.want)
		}
	}
}

func TestClassFeatures(t *testing.T) {
	cases := []struct{ src, want string }{
		{"class A:\n    x = 1\nclass B(A): pass\nr = B.x, B().x, B.__name__, [c.__name__ for c in B.__mro__]", "(1, 1, 'B', ['B', 'A', 'object'])"},
		{"class A:\n    def f(self): return 'A'\nclass B(A):\n    def f(self): return 'B' + super(B, self).f()\nr = B().f()", "'BA'"},
		{"class A:\n    @classmethod\n    def c(cls): return cls.__name__\n    @staticmethod\n    def s(x): return x * 2\nclass B(A): pass\nr = B.c(), B().c(), A.s(2), A().s(3)", "('B', 'B', 4, 6)"},
		{"class A:\n    def __init__(self): self._x = 1\n    def gx(self): return self._x\n    def sx(self, v): self._x = v * 10\n    x = property(gx, sx)\na = A()\na.x = 2\nr = a.x", "20"},
		{"class A:\n    def __getattr__(self, n): return n * 2\nr = A().foo", "'foofoo'"},
		{"class A:\n    def __setattr__(self, n, v): object.__setattr__(self, n, v + 1)\na = A()\na.q = 1\nr = a.q", "2"},
		{"T = type('T', (object,), {'k': 3})\nr = T.k, T().k, T.__name__", "(3, 3, 'T')"},
		{"class A: pass\nr = isinstance(A(), A), isinstance(A(), object), issubclass(A, object), isinstance(True, int), issubclass(bool, int)", "(True, True, True, True, True)"},
		{"class L(list):\n    def total(self): return sum(self)\nl = L([1, 2])\nl.append(3)\nr = l.total(), len(l), isinstance(l, list)", "(6, 3, True)"},
		{"class D(dict):\n    pass\nd = D(a=1)\nd['b'] = 2\nr = sorted(d.keys()), len(d)", "(['a', 'b'], 2)"},
		{"class I:\n    def __init__(self): self.n = 0\n    def __iter__(self): return self\n    def __next__(self):\n        self.n += 1\n        if self.n > 3: raise StopIteration\n        return self.n\nr = list(I()), tuple(I()), sum(I())", "([1, 2, 3], (1, 2, 3), 6)"},
		{"def f(a, *, b, c=3): return (a, b, c)\nr = f(1, b=2), f(1, b=2, c=4)", "((1, 2, 3), (1, 2, 4))"},
		{"def g(*, x=1, y, z=3): return (x, y, z)\nr = g(y=2)", "(1, 2, 3)"},
		{"def inner():\n    yield 1\n    return 'v'\ndef outer():\n    x = yield from inner()\n    yield x\nr = list(outer())", "[1, 'v']"},
		{"class P:\n    def __init__(self): self._v = 0\n    @property\n    def v(self): return self._v\n    @v.setter\n    def v(self, x): self._v = x\np = P()\np.v = 9\nr = p.v", "9"},
		{"r = list(reversed([1, 2, 3])), callable(len), callable(1)", "([3, 2, 1], True, False)"},
		{"t = 0\nfor a in range(4):\n    for b in range(3):\n        if b == 2:\n            break\n        t += b\n    else:\n        t += 100\nfor k in []:\n    pass\nelse:\n    t += 1000\nr = t", "1004"},
		{"def d(f): return f\n@d\ndef g(a, b=2):\n    return a + b\nr = g(1)", "3"},
		{"class A:\n    @staticmethod\n    def s(a, *, k=5):\n        return a + k\n    @classmethod\n    def c(cls, x=1):\n        return x\nr = A.s(1), A.c()", "(6, 1)"},
		{"class A:\n    @staticmethod\n    def s(a=1):\n        return a\n\nr = A.s()", "1"},
		{"class M(type):\n    def __call__(cls, *a):\n        return 'made'\nclass C(metaclass=M): pass\nr = C(), type(C) is M", "('made', True)"},
		{"class M(type):\n    def __instancecheck__(cls, o): return o == 3\nclass C(metaclass=M): pass\nr = isinstance(3, C), isinstance(4, C)", "(True, False)"},
		{"class S:\n    def __init__(self): self.n = 0\n    def __call__(self):\n        self.n += 1\n        return self.n\nr = list(iter(S(), 3))", "[1, 2]"},
	}
	for _, c := range cases {
		if got := result(t, c.src); got != c.want {
			t.Errorf("%s\ngot  %s\nwant %s", c.src, got, c.want)
		}
	}
}

func TestExceptions(t *testing.T) {
	cases := []struct{ src, want string }{
		{"class E(Exception):\n    def __init__(self, m, code):\n        super(E, self).__init__(m)\n        self.code = code\ntry:\n    raise E('bad', 7)\nexcept E as e:\n    r = e.code, e.args, str(e), repr(e)", "(7, ('bad',), 'bad', \"E('bad')\")"},
		{"try:\n    raise ValueError('v')\nexcept ValueError as e:\n    e.extra = 1\n    r = e.extra", "1"},
		{"class E(Exception):\n    def __str__(self): return 'custom'\nr = str(E('x'))", "'custom'"},
		{"r = str(KeyError('k')), repr(KeyError('k')), str(ValueError('a', 1)), str(ValueError())", "(\"'k'\", \"KeyError('k')\", \"('a', 1)\", '')"},
		{"class C(Exception):\n    code = 5\nc = C()\nr1 = c.code\nc.code = 6\nr = r1, c.code, C.code", "(5, 6, 5)"},
		{"try:\n    try:\n        1/0\n    except ZeroDivisionError as z:\n        raise RuntimeError('w') from z\nexcept RuntimeError as e:\n    r = type(e.__cause__).__name__, e.__suppress_context__", "('ZeroDivisionError', True)"},
	}
	for _, c := range cases {
		if got := result(t, c.src); got != c.want {
			t.Errorf("%s\ngot  %s\nwant %s", c.src, got, c.want)
		}
	}
}

func TestErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"class A: pass\nA(1)", "TypeError: A() takes no arguments"},
		{"class A:\n    def __eq__(self, o): return True\nhash(A())", "TypeError: unhashable type: 'A'"},
		{"class A: pass\nA() < A()", "TypeError: '<' not supported between instances of 'A' and 'A'"},
		{"class A: pass\nA()()", "TypeError: 'A' object is not callable"},
		{"class A: pass\nlen(A())", "TypeError: object of type 'A' has no len()"},
		{"class A: pass\nA().x", "AttributeError: 'A' object has no attribute 'x'"},
		{"class A: pass\nA.x", "AttributeError: type object 'A' has no attribute 'x'"},
		{"class A:\n    def m(self, x): pass\nA().m()", "TypeError: A.m() missing 1 required positional argument: 'x'"},
		{"super()", "RuntimeError: super(): no arguments"},
		{"class E(Exception):\n    def __str__(self): return 'nice'\nraise E('raw')", "E: nice"},
		{"raise KeyError('k')", "KeyError: 'k'"},
		{"def f(a, *, b, c=3): pass\nf(1)", "TypeError: f() missing 1 required keyword-only argument: 'b'"},
		{"max([])", "ValueError: max() arg is an empty sequence"},
		{"reversed(3)", "TypeError: 'int' object is not reversible"},
		{"def g():\n    yield 1\n    raise ValueError('boom')\nfor x in g():\n    pass\nprint('not reached')", "ValueError: boom"},
		{"class I:\n    def __iter__(self): return self\n    def __next__(self): raise KeyError('n')\nr = [x for x in I()]", "KeyError: 'n'"},
	}
	for _, c := range cases {
		if got := raised(t, c.src); got != c.want {
			t.Errorf("%s\ngot  %s\nwant %s", c.src, got, c.want)
		}
	}
}

func TestRound(t *testing.T) {
	cases := []struct {
		x, nd py.Object
		want  string
	}{
		{py.Float(2.5), py.None, "2"},
		{py.Float(3.5), py.None, "4"},
		{py.Float(-0.5), py.None, "0"},
		{py.Float(0.125), py.Int(2), "0.12"},
		{py.Float(2.675), py.Int(2), "2.67"},
		{py.Int(1250), py.Int(-2), "1200"},
		{py.Int(1350), py.Int(-2), "1400"},
		{py.True, py.None, "1"},
	}
	for _, c := range cases {
		r, err := Round(c.x, c.nd)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := reprString(r); got != c.want {
			t.Errorf("round(%v, %v) = %s, want %s", c.x, c.nd, got, c.want)
		}
	}
	if _, err := Round(py.String("x"), py.None); err == nil || !py.IsException(py.TypeError, err) {
		t.Errorf("round('x') should raise TypeError, got %v", err)
	}
}

func TestRewriteDottedDecorators(t *testing.T) {
	cases := []struct{ in, want string }{
		{"@x.setter\ndef x(self): pass\n", "@__pyshim_deco__(x.setter)\ndef x(self): pass\n"},
		{"    @a.b.c(1, ')')  # note\n", "    @__pyshim_deco__(a.b.c(1, ')'))  # note\n"},
		{"@mod.deco(1,\n          2)\ndef f(): pass\n", "@__pyshim_deco__(mod.deco(1,\n          2))\ndef f(): pass\n"},
		{"@plain\n@call(1)\n", "@plain\n@call(1)\n"},
		{"x = a @ b.c\n", "x = a @ b.c\n"},
	}
	for _, c := range cases {
		if got := rewriteDottedDecorators(c.in); got != c.want {
			t.Errorf("rewrite %q\ngot  %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestRewriteDecoratedDefaults(t *testing.T) {
	src := "@d\ndef f(a=1):\n    return a\n\nx = 1\n"
	want := "__pyshim_d1_0__ = d\ndef f(a=1):\n    return a\nf = __pyshim_d1_0__(f); del __pyshim_d1_0__\nx = 1\n"
	m, err := parseExec(src)
	if err != nil {
		t.Fatal(err)
	}
	if got := rewriteDecoratedDefaults(src, m); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// Without defaults nothing changes.
	src2 := "@d\ndef f(a):\n    return a\n"
	m2, _ := parseExec(src2)
	if got := rewriteDecoratedDefaults(src2, m2); got != src2 {
		t.Errorf("changed a function without defaults: %q", got)
	}
}

func TestRewriteYieldFrom(t *testing.T) {
	cases := []struct{ in, want string }{
		{"    x = yield from g(1)\n", "    x = (yield from __pyshim_yf__(g(1))).value\n"},
		{"    return (yield from g())  # c\n", "    return (yield from __pyshim_yf__(g())).value  # c\n"},
		{"    yield from g()\n", "    yield from g()\n"},
		{"    x = yield from (a\n", "    x = yield from (a\n"},
	}
	for _, c := range cases {
		if got := rewriteYieldFrom(c.in); got != c.want {
			t.Errorf("rewrite %q\ngot  %q\nwant %q", c.in, got, c.want)
		}
	}
}

const benchMethods = `
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, k):
        self.n = self.n + k
        return self.n
c = Counter()
i = 0
while i < 20000:
    c.inc(1)
    i = i + 1
`

const benchFib = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
fib(18)
`

func BenchmarkMethodCalls(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := run(b, benchMethods); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFib(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := run(b, benchFib); err != nil {
			b.Fatal(err)
		}
	}
}

func parseExec(src string) (ast.Ast, error) {
	return parser.Parse(strings.NewReader(src), "<test>", py.ExecMode)
}

func TestGoExceptionSubclass(t *testing.T) {
	goErr := py.ExceptionType.NewType("GoError", "an exception type defined in Go", nil, nil)
	if err := py.TypeMakeReady(); err != nil {
		t.Fatal(err)
	}
	ctx := py.NewContext(py.DefaultContextOpts())
	defer func() { _ = ctx.Close() }()
	if err := Install(ctx); err != nil {
		t.Fatal(err)
	}
	src := `
class Mine(GoError):
    def __init__(self, msg, page):
        super(Mine, self).__init__(msg)
        self.page = page
try:
    raise Mine("m", "P")
except Exception as e:
    r = type(e).__name__, e.page, str(e), isinstance(e, GoError), issubclass(Mine, Exception)
`
	code, err := py.Compile(src, "<test>", py.ExecMode, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	g := py.NewStringDict()
	g["GoError"] = goErr
	if _, err := ctx.RunCode(code, g, g, nil); err != nil {
		t.Fatal(err)
	}
	got, _ := reprString(g["r"])
	if want := "('Mine', 'P', 'm', True, True)"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// A Go-defined base class whose Go method calls a method that a Python
// subclass overrides (the pattern of pywikibot's Bot.run/treat_page).
func TestGoBaseCallsPythonOverride(t *testing.T) {
	base := py.NewType("GoBot", "a bot base class defined in Go")
	base.Flags |= py.TPFLAGS_BASETYPE
	base.Dict["run"] = py.MustNewMethod("run", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) > 0 {
			self = args[0]
		}
		treat, err := py.GetAttrString(self, "treat_page")
		if err != nil {
			return nil, err
		}
		return py.Call(treat, py.Tuple{py.String("Page")}, nil)
	}, 0, "run the bot")
	if err := py.TypeMakeReady(); err != nil {
		t.Fatal(err)
	}
	ctx := py.NewContext(py.DefaultContextOpts())
	defer func() { _ = ctx.Close() }()
	if err := Install(ctx); err != nil {
		t.Fatal(err)
	}
	src := `
class MyBot(GoBot):
    def __init__(self, prefix):
        self.prefix = prefix
    def treat_page(self, title):
        return self.prefix + title
b = MyBot("treated ")
r = b.run(), isinstance(b, GoBot)
`
	code, err := py.Compile(src, "<test>", py.ExecMode, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	g := py.NewStringDict()
	g["GoBot"] = base
	if _, err := ctx.RunCode(code, g, g, nil); err != nil {
		t.Fatal(err)
	}
	got, _ := reprString(g["r"])
	if want := "('treated Page', True)"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
