// Package rewritetest holds the checks shared by the tests of the layers
// that rewrite gpython's code objects with pooled working memory
// (methods.PatchCode, classes' for-loop fix): the memory is reused without
// changing the result, and a rewrite allocates little besides its output.
package rewritetest

import (
	"runtime"
	"strings"
	"testing"

	"github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"
)

// Raw is src compiled by gpython's compiler alone (no rewrite).
func Raw(t *testing.T, src string) *py.Code {
	t.Helper()
	code, err := compile.Compile(src, "<scratch>", py.ExecMode, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	return code
}

// Bytes is the bytecode and line table of code and its nested code.
func Bytes(code *py.Code) string {
	var b strings.Builder
	b.WriteString(code.Code)
	b.WriteString("|")
	b.WriteString(code.Lnotab)
	for _, c := range code.Consts {
		if sub, ok := c.(*py.Code); ok {
			b.WriteString("{" + Bytes(sub) + "}")
		}
	}
	return b.String()
}

// ScratchReuse checks that rewrite gives small's code the same bytes when
// it runs after rewriting big's (whose larger code left bigger, filled
// buffers behind) as when it runs first.
func ScratchReuse(t *testing.T, name string, rewrite func(*py.Code), small, big string) {
	t.Helper()
	first := Raw(t, small)
	rewrite(first)
	want := Bytes(first)
	if want == Bytes(Raw(t, small)) {
		t.Fatalf("%s rewrote nothing: the test's source no longer exercises it", name)
	}
	rewrite(Raw(t, big))
	again := Raw(t, small)
	rewrite(again)
	if got := Bytes(again); got != want {
		t.Fatalf("rewritten after a larger module:\n got %q\nwant %q", got, want)
	}
}

// BytesPerCode checks that rewrite allocates at most 4 bytes a byte of
// code plus 1 KiB for each of 20 copies of the function src defines
// (minSize: the least bytes of code the function must have for the check
// to mean something).
func BytesPerCode(t *testing.T, name string, rewrite func(*py.Code), src string, minSize int) {
	t.Helper()
	var codes []*py.Code
	for i := 0; i < 20; i++ {
		for _, c := range Raw(t, src).Consts {
			if f, ok := c.(*py.Code); ok {
				codes = append(codes, f)
			}
		}
	}
	size := len(codes[0].Code)
	if size < minSize {
		t.Fatalf("function too small for the test: %d bytes of code", size)
	}
	rewrite(Raw(t, src)) // the scratch exists
	// on one processor: TotalAlloc counts the whole process's allocations
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for _, c := range codes {
		rewrite(c)
	}
	runtime.ReadMemStats(&after)
	per := int(after.TotalAlloc-before.TotalAlloc) / len(codes)
	if limit := 4*size + 1024; per > limit {
		t.Fatalf("%s allocated %d bytes a function of %d bytes of code (limit %d)", name, per, size, limit)
	}
	t.Logf("%d bytes allocated a function of %d bytes of code", per, size)
}
