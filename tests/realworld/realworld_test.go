// Package realworld runs longer stdlib-only Python programs (written for
// this project in the style of public code) through "gowikibot python" and
// compares their output with CPython's, recorded beside each program in
// NAME.out by tests/testbin/record.sh. Programs listed in known-failures.txt (with the
// reason) are skipped until the layer they need lands.
package realworld

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

func knownFailures(t *testing.T) map[string]string {
	m := map[string]string{}
	data, err := os.ReadFile("known-failures.txt")
	if err != nil {
		return m
	}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, ":")
		m[strings.TrimSpace(name)] = strings.TrimSpace(reason)
	}
	return m
}

func TestRealWorld(t *testing.T) {
	testbin.Gowikibot(t) // build it before the subtests
	files, _ := filepath.Glob("*.py")
	sort.Strings(files)
	if len(files) < 10 {
		t.Fatalf("expected at least 10 programs, found %d", len(files))
	}
	known := knownFailures(t)
	pass := 0
	for _, f := range files {
		name := strings.TrimSuffix(f, ".py")
		want, err := os.ReadFile(name + ".out")
		if err != nil {
			t.Errorf("%s: no recorded output (run tests/testbin/record.sh): %v", name, err)
			continue
		}
		t.Run(name, func(t *testing.T) {
			if reason, ok := known[name]; ok {
				t.Skipf("known failure: %s", reason)
			}
			got := testbin.PythonCase(t, f, "")
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from CPython\n--- want\n%s\n--- got\n%s", want, got)
				return
			}
			pass++
		})
	}
	t.Logf("real world: %d of %d programs identical to CPython", pass, len(files))
}
