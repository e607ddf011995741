package codecache_test

import (
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/codecache"
)

// An embedded source is read only to compile it: a run that finds its
// entry neither reads nor hashes it, and its entry is not the entry of the
// same text passed in full.
func TestCompileEmbeddedReadsSourceOnlyToCompile(t *testing.T) {
	useCacheDir(t)
	compile, n := counting(t)
	reads := 0
	source := func() string { reads++; return modSrc }
	get := func(file string) *py.Code {
		t.Helper()
		c, err := codecache.CompileEmbedded(compile, source, file, py.ExecMode, 0, true)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	first := get("<gowikibot>/m.py")
	if reads != 1 || n.Load() != 1 || len(entries(t)) != 1 {
		t.Fatalf("first: %d reads, %d compiles, entries %v", reads, n.Load(), entries(t))
	}
	second := get("<gowikibot>/m.py")
	if reads != 1 || n.Load() != 1 {
		t.Fatalf("cached: the source was read %d times, compiled %d times (want 1, 1)", reads, n.Load())
	}
	if second == first || second.Name != first.Name || second.Code != first.Code {
		t.Fatal("the cached entry did not decode to an equal code object")
	}
	get("<gowikibot>/other.py")
	if reads != 2 || n.Load() != 2 {
		t.Fatalf("another file: %d reads, %d compiles (want 2, 2)", reads, n.Load())
	}
	// the same text given in full (compile() of a program) has its own
	// entry: the embedded entry never answers for a text it did not read
	if _, err := codecache.Compile(compile, modSrc, "<gowikibot>/m.py", py.ExecMode, 0, true); err != nil {
		t.Fatal(err)
	}
	if n.Load() != 3 || len(entries(t)) != 3 {
		t.Fatalf("full text: %d compiles, entries %v (want 3, 3)", n.Load(), entries(t))
	}
	// another build of the binary never sees these entries
	restore := codecache.SetBinaryVersion("go:another-build")
	get("<gowikibot>/m.py")
	restore()
	if reads != 3 || n.Load() != 4 {
		t.Fatalf("another build: %d reads, %d compiles (want 3, 4)", reads, n.Load())
	}
	// a syntax error is returned each time, nothing stored
	bad := func() string { return "def (:\n" }
	for i := 0; i < 2; i++ {
		if _, err := codecache.CompileEmbedded(compile, bad, "<gowikibot>/bad.py", py.ExecMode, 0, true); err == nil {
			t.Fatal("no error for a syntax error")
		}
	}
	if n.Load() != 6 {
		t.Fatalf("syntax error: %d compiles, want 6", n.Load())
	}
}

// With the cache off the source is read and compiled every time.
func TestCompileEmbeddedCacheOff(t *testing.T) {
	t.Setenv(codecache.EnvDir, "off")
	codecache.ResetDir()
	t.Cleanup(codecache.ResetDir)
	compile, n := counting(t)
	reads := 0
	for i := 1; i <= 2; i++ {
		c, err := codecache.CompileEmbedded(compile, func() string { reads++; return modSrc }, "<gowikibot>/m.py", py.ExecMode, 0, true)
		if err != nil || c == nil || reads != i || n.Load() != int32(i) {
			t.Fatalf("run %d: err %v, %d reads, %d compiles", i, err, reads, n.Load())
		}
	}
}
