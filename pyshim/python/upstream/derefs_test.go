package upstream

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	// The classes and methods layers wrap py.Compile in their init, as
	// in the interpreter (python's own wrapper, which calls FixCells and
	// FixDerefs, is not imported here).
	_ "github.com/gowikibot/gowikibot/pyshim/python/methods"
	"github.com/gowikibot/gowikibot/pyshim/python/prepass"
)

// findCode returns the first code object named name in code's tree.
func findCode(code *py.Code, name string) *py.Code {
	if code.Name == name {
		return code
	}
	for _, c := range code.Consts {
		if sub, ok := c.(*py.Code); ok {
			if r := findCode(sub, name); r != nil {
				return r
			}
		}
	}
	return nil
}

// closureOps lists code's deref-family and LOAD_CLOSURE instructions.
func closureOps(code *py.Code) string {
	var parts []string
	for _, in := range decodeDerefs(code.Code) {
		if isDerefOp(in.op) || in.op == vm.LOAD_CLOSURE {
			parts = append(parts, fmt.Sprintf("%v %d", in.op, in.arg))
		}
	}
	return strings.Join(parts, ", ")
}

// rawCompile compiles src as gpython's compiler alone does, with no fix.
func rawCompile(t *testing.T, src string) *py.Code {
	t.Helper()
	code, err := compile.Compile(src, "<raw>", py.ExecMode, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	return code
}

// TestDerefOperands: the exact operands before and after the fix.
func TestDerefOperands(t *testing.T) {
	src := "def f(rows):\n    return [max(len(r[i]) for r in rows + [('x', 'y')]) for i in range(2)]\n"
	code := rawCompile(t, src)
	lc := findCode(code, "<listcomp>")
	if lc == nil || fmt.Sprint(lc.Cellvars, lc.Freevars) != "[i] [rows]" {
		t.Fatalf("unexpected listcomp %v", lc)
	}
	// rows is free 0 but emitted as 0 (cell i's slot); i is cell 0.
	if got, want := closureOps(lc), "STORE_DEREF 0, LOAD_CLOSURE 0, LOAD_DEREF 0"; got != want {
		t.Fatalf("raw operands %q, want %q", got, want)
	}
	FixDerefs(code, src, "<raw>", py.ExecMode)
	if got, want := closureOps(lc), "STORE_DEREF 0, LOAD_CLOSURE 0, LOAD_DEREF 1"; got != want {
		t.Fatalf("fixed operands %q, want %q", got, want)
	}
	// The function itself (cell rows only) and the genexpr (frees only)
	// are untouched.
	if got, want := closureOps(findCode(code, "f")), "LOAD_CLOSURE 0"; got != want {
		t.Fatalf("f operands %q, want %q", got, want)
	}
	if got, want := closureOps(findCode(code, "<genexpr>")), "LOAD_DEREF 0"; got != want {
		t.Fatalf("genexpr operands %q, want %q", got, want)
	}
}

// TestDerefClassBody: a class body with the implicit __class__ cell and a
// free variable uses LOAD_CLASSDEREF with the free slot.
func TestDerefClassBody(t *testing.T) {
	src := "def f(a):\n    class C:\n        x = a\n        def m(self):\n            return super().m()\n    return C\n"
	code := rawCompile(t, src)
	c := findCode(code, "C")
	if fmt.Sprint(c.Cellvars, c.Freevars) != "[__class__] [a]" {
		t.Fatalf("cells/frees %v %v", c.Cellvars, c.Freevars)
	}
	if got, want := closureOps(c), "LOAD_CLASSDEREF 0, LOAD_CLOSURE 0, LOAD_CLOSURE 0"; got != want {
		t.Fatalf("raw operands %q, want %q", got, want)
	}
	FixDerefs(code, src, "<raw>", py.ExecMode)
	// x = a reads slot 1; m's closure takes __class__ (cell 0); the body
	// returns the __class__ cell (slot 0).
	if got, want := closureOps(c), "LOAD_CLASSDEREF 1, LOAD_CLOSURE 0, LOAD_CLOSURE 0"; got != want {
		t.Fatalf("fixed operands %q, want %q", got, want)
	}
}

// TestDerefClosureRun: a LOAD_CLOSURE run follows the child's co_freevars
// even without the replay (the source given is unrelated).
func TestDerefClosureRun(t *testing.T) {
	src := "def f(a):\n    def g():\n        b = 1\n        def h():\n            return a + b\n        return h\n    return g\n"
	code := rawCompile(t, src)
	g := findCode(code, "g")
	if fmt.Sprint(g.Cellvars, g.Freevars) != "[b] [a]" {
		t.Fatalf("cells/frees %v %v", g.Cellvars, g.Freevars)
	}
	if got, want := closureOps(g), "STORE_DEREF 0, LOAD_CLOSURE 0, LOAD_CLOSURE 0"; got != want {
		t.Fatalf("raw operands %q, want %q", got, want)
	}
	FixDerefs(code, "pass\n", "<raw>", py.ExecMode)
	// h's freevars are [a b]: a is g's free 0 (slot 1), b its cell 0.
	// STORE_DEREF 0 is ambiguous and the replay does not describe g, so
	// it stays as the compiler emitted it (which is right here).
	if got, want := closureOps(g), "STORE_DEREF 0, LOAD_CLOSURE 1, LOAD_CLOSURE 0"; got != want {
		t.Fatalf("fixed operands %q, want %q", got, want)
	}
}

// TestDerefMismatchLeavesAmbiguous: when the source does not describe the
// code (different emission order), ambiguous operands are left alone while
// unambiguous ones are still fixed.
func TestDerefMismatchLeavesAmbiguous(t *testing.T) {
	src := "def f(p, q):\n    def g(x):\n        y = 1\n        def h():\n            return x + y\n        return p + q + x\n    return g\n"
	other := "def f(p, q):\n    def g(x):\n        y = 1\n        def h():\n            return x + y\n        return q + p + x\n    return g\n"
	code := rawCompile(t, src)
	g := findCode(code, "g")
	if fmt.Sprint(g.Cellvars, g.Freevars) != "[x y] [p q]" {
		t.Fatalf("cells/frees %v %v", g.Cellvars, g.Freevars)
	}
	raw := closureOps(g)
	if want := "STORE_DEREF 1, LOAD_CLOSURE 0, LOAD_CLOSURE 1, LOAD_DEREF 0, LOAD_DEREF 1, LOAD_DEREF 0"; raw != want {
		t.Fatalf("raw operands %q, want %q", raw, want)
	}
	FixDerefs(code, other, "<raw>", py.ExecMode)
	if got := closureOps(g); got != raw {
		t.Fatalf("mismatched replay changed operands: %q", got)
	}
	code = rawCompile(t, src)
	g = findCode(code, "g")
	FixDerefs(code, src, "<raw>", py.ExecMode)
	if got, want := closureOps(g), "STORE_DEREF 1, LOAD_CLOSURE 0, LOAD_CLOSURE 1, LOAD_DEREF 2, LOAD_DEREF 3, LOAD_DEREF 0"; got != want {
		t.Fatalf("fixed operands %q, want %q", got, want)
	}
}

// TestDerefRewrittenSourceRejected: a code object naming something the
// source lacks (a layer rewrote the source before compiling) is not
// described by the replay.
func TestDerefRewrittenSourceRejected(t *testing.T) {
	src := "def f(a):\n    def g():\n        b = a\n        def h():\n            return b\n        return h\n    return g\n"
	code := rawCompile(t, strings.Replace(src, "b = a", "b = a; __pyshim_x__ = 1", 1))
	rep := replaySource(src, "<raw>", py.ExecMode)
	g := findCode(code, "g")
	if rep == nil || len(rep.children) != 1 || len(rep.children[0].children) != 1 {
		t.Fatalf("replay %v", rep)
	}
	if rep.children[0].children[0].matches(g, src) {
		t.Fatal("replay matched code compiled from other source")
	}
	if !rep.children[0].children[0].matches(findCode(rawCompile(t, src), "g"), src) {
		t.Fatal("replay did not match code compiled from the same source")
	}
}

// TestDerefNoFixNeeded: code without both cells and frees is not parsed
// again and not changed.
func TestDerefNoFixNeeded(t *testing.T) {
	src := "def f(a):\n    return [a + i for i in range(3)]\n"
	code := rawCompile(t, src)
	if needsDerefFix(code) {
		t.Fatal("needsDerefFix for code without cell+free scopes")
	}
	before := closureOps(findCode(code, "<listcomp>"))
	FixDerefs(code, "this is not python", "<raw>", py.ExecMode)
	if after := closureOps(findCode(code, "<listcomp>")); after != before || before != "LOAD_DEREF 0" {
		t.Fatalf("operands %q -> %q", before, after)
	}
}

// checkReplay compares the replay with the unfixed bytecode of every code
// object that has deref instructions; it returns how many it checked and
// a description of each disagreement.
func checkReplay(code *py.Code, rep *scopeReplay, src string) (n int, bad []string) {
	ins := decodeDerefs(code.Code)
	fam, _, ok := replaySlots(code, ins, rep, src)
	if len(fam) > 0 {
		n++
		if !ok {
			var got []string
			for _, j := range fam {
				got = append(got, fmt.Sprintf("%v %d", ins[j].op, ins[j].arg))
			}
			desc := "nil replay"
			if rep != nil {
				desc = fmt.Sprintf("replay %s %v cells %v frees %v", rep.name, rep.derefs, rep.cells, rep.frees)
			}
			d := fmt.Sprintf("%s (cells %v frees %v): %v; %s", code.Name, code.Cellvars, code.Freevars, got, desc)
			for _, name := range append(append([]string{}, code.Names...), code.Varnames...) {
				if strings.HasPrefix(name, "__pyshim_") && !strings.Contains(src, name) {
					d = "rewritten " + d
					break
				}
			}
			bad = append(bad, d)
		}
	}
	var subs []*py.Code
	for _, c := range code.Consts {
		if sub, ok := c.(*py.Code); ok {
			subs = append(subs, sub)
		}
	}
	for i, sub := range subs {
		var cr *scopeReplay
		if rep != nil && len(rep.children) == len(subs) {
			cr = rep.children[i]
		}
		k, b := checkReplay(sub, cr, src)
		n += k
		bad = append(bad, b...)
	}
	return n, bad
}

// TestDerefReplayCorpus: over every Python file of the project (the
// conformance corpus, real-world programs, scripts, embedded modules), the
// replay agrees with the compiler on every code object with deref
// instructions, except where another layer rewrote the source first.
func TestDerefReplayCorpus(t *testing.T) {
	var files []string
	filepath.Walk("../../..", func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasSuffix(p, ".py") {
			files = append(files, p)
		}
		return nil
	})
	checked, rewritten := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		out, err := prepass.Rewrite(string(b), f)
		if err != nil {
			continue
		}
		code, err := py.Compile(out, f, py.ExecMode, 0, true)
		if err != nil {
			continue
		}
		rep := replaySource(out, f, py.ExecMode)
		n, bad := checkReplay(code, rep, out)
		checked += n
		for _, d := range bad {
			if strings.HasPrefix(d, "rewritten ") {
				rewritten++
				continue
			}
			t.Errorf("%s: %s", f, d)
		}
	}
	if checked < 100 {
		t.Fatalf("only %d code objects with deref instructions checked", checked)
	}
	t.Logf("%d code objects with deref instructions agree with the replay (%d skipped: source rewritten by another layer)", checked, rewritten)
}

// benchSource is a 2,000-line program; with ambiguous set, every block has
// a scope with both cell and free variables and ambiguous operands, so
// the replay runs; otherwise no code object needs the fix.
func benchSource(ambiguous bool) string {
	var b strings.Builder
	block := `def table_%[1]d(rows, headers):
    sep = " | "
    w = [max(len(str(r[i])) for r in rows + [headers]) for i in range(len(headers))]
    out = []
    for r in rows:
        out.append(sep.join(str(c).ljust(w[i]) for i, c in enumerate(r)))
    def line(ch):
        n = sum(w) + len(sep) * (len(w) - 1)
        def fill():
            return ch * n + sep
        return fill()
    return "\n".join([line("-")] + out)
`
	if !ambiguous {
		block = `def table_%[1]d(rows, headers):
    sep = " | "
    w = []
    for i in range(len(headers)):
        w.append(max([len(str(r[i])) for r in rows]))
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            cells.append(str(c).ljust(w[i]))
        out.append(sep.join(cells))
    return "\n".join(out)
`
	}
	lines := 0
	for i := 0; lines < 2000; i++ {
		fmt.Fprintf(&b, block, i)
		lines += strings.Count(block, "\n")
	}
	return b.String()
}

func benchCompile(b *testing.B, ambiguous, fix bool) {
	src := benchSource(ambiguous)
	out, err := prepass.Rewrite(src, "<bench>")
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		code, err := py.Compile(out, "<bench>", py.ExecMode, 0, true)
		if err != nil {
			b.Fatal(err)
		}
		FixCells(code)
		if fix {
			FixDerefs(code, out, "<bench>", py.ExecMode)
		}
	}
}

// BenchmarkCompile2000Ambiguous* compile a 2,000-line file whose every
// function needs the replay, with and without the deref fix.
func BenchmarkCompile2000AmbiguousNoFix(b *testing.B) { benchCompile(b, true, false) }
func BenchmarkCompile2000AmbiguousFix(b *testing.B)   { benchCompile(b, true, true) }

// BenchmarkCompile2000Plain* compile a 2,000-line file that needs no fix
// (the common case: only the bytecode scan runs).
func BenchmarkCompile2000PlainNoFix(b *testing.B) { benchCompile(b, false, false) }
func BenchmarkCompile2000PlainFix(b *testing.B)   { benchCompile(b, false, true) }

// BenchmarkFixDerefs2000 times the fix alone (parse, symbol table, replay
// and rewrite) on the 2,000-line file that needs the replay everywhere.
func BenchmarkFixDerefs2000(b *testing.B) {
	out, err := prepass.Rewrite(benchSource(true), "<bench>")
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		code, err := py.Compile(out, "<bench>", py.ExecMode, 0, true)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		FixDerefs(code, out, "<bench>", py.ExecMode)
	}
}

// TestDerefReplayConstructs: for every statement and expression form, the
// replay agrees with gpython's compiler about the order of deref
// instructions in a scope that has both cells (c*) and free variables
// (f*), whose sorted indexes collide.
func TestDerefReplayConstructs(t *testing.T) {
	bodies := map[string]string{
		"assign":      "c1 = f1\nc2, *c3 = f2, f1, c1\nc1 = c2 = f2",
		"augassign":   "c1 = [0]\nc1[f1] += f2\nc2 = 1\nc2 += f1\nc3 = f2\nc3.x += c2",
		"delete":      "c1 = f1\ndel c1\nc2 = c3 = 0\ndel c2, c3",
		"for_while":   "for c1 in f1:\n    c2 = c1\nelse:\n    c3 = f2\nwhile c2 < f2:\n    c2 += f1\nelse:\n    c3 = c2",
		"if_ifexp":    "if f1 and not f2 or c1:\n    c2 = f1 if c1 else f2\nelif f2:\n    c3 = -f1\nelse:\n    c1 = f2",
		"try":         "try:\n    c1 = f1\nexcept f2 as c2:\n    c3 = c2\nexcept (f1, c1):\n    c3 = f1\nelse:\n    c3 = f2\nfinally:\n    c1 = f2",
		"with":        "with f1 as c1, f2 as (c2, c3):\n    c1 = c2\nwith c1:\n    pass",
		"raise":       "c1 = c2 = c3 = 0\nraise f1 from c1",
		"assert":      "c1 = c2 = c3 = 0\nassert f1 < c1 <= f2 != c2, (c3, f1)",
		"import":      "import c1\nimport c2.sub\nimport os as c3\nfrom f1 import c1 as c2\nc3 = f2",
		"calls":       "c1 = f1(c2, f2, *c3, k=f1, **c1)\nc2 = c3 = 0\nc2 = f2.m(c2)[f1:c3:c1, f2]",
		"containers":  "c1 = {f1: c2, c3: f2}\nc2 = {f1, c1}\nc3 = [f1, c1, (f2, c2)]",
		"slices":      "c1 = c2 = c3 = 0\nf1[c1:f2] = c2\nc3 = f2[::c1]\ndel f1[c2]",
		"return":      "c1 = c2 = c3 = f1\nreturn f2 + c1",
		"yield":       "c1 = c2 = c3 = f1\nc2 = yield f2\nyield",
		"nested_def":  "c3 = 0\n@f1(c3)\ndef c1(a=f2, *b, k=c3, **kw) -> f1:\n    return c1, c2, c3, f2\nc2 = lambda x=f1: x + c1",
		"nested_cls":  "c2 = c3 = 0\n@f2\nclass c1(f1, c2, metaclass=c3):\n    '''doc'''\n    x = f2\n    def m(self):\n        return super().m(), c1, f1",
		"comps":       "c1 = c2 = c3 = 0\nc1 = [c2 + x for x in f1 if x != c3 for y in f2 if y]\nc2 = {k: f2 for k in c1}\nc3 = {f1 for _ in c2}\nc1 = list(x + c3 for x in f1)",
		"docstring":   "'''doc'''\nc1 = c2 = c3 = f1 + f2",
		"global_pass": "global g\nc1 = c2 = c3 = f1\nfor x in c1:\n    if x:\n        continue\n    break\npass\ng = f2",
	}
	for name, body := range bodies {
		t.Run(name, func(t *testing.T) {
			ind := "        " + strings.ReplaceAll(body, "\n", "\n        ")
			src := "def outer(f1, f2):\n    def mid():\n" + ind +
				"\n        def use():\n            return c1, c2, c3\n        return use\n    return mid\n"
			code := rawCompile(t, src)
			mid := findCode(code, "mid")
			if mid == nil || len(mid.Cellvars) == 0 || len(mid.Freevars) == 0 {
				t.Fatalf("mid has cells %v frees %v", mid.Cellvars, mid.Freevars)
			}
			rep := replaySource(src, "<raw>", py.ExecMode)
			n, bad := checkReplay(code, rep, src)
			if len(bad) > 0 || n < 2 {
				t.Fatalf("%d checked, disagreements: %v", n, bad)
			}
		})
	}
}

// TestDerefCompiledSourceHook: when a lower layer rewrote the source, the
// replay needs the rewritten text (CompiledSource); without it the
// ambiguous operands of the affected code object are left alone.
func TestDerefCompiledSourceHook(t *testing.T) {
	src := "def outer(tag, deco):\n    def mid():\n        count = 10\n        @deco\n        def inner(x, y=1):\n            return count + x + y\n        return inner(1), tag\n    return mid\n"
	rewritten := strings.Replace(src, "        @deco\n", "        __pyshim_d4_0__ = deco\n", 1)
	rewrite := func(s, desc string, mode py.CompileMode) string {
		return strings.Replace(s, "        @deco\n", "        __pyshim_d4_0__ = deco\n", 1)
	}
	defer func(prev func(string, string, py.CompileMode) string) { CompiledSource = prev }(CompiledSource)
	// mid: cells [count], frees [deco tag]; "tag" (free 1) is unambiguous,
	// "deco" (free 0) collides with cell "count".
	want := map[bool]string{
		false: "STORE_DEREF 0, LOAD_DEREF 0, LOAD_CLOSURE 0, LOAD_DEREF 2",
		true:  "STORE_DEREF 0, LOAD_DEREF 1, LOAD_CLOSURE 0, LOAD_DEREF 2",
	}
	for _, hook := range []bool{false, true} {
		CompiledSource = nil
		if hook {
			CompiledSource = rewrite
		}
		code := rawCompile(t, rewritten)
		mid := findCode(code, "mid")
		if fmt.Sprint(mid.Cellvars, mid.Freevars) != "[count] [deco tag]" {
			t.Fatalf("cells/frees %v %v", mid.Cellvars, mid.Freevars)
		}
		FixDerefs(code, src, "<raw>", py.ExecMode)
		if got := closureOps(mid); got != want[hook] {
			t.Errorf("hook %v: operands %q, want %q", hook, got, want[hook])
		}
	}
}

// BenchmarkFixDerefsPlain2000 times the fix on the 2,000-line file that
// needs nothing (the scan that decides to do nothing).
func BenchmarkFixDerefsPlain2000(b *testing.B) {
	out, err := prepass.Rewrite(benchSource(false), "<bench>")
	if err != nil {
		b.Fatal(err)
	}
	code, err := py.Compile(out, "<bench>", py.ExecMode, 0, true)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		FixDerefs(code, out, "<bench>", py.ExecMode)
	}
}
