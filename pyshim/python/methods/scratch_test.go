package methods

import (
	"runtime"
	"strings"
	"testing"

	"github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"
)

// rawCode is src compiled by gpython's compiler alone (no rewrite).
func rawCode(t *testing.T, src string) *py.Code {
	t.Helper()
	code, err := compile.Compile(src, "<scratch>", py.ExecMode, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	return code
}

// codeBytes is the bytecode and line table of code and its nested code.
func codeBytes(code *py.Code) string {
	var b strings.Builder
	b.WriteString(code.Code)
	b.WriteString("|")
	b.WriteString(code.Lnotab)
	for _, c := range code.Consts {
		if sub, ok := c.(*py.Code); ok {
			b.WriteString("{" + codeBytes(sub) + "}")
		}
	}
	return b.String()
}

const scratchSmall = `def f(a, b):
    try:
        return a % b + (a == b)
    except ZeroDivisionError:
        return a is b
    finally:
        a += 1
`

// scratchBig is a module of many functions with larger code than
// scratchSmall's, each rewritten by PatchCode.
func scratchBig() string {
	var b strings.Builder
	for i := 0; i < 60; i++ {
		b.WriteString("def g" + string(rune('a'+i%26)) + "(x, y=2, **kw):\n")
		for j := 0; j < 12; j++ {
			b.WriteString("    x = x % y + (x == y) + (x | y)\n")
		}
		b.WriteString("    with open(x) as f:\n        yield x in kw\n    return x\n")
	}
	return b.String()
}

// PatchCode's working memory is reused from one code object to the next:
// a code object rewritten after larger ones (whose decoding left bigger,
// filled buffers behind) comes out exactly as when rewritten first.
func TestPatchCodeScratchReuse(t *testing.T) {
	first := rawCode(t, scratchSmall)
	PatchCode(first)
	want := codeBytes(first)
	if want == codeBytes(rawCode(t, scratchSmall)) {
		t.Fatal("PatchCode rewrote nothing: the test's source no longer exercises it")
	}
	PatchCode(rawCode(t, scratchBig()))
	again := rawCode(t, scratchSmall)
	PatchCode(again)
	if got := codeBytes(again); got != want {
		t.Fatalf("rewritten after a larger module:\n got %q\nwant %q", got, want)
	}
}

// PatchCode's own memory is reused: rewriting a function allocates its
// new bytecode and line table and little else (before the scratch, about
// 100 bytes an instruction for the decoded instructions, the offset
// index and the jump targets, besides).
func TestPatchCodeBytesPerCode(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector drops pooled scratches at random")
	}
	var src strings.Builder
	src.WriteString("def f(x, y):\n")
	for j := 0; j < 30; j++ {
		src.WriteString("    x = x % y + (x == y)\n")
	}
	var codes []*py.Code
	for i := 0; i < 20; i++ {
		for _, c := range rawCode(t, src.String()).Consts {
			if f, ok := c.(*py.Code); ok {
				codes = append(codes, f)
			}
		}
	}
	size := len(codes[0].Code)
	if size < 300 {
		t.Fatalf("function too small for the test: %d bytes of code", size)
	}
	PatchCode(rawCode(t, src.String())) // the scratch exists
	// on one processor: TotalAlloc counts the whole process's allocations
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for _, c := range codes {
		PatchCode(c)
	}
	runtime.ReadMemStats(&after)
	per := int(after.TotalAlloc-before.TotalAlloc) / len(codes)
	if limit := 4*size + 1024; per > limit {
		t.Fatalf("PatchCode allocated %d bytes a function of %d bytes of code (limit %d)", per, size, limit)
	}
	t.Logf("%d bytes allocated a function of %d bytes of code", per, size)
}
