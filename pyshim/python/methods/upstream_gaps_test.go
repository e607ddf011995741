package methods

import (
	"strings"
	"sync/atomic"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/classes"
)

func TestOrderComparisons(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"r = ((1, 2) < (1, 3), [1] < [2], (1,) <= (1,), [2] > [1, 9], (1, 2.5) >= (1, 2))", "(True, True, True, True, True)"},
		{"r = ((True, 2) > (1, 1), [1] < [1.0], 2 ** 70 > 1.5, 'a' < 'b' <= 'b', -1 < 0.5)", "(True, False, True, True, True)"},
		{"r = (float('nan') < 1, 1 < 2 < 3 > 2, (None, 1) < (None, 2))", "(False, True, True)"},
		{"x = 5\nr = (0 <= x < 10, 0 < x <= 4)", "(True, False)"},
	} {
		if got := result(t, c.src); got != c.want {
			t.Errorf("%q: got %s, want %s", c.src, got, c.want)
		}
	}
	for _, c := range []struct{ src, want string }{
		{"r = 1 < 'a'", "'<' not supported between instances of 'int' and 'str'"},
		{"r = [1] >= (1,)", "'>=' not supported between instances of 'list' and 'tuple'"},
		{"r = (1, 2) <= (1, 'a')", "'<=' not supported between instances of 'int' and 'str'"},
		{"r = None > None", "'>' not supported between instances of 'NoneType' and 'NoneType'"},
	} {
		_, err := run(t, c.src)
		if err == nil || !py.IsException(py.TypeError, err) || !strings.Contains(errText(err), c.want) {
			t.Errorf("%q: got %v, want TypeError %q", c.src, err, c.want)
		}
	}
}

func errText(err error) string {
	if e, ok := err.(py.ExceptionInfo); ok {
		return errText(e.Value.(error))
	}
	if e, ok := err.(*py.Exception); ok {
		s, _ := py.Str(e)
		if str, ok := s.(py.String); ok {
			return string(str)
		}
	}
	return err.Error()
}

func TestCompareRewritten(t *testing.T) {
	code, err := py.Compile("a < b\na <= b\na > b\na >= b\na == 1\na in b\na == b\na in 'xy'\n", "<t>", py.ExecMode, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	raw := code.Code
	var ops []int
	for i := 0; i < len(raw); {
		if raw[i] == opCompareOp {
			ops = append(ops, int(raw[i+1]))
		}
		if raw[i] >= opHaveArgument {
			i += 3
		} else {
			i++
		}
	}
	// == with a constant and in with a constant container remain
	// COMPARE_OP (2, 6); the four ordering operators, == of two variables
	// (identityeq.go) and in a variable (seqcontains.go) are calls
	if len(ops) != 2 || ops[0] != 2 || ops[1] != 6 {
		t.Errorf("COMPARE_OP args left: %v, want [2 6]", ops)
	}
}

func TestRecursionLimit(t *testing.T) {
	_, err := run(t, "def f(n):\n    return f(n + 1)\nf(0)\n")
	if err == nil || !py.IsException(RecursionErrorType, err) || !py.IsException(py.RuntimeError, err) {
		t.Fatalf("got %v, want RecursionError", err)
	}
	if got := errText(err); got != "maximum recursion depth exceeded" {
		t.Errorf("message %q", got)
	}
	src := "def f(n):\n    return f(n + 1)\ndef d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\n" +
		"try:\n    f(0)\nexcept RecursionError as e:\n    m = str(e)\nr = (m, d(900), d(10))"
	if got := result(t, src); got != "('maximum recursion depth exceeded', 900, 10)" {
		t.Errorf("after recovery: %s", got)
	}
	src = "def g(n):\n    yield n\n    yield from g(n + 1)\ntry:\n    list(g(0))\nexcept RecursionError:\n    r = 'gen limit'\n"
	if got := result(t, src); got != "gen limit" {
		t.Errorf("generators: %s", got)
	}
}

func TestSetRecursionLimit(t *testing.T) {
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	if err := Install(ctx); err != nil {
		t.Fatal(err)
	}
	if got := RecursionLimitOf(ctx); got != 1000 {
		t.Fatalf("default limit %d", got)
	}
	if err := SetRecursionLimit(ctx, 0); err == nil || !py.IsException(py.ValueError, err) {
		t.Errorf("limit 0: %v", err)
	}
	if err := SetRecursionLimit(ctx, 50); err != nil {
		t.Fatal(err)
	}
	code, err := py.Compile("def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nok = d(45)\ntry:\n    d(60)\nexcept RecursionError:\n    r = 'limited'\n", "<t>", py.ExecMode, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	g := py.NewStringDict()
	if _, err := ctx.RunCode(code, g, g, nil); err != nil {
		t.Fatal(err)
	}
	if g["ok"] != py.Int(45) || g["r"] != py.String("limited") {
		t.Errorf("got ok=%v r=%v", g["ok"], g["r"])
	}
}

func TestKeywordBuiltins(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"r = list(enumerate('ab', start=1))", "[(1, 'a'), (2, 'b')]"},
		{"r = list(enumerate(iterable='a', start=-1))", "[(-1, 'a')]"},
		{"r = (sum([1, 2], start=10), sum([0.5], start=1), sum([[1]], start=[]))", "(13, 1.5, [1])"},
		{"r = (pow(2, 10, mod=7), pow(base=2, exp=3), pow(2, 3, mod=None))", "(2, 8, 8)"},
		{"r = str(object=5)", "5"},
	} {
		if got := result(t, c.src); got != c.want {
			t.Errorf("%q: got %s, want %s", c.src, got, c.want)
		}
	}
	for _, c := range []struct{ src, want string }{
		{"enumerate('ab', foo=1)", "'foo' is an invalid keyword argument for enumerate()"},
		{"enumerate('a', 1, start=2)", "enumerate() takes at most 2 arguments (3 given)"},
		{"enumerate()", "enumerate() missing required argument 'iterable'"},
		{"sum(iterable=[1])", "sum() takes at least 1 positional argument (0 given)"},
		{"sum([1], x=1)", "'x' is an invalid keyword argument for sum()"},
		{"pow(2, exp=3, z=1)", "'z' is an invalid keyword argument for pow()"},
		{"pow(2, 3, base=1)", "argument for pow() given by name ('base') and position (1)"},
	} {
		_, err := run(t, c.src)
		if err == nil || !py.IsException(py.TypeError, err) || errText(err) != c.want {
			t.Errorf("%q: got %v, want TypeError %q", c.src, err, c.want)
		}
	}
}

const fibSrc = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nr = fib(25)\n"

func benchRun(b *testing.B, src string, install bool) {
	code, err := py.Compile(src, "<bench>", py.ExecMode, 0, true)
	if err != nil {
		b.Fatal(err)
	}
	cpu := processCPU
	start := cpu()
	defer func() { b.ReportMetric(float64(cpu()-start)/float64(b.N)/1e6, "cpu-ms/op") }()
	for i := 0; i < b.N; i++ {
		ctx := py.NewContext(py.DefaultContextOpts())
		if install {
			if err := Install(ctx); err != nil {
				b.Fatal(err)
			}
		}
		g := py.NewStringDict()
		if _, err := ctx.RunCode(code, g, g, nil); err != nil {
			b.Fatal(err)
		}
		ctx.Close()
	}
}

// bare runs fn with this layer's bytecode rewrite and depth counter off.
func bare(fn func()) {
	saveCmp, saveAdd := PatchCompare, PatchInplaceAdd
	saveEval, saveRun := py.VmEvalCode, py.VmRunFrame
	PatchCompare, PatchInplaceAdd = false, false
	py.VmEvalCode, py.VmRunFrame = prevEval, prevRun
	defer func() {
		PatchCompare, PatchInplaceAdd = saveCmp, saveAdd
		py.VmEvalCode, py.VmRunFrame = saveEval, saveRun
	}()
	fn()
}

// BenchmarkFib25Bare is fib(25) on gpython alone (no rewrite, no counter).
func BenchmarkFib25Bare(b *testing.B) { bare(func() { benchRun(b, fibSrc, false) }) }

// BenchmarkFib25CompareOnly adds the COMPARE_OP rewrite.
func BenchmarkFib25CompareOnly(b *testing.B) {
	saveEval, saveRun := py.VmEvalCode, py.VmRunFrame
	py.VmEvalCode, py.VmRunFrame = prevEval, prevRun
	defer func() { py.VmEvalCode, py.VmRunFrame = saveEval, saveRun }()
	benchRun(b, fibSrc, false)
}

// BenchmarkFib25Layer is fib(25) with the rewrite and the depth counter.
func BenchmarkFib25Layer(b *testing.B) { benchRun(b, fibSrc, true) }

const cmpLoopSrc = "n = 0\ni = 0\nwhile i < 300000:\n    if (i, 1) < (150000, 0):\n        n = n + 1\n    i = i + 1\n"
const intLoopSrc = "n = 0\ni = 0\nwhile i < 300000:\n    if i < 150000:\n        n = n + 1\n    i = i + 1\n"

// BenchmarkIntCompareLoopBare: 600k int comparisons, gpython alone.
func BenchmarkIntCompareLoopBare(b *testing.B) { bare(func() { benchRun(b, intLoopSrc, false) }) }

// BenchmarkIntCompareLoopLayer: the same through the helpers.
func BenchmarkIntCompareLoopLayer(b *testing.B) { benchRun(b, intLoopSrc, true) }

// BenchmarkTupleCompareLoopLayer: 300k tuple comparisons (gpython cannot).
func BenchmarkTupleCompareLoopLayer(b *testing.B) { benchRun(b, cmpLoopSrc, true) }

// TestConstCompareBranch covers the cheap form of an ordering comparison
// with a constant right operand that feeds a conditional jump: results,
// truthiness of rich-comparison results and CPython's errors must be the
// same as through the general helper.
func TestConstCompareBranch(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"r = []\nfor x in (1, 2, 3):\n    if x < 2:\n        r.append(x)", "[1]"},
		{"r = []\nfor x in (1, 2.5, 3):\n    if x >= 2.5:\n        r.append(x)", "[2.5, 3]"},
		{"r = []\nfor x in ('a', 'b', 'c'):\n    if x > 'a':\n        r.append(x)", "['b', 'c']"},
		{"r = []\nfor x in ((1, 2), (1, 3), (2, 0)):\n    if x <= (1, 3):\n        r.append(x)", "[(1, 2), (1, 3)]"},
		{"i = 0\nn = 0\nwhile i < 10:\n    if not i > 4:\n        n = n + 1\n    i = i + 1\nr = (i, n)", "(10, 5)"},
		{"r = 'yes' if 3 < 2 else 'no'", "no"},
		{"r = 1 < 2", "True"},
		{"r = []\nfor x in (True, 1.5, 2 ** 70, -3, 2):\n    if x < 2:\n        r.append(x)\n    if x >= 2:\n        r.append(-x)", "[True, 1.5, -1180591620717411303424, -3, -2]"},
		{"r = []\nfor x in (1, 2, 3):\n    if x <= 2:\n        r.append(x)\n    if x > 2:\n        r.append(0)", "[1, 2, 0]"},
	} {
		if got := result(t, c.src); got != c.want {
			t.Errorf("%q: got %s, want %s", c.src, got, c.want)
		}
	}
	for _, c := range []struct{ src, want string }{
		{"x = 'a'\nif x < 1:\n    r = 1", "'<' not supported between instances of 'str' and 'int'"},
		{"x = [1]\nwhile x >= (1,):\n    break", "'>=' not supported between instances of 'list' and 'tuple'"},
		{"x = None\nif x > 0:\n    pass", "'>' not supported between instances of 'NoneType' and 'int'"},
	} {
		_, err := run(t, c.src)
		if err == nil || !py.IsException(py.TypeError, err) || errText(err) != c.want {
			t.Errorf("%q: got %v, want TypeError %q", c.src, err, c.want)
		}
	}
}

// TestConstCompareRewrite checks which comparisons take the cheap form
// (COMPARE_OP in against a comparison constant) and which the helper call.
func TestConstCompareRewrite(t *testing.T) {
	code, err := py.Compile("if a < 1:\n    pass\nif a <= b:\n    pass\nx = a > 2\nif a == 3:\n    pass\n", "<t>", py.ExecMode, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	raw := code.Code
	var ops []int
	calls := 0
	for i := 0; i < len(raw); {
		switch raw[i] {
		case opCompareOp:
			ops = append(ops, int(raw[i+1]))
		case opCallFunction:
			calls++
		}
		if raw[i] >= opHaveArgument {
			i += 3
		} else {
			i++
		}
	}
	// a < 1 in a branch: COMPARE_OP in (6); a <= b and a > 2 (not in a
	// branch): helper calls; == stays COMPARE_OP 2.
	if len(ops) != 2 || ops[0] != 6 || ops[1] != 2 || calls != 2 {
		t.Errorf("COMPARE_OP args %v and %d calls, want [6 2] and 2", ops, calls)
	}
	n := 0
	for _, c := range code.Consts {
		if cc, ok := c.(*constCompare); ok {
			n++
			if cc.op != cmpLT || cc.c != py.Int(1) {
				t.Errorf("constCompare %+v, want < 1", cc)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d comparison constants, want 1", n)
	}
}

// TestFusedEvalWrapper: the depth counter and the classes layer's per-call
// work run in one wrapper, and both still act.
func TestFusedEvalWrapper(t *testing.T) {
	if sameFunc(py.VmEvalCode, classes.EvalCode) || sameFunc(py.VmEvalCode, prevEval) {
		t.Fatal("py.VmEvalCode is not the fused wrapper")
	}
	if got := result(t, "def f(a, *, b, c=3):\n    return (a, b, c)\nr = f(1, b=2)"); got != "(1, 2, 3)" {
		t.Errorf("keyword-only defaults: got %s", got)
	}
	_, err := run(t, "class K:\n    def m(self, a):\n        pass\nK().m()")
	if want := "K.m() missing 1 required positional argument: 'a'"; err == nil || errText(err) != want {
		t.Errorf("got %v, want TypeError %q", err, want)
	}
	_, err = run(t, "def f(n):\n    return f(n + 1)\nf(0)")
	if err == nil || !py.IsException(RecursionErrorType, err) {
		t.Errorf("got %v, want RecursionError", err)
	}
}

// TestSetCallCheck: the check runs before calls and generator resumptions
// only while pending is not 0, and its error ends the call.
func TestSetCallCheck(t *testing.T) {
	var pending atomic.Int32
	calls := 0
	SetCallCheck(&pending, func(py.Context) error {
		calls++
		return py.ExceptionNewf(py.KeyboardInterrupt, "")
	})
	defer SetCallCheck(nil, nil)
	if got := result(t, "def f(x):\n    return x + 1\nr = f(1)"); got != "2" || calls != 0 {
		t.Errorf("not pending: got %s after %d checks", got, calls)
	}
	pending.Store(1)
	_, err := run(t, "def f(x):\n    return x + 1\nr = f(1)")
	if err == nil || !py.IsException(py.KeyboardInterrupt, err) || calls != 1 {
		t.Errorf("pending call: got %v after %d checks, want KeyboardInterrupt after 1", err, calls)
	}
	pending.Store(0)
	g, err := run(t, "def g():\n    yield 1\n    yield 2\nit = g()\nr = next(it)")
	if err != nil {
		t.Fatal(err)
	}
	pending.Store(1)
	if _, err := py.Next(g["it"]); err == nil || !py.IsException(py.KeyboardInterrupt, err) || calls != 2 {
		t.Errorf("pending resumption: got %v after %d checks", err, calls)
	}
}
