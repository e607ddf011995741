// Package conformance runs the differential conformance corpus: every
// cases/*.py program is run by "gowikibot python" and its stdout and exit
// status are compared with the CPython output recorded beside it in
// cases/*.out (recorded by tests/testbin/record.sh; the test itself needs no CPython).
package conformance

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

func TestConformance(t *testing.T) {
	testbin.Gowikibot(t) // build it before the subtests
	cases, _ := filepath.Glob("cases/*.py")
	sort.Strings(cases)
	if len(cases) == 0 {
		t.Fatal("no conformance cases found in cases/")
	}
	// The embedded modules' compiled code is cached between runs
	// (pyshim/python/codecache): the corpus runs in a cache of its own,
	// first empty (the first import of a module compiles and stores it,
	// later ones load it), then again for the cases that import something,
	// every embedded module now loaded from the cache.
	cacheDir := t.TempDir()
	cache := "GOWIKIBOT_CODE_CACHE=" + cacheDir
	pass := 0
	for _, c := range cases {
		name := strings.TrimSuffix(filepath.Base(c), ".py")
		want, err := os.ReadFile(strings.TrimSuffix(c, ".py") + ".out")
		if err != nil {
			t.Errorf("%s: no recorded output (run tests/testbin/record.sh): %v", name, err)
			continue
		}
		t.Run(name, func(t *testing.T) {
			got := testbin.PythonCase(t, c, "line one\nline two\n", cache)
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from CPython\n--- want\n%s\n--- got\n%s", want, got)
				return
			}
			pass++
		})
	}
	t.Logf("conformance: %d of %d cases identical to CPython", pass, len(cases))
	if entries, _ := filepath.Glob(filepath.Join(cacheDir, "code-*", "*")); len(entries) < 20 {
		t.Errorf("the corpus left %d entries in the code cache; the embedded modules it imports are not cached", len(entries))
	}
	for _, c := range cases {
		name := strings.TrimSuffix(filepath.Base(c), ".py")
		src, _ := os.ReadFile(c)
		want, err := os.ReadFile(strings.TrimSuffix(c, ".py") + ".out")
		if err != nil || !importRe.Match(src) {
			continue
		}
		t.Run("cached/"+name, func(t *testing.T) {
			got := testbin.PythonCase(t, c, "line one\nline two\n", cache)
			if !bytes.Equal(got, want) {
				t.Errorf("with the embedded modules loaded from the code cache, output differs from CPython\n--- want\n%s\n--- got\n%s", want, got)
			}
		})
	}
}

// importRe finds an import statement.
var importRe = regexp.MustCompile(`(?m)^\s*(import|from)\s`)
