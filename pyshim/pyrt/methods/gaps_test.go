package methods

import (
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
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
	code, err := py.Compile("a < b\na <= b\na > b\na >= b\na == b\na in b\n", "<t>", py.ExecMode, 0, true)
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
	// ==, in remain COMPARE_OP (2, 6); the four ordering operators are calls
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
	cpu := func() time.Duration {
		var ru syscall.Rusage
		_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
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
