package codecache_test

import (
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/codecache"
)

// OnCompile runs once per source compiled, never for one loaded from the
// cache; with the cache off every compilation counts.
func TestOnCompile(t *testing.T) {
	compile, n := counting(t)
	calls := 0
	defer func(f func()) { codecache.OnCompile = f }(codecache.OnCompile)
	codecache.OnCompile = func() {
		calls++
		if int(n.Load()) != calls-1 {
			t.Errorf("OnCompile ran after the compilation (%d compiles, call %d)", n.Load(), calls)
		}
	}
	embedded := func(file string) {
		t.Helper()
		if _, err := codecache.CompileEmbedded(compile, func() string { return modSrc }, file, py.ExecMode, 0, true); err != nil {
			t.Fatal(err)
		}
	}
	full := func(file string) {
		t.Helper()
		if _, err := codecache.Compile(compile, modSrc, file, py.ExecMode, 0, true); err != nil {
			t.Fatal(err)
		}
	}

	useCacheDir(t)
	embedded("<gowikibot>/m.py")
	full("<frozen m>")
	if calls != 2 || n.Load() != 2 {
		t.Fatalf("empty cache: %d calls, %d compiles (want 2, 2)", calls, n.Load())
	}
	embedded("<gowikibot>/m.py")
	full("<frozen m>")
	if calls != 2 || n.Load() != 2 {
		t.Fatalf("filled cache: %d calls, %d compiles (want 2, 2)", calls, n.Load())
	}

	t.Setenv(codecache.EnvDir, "off")
	codecache.ResetDir()
	embedded("<gowikibot>/m.py")
	full("<frozen m>")
	if calls != 4 || n.Load() != 4 {
		t.Fatalf("cache off: %d calls, %d compiles (want 4, 4)", calls, n.Load())
	}
}
