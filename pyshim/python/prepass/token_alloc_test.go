package prepass

import (
	"runtime"
	"strings"
	"testing"
	"unsafe"
)

// Dense code (3 to 4 bytes a token; bench/interp's generated 2,000-line
// file has 3.1) is tokenized into one slice allocated once: the slice is
// not grown and copied on the way.
func TestTokenizeDenseCodeAllocatesOnce(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 3000; i++ {
		b.WriteString("value = 1995\n")
	}
	src := b.String()
	li := newLineIndex(src)
	toks, err := tokenize(src, 0, len(src), 0, li)
	if err != nil {
		t.Fatal(err)
	}
	if per := float64(len(src)) / float64(len(toks)); per < 3 || per >= 4 {
		t.Fatalf("the test's source has %.2f bytes a token, not 3 to 4", per)
	}
	// the least of a few runs on one processor: TotalAlloc counts the
	// whole process's allocations (other tests' goroutines too)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	got := ^uint64(0)
	for i := 0; i < 5; i++ {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		toks, _ = tokenize(src, 0, len(src), 0, li)
		runtime.ReadMemStats(&after)
		got = min(got, after.TotalAlloc-before.TotalAlloc)
	}
	// a quarter more than the slice rounded up to whole pages (main's
	// sizing grew it: 1.7 times)
	limit := uint64(cap(toks)) * uint64(unsafe.Sizeof(tok{})) * 5 / 4
	if got > limit || cap(toks) > len(src)/3+4 {
		t.Fatalf("tokenize allocated %d bytes for %d tokens (cap %d; limit %d bytes)", got, len(toks), cap(toks), limit)
	}
}
