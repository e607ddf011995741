package classes

import (
	"runtime"
	"strings"
	"testing"

	"github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"
)

// rawLoopCode is src compiled by gpython's compiler alone (no rewrite).
func rawLoopCode(t *testing.T, src string) *py.Code {
	t.Helper()
	code, err := compile.Compile(src, "<loops>", py.ExecMode, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	return code
}

// loopBytes is the bytecode and line table of code and its nested code.
func loopBytes(code *py.Code) string {
	var b strings.Builder
	b.WriteString(code.Code + "|" + code.Lnotab)
	for _, c := range code.Consts {
		if sub, ok := c.(*py.Code); ok {
			b.WriteString("{" + loopBytes(sub) + "}")
		}
	}
	return b.String()
}

const loopSmall = `def f(xs):
    for x in xs:
        if x:
            break
    return [y for y in xs]
`

// loopBig is a module of functions with more and longer loops than
// loopSmall's.
func loopBig() string {
	var b strings.Builder
	for i := 0; i < 40; i++ {
		b.WriteString("def g(xs):\n    t = 0\n")
		for j := 0; j < 8; j++ {
			b.WriteString("    for x in xs:\n        for y in x:\n            t += y\n        else:\n            t -= 1\n")
		}
		b.WriteString("    return t\n")
		// short loops: exits at many small offsets
		b.WriteString("def h(xs):\n")
		for j := 0; j < 30; j++ {
			b.WriteString("    for x in xs:\n        pass\n")
		}
	}
	return b.String()
}

// fixForLoops's working memory is reused from one code object to the
// next: code rewritten after larger code (whose loops left filled exit
// flags and offset maps behind) comes out exactly as when rewritten first.
func TestFixForLoopsScratchReuse(t *testing.T) {
	first := rawLoopCode(t, loopSmall)
	fixForLoops(first)
	want := loopBytes(first)
	if want == loopBytes(rawLoopCode(t, loopSmall)) {
		t.Fatal("fixForLoops rewrote nothing: the test's source no longer exercises it")
	}
	fixForLoops(rawLoopCode(t, loopBig()))
	again := rawLoopCode(t, loopSmall)
	fixForLoops(again)
	if got := loopBytes(again); got != want {
		t.Fatalf("rewritten after a larger module:\n got %q\nwant %q", got, want)
	}
}

// Rewriting a function's loops allocates its new bytecode and line table
// and little else (before the scratch, about 40 bytes a byte of code for
// the decoded and rewritten instructions, the exits and the offset map).
func TestFixForLoopsBytesPerCode(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector drops pooled scratches at random")
	}
	var src strings.Builder
	src.WriteString("def f(xs):\n    t = 0\n")
	for j := 0; j < 12; j++ {
		src.WriteString("    for x in xs:\n        t += x\n")
	}
	var codes []*py.Code
	for i := 0; i < 20; i++ {
		for _, c := range rawLoopCode(t, src.String()).Consts {
			if f, ok := c.(*py.Code); ok {
				codes = append(codes, f)
			}
		}
	}
	size := len(codes[0].Code)
	if size < 200 {
		t.Fatalf("function too small for the test: %d bytes of code", size)
	}
	fixForLoops(rawLoopCode(t, src.String())) // the scratch exists
	// on one processor: TotalAlloc counts the whole process's allocations
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for _, c := range codes {
		fixForLoops(c)
	}
	runtime.ReadMemStats(&after)
	per := int(after.TotalAlloc-before.TotalAlloc) / len(codes)
	if limit := 4*size + 1024; per > limit {
		t.Fatalf("fixForLoops allocated %d bytes a function of %d bytes of code (limit %d)", per, size, limit)
	}
	t.Logf("%d bytes allocated a function of %d bytes of code", per, size)
}
