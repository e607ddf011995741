package methods

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

func TestKwOrder(t *testing.T) {
	const defs = "def f(**kw):\n    return list(kw)\n" +
		"def g(x, **kw):\n    return [x] + f(**kw)\n" +
		"def gen(**kw):\n    for k in kw:\n        yield k\n" +
		"def cl(**kw):\n    kw['late'] = 0\n    return (lambda: list(kw))()\n" +
		"def h(a, b=2):\n    return a\n"
	for _, c := range []struct{ src, want string }{
		{"r = f(b=1, a=2, c=3)", "['b', 'a', 'c']"},
		{"r = g(0, z=1, y=2, w=3)", "[0, 'z', 'y', 'w']"},
		{"r = g(y=1, x=5, w=2)", "[5, 'y', 'w']"},
		{"r = list(gen(y=1, x=2, w=3))", "['y', 'x', 'w']"},
		{"r = f(one=1)", "['one']"},
		{"r = f()", "[]"},
		{"r = [f(k2=i, k1=i) for i in range(3)]", "[['k2', 'k1'], ['k2', 'k1'], ['k2', 'k1']]"},
		{"r = type(f.__call__) is not None and (lambda **k: list(k))(n=1, m=2)", "['n', 'm']"},
		{"r = h(*[1], **{})", "1"},
	} {
		if got := result(t, defs+c.src); got != c.want {
			t.Errorf("%q: got %s, want %s", c.src, got, c.want)
		}
	}
	for _, c := range []struct{ src, want string }{
		{"f(a=1, **{'a': 2})", "TypeError: f() got multiple values for keyword argument 'a'"},
		{"f(**[1])", "TypeError: f() argument after ** must be a mapping, not list"},
		{"for i in range(30):\n    h(1, zz=1, yy=2, xx=3)", "TypeError: h() got an unexpected keyword argument 'zz'"},
		{"for i in range(30):\n    h(1, b=1, yy=2, xx=3)", "TypeError: h() got an unexpected keyword argument 'yy'"},
	} {
		if got := pyErr(t, defs+c.src); got != c.want {
			t.Errorf("%q: got %s, want %s", c.src, got, c.want)
		}
	}
}

// kwCalls counts the call sites of code (and nested code) routed through a
// kwCall helper, and reports whether a keyword prologue was added.
func kwCalls(code *py.Code) (calls int, prologue bool) {
	for _, c := range code.Consts {
		switch x := c.(type) {
		case *kwCall:
			calls += strings.Count(code.Code, string([]byte{opRotTwo, opCallFunction, 1, 0}))
		case kwPrologueFn:
			prologue = true
		case *py.Code:
			n, p := kwCalls(x)
			calls += n
			prologue = prologue || p
		}
	}
	return calls, prologue
}

func TestKwOrderRewriteOnlyWhereNeeded(t *testing.T) {
	for _, c := range []struct {
		src      string
		calls    int
		prologue bool
	}{
		{"f(1, 2)", 0, false},
		{"f(a=1)", 0, false},
		{"f(*x)", 0, false},
		{"f(1, a=1, b=2)", 1, false},
		{"f(*x, a=1, b=2)", 1, false},
		{"f(**d)", 1, false},
		{"def g(*a, **k):\n    return a", 0, true},
		{"def g(*a):\n    return h(a=1, b=2)", 1, false},
	} {
		code, err := py.Compile(c.src, "<test>", py.ExecMode, 0, true)
		if err != nil {
			t.Fatalf("%q: %v", c.src, err)
		}
		calls, prologue := kwCalls(code)
		if calls != c.calls || prologue != c.prologue {
			t.Errorf("%q: %d rewritten calls, prologue %v; want %d, %v", c.src, calls, prologue, c.calls, c.prologue)
		}
	}
}

const kwLoopSrc = "def f(a, b=0, c=0):\n    return a\ni = 0\nwhile i < 200000:\n    f(i, b=1, c=2)\n    i = i + 1\n"
const kwargsLoopSrc = "def f(a, **kw):\n    return a\ni = 0\nwhile i < 200000:\n    f(i, b=1, c=2)\n    i = i + 1\n"
const plainCallLoopSrc = "def f(a, b=0, c=0):\n    return a\ni = 0\nwhile i < 200000:\n    f(i, 1, 2)\n    i = i + 1\n"

// noKwOrder runs fn with the keyword-order rewrite off (the state before
// it existed).
func noKwOrder(fn func()) {
	PatchKwOrder = false
	defer func() { PatchKwOrder = true }()
	fn()
}

// BenchmarkKwCallLoop: 200k calls f(i, b=1, c=2) with the order rewrite.
func BenchmarkKwCallLoop(b *testing.B) { benchRun(b, kwLoopSrc, true) }

// BenchmarkKwCallLoopNoOrder: the same calls left to gpython.
func BenchmarkKwCallLoopNoOrder(b *testing.B) { noKwOrder(func() { benchRun(b, kwLoopSrc, true) }) }

// BenchmarkKwargsCallLoop: 200k calls of a function with **kw.
func BenchmarkKwargsCallLoop(b *testing.B) { benchRun(b, kwargsLoopSrc, true) }

// BenchmarkKwargsCallLoopNoOrder: the same without the rewrite.
func BenchmarkKwargsCallLoopNoOrder(b *testing.B) {
	noKwOrder(func() { benchRun(b, kwargsLoopSrc, true) })
}

// BenchmarkPlainCallLoop: 200k calls without keywords (never rewritten).
func BenchmarkPlainCallLoop(b *testing.B) { benchRun(b, plainCallLoopSrc, true) }

// BenchmarkPlainCallLoopNoOrder: the same with the rewrite off.
func BenchmarkPlainCallLoopNoOrder(b *testing.B) {
	noKwOrder(func() { benchRun(b, plainCallLoopSrc, true) })
}

func dictKeys(t *testing.T, d *pyobj.Dict) string {
	t.Helper()
	var ks []string
	for _, k := range d.Keys() {
		ks = append(ks, string(k.(py.String)))
	}
	return strings.Join(ks, ",")
}

func TestPendingKwOrder(t *testing.T) {
	sd := py.StringDict{"a": py.Int(1), "b": py.Int(2), "c": py.Int(3)}
	if got := dictKeys(t, pyobj.DictFromStringDict(sd)); got != "a,b,c" {
		t.Errorf("no pending order: %s, want sorted a,b,c", got)
	}
	o := pyobj.NewKwOrder(3)
	o.Keys = append(o.Keys, "c", "a", "b")
	prev := pyobj.PushKwOrder(o)
	if got := dictKeys(t, pyobj.DictFromStringDict(sd)); got != "c,a,b" {
		t.Errorf("pending c,a,b: %s", got)
	}
	if got := dictKeys(t, pyobj.DictFromStringDict(py.StringDict{"b": py.Int(0), "c": py.Int(0)})); got != "c,b" {
		t.Errorf("subset of pending: %s, want c,b", got)
	}
	if got := dictKeys(t, pyobj.DictFromStringDict(py.StringDict{"b": py.Int(0), "z": py.Int(0), "a": py.Int(0)})); got != "a,b,z" {
		t.Errorf("key outside pending: %s, want sorted a,b,z", got)
	}
	if got := pyobj.KwOrderOf(py.StringDict{"b": py.Int(0), "c": py.Int(0)}); strings.Join(got, ",") != "c,b" {
		t.Errorf("KwOrderOf: %v", got)
	}
	pyobj.PopKwOrder(prev)
	if got := dictKeys(t, pyobj.DictFromStringDict(sd)); got != "a,b,c" {
		t.Errorf("after PopKwOrder: %s, want a,b,c", got)
	}
	echo := py.MustNewMethod("echo", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return pyobj.DictFromStringDict(kw), nil
	}, 0, "")
	r, err := pyobj.CallKw(echo, nil, sd, []string{"b", "c", "a"})
	if err != nil {
		t.Fatal(err)
	}
	if got := dictKeys(t, r.(*pyobj.Dict)); got != "b,c,a" {
		t.Errorf("CallKw: %s, want b,c,a", got)
	}
	ordered := pyobj.NewDict()
	ordered.SetStr("z", py.Int(1))
	ordered.SetStr("y", py.Int(2))
	r, err = pyobj.CallDictKw(echo, nil, ordered)
	if err != nil {
		t.Fatal(err)
	}
	if got := dictKeys(t, r.(*pyobj.Dict)); got != "z,y" {
		t.Errorf("CallDictKw: %s, want z,y", got)
	}
	bad := pyobj.NewDict()
	_ = bad.SetItem(py.Int(1), py.Int(2))
	if _, err := pyobj.CallDictKw(echo, nil, bad); err == nil || !strings.Contains(err.Error(), "keywords must be strings") {
		t.Errorf("CallDictKw with an int key: %v", err)
	}
}
