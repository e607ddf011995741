// Package pyprog runs the Python test programs of tests/pywikibot/textlib
// and tests/pywikibot/i18n through "gowikibot python" and compares their
// output with the output recorded from pywikibot 9.6.3 on CPython.
package pyprog

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// Run runs file (in its own directory) with "gowikibot python" and
// returns its stdout, followed for a non-zero exit by "[exit N]" and the
// last line of stderr, as tests/testbin/record.sh does for CPython.
func Run(t testing.TB, file string, env ...string) []byte {
	t.Helper()
	return testbin.PythonCase(t, file, "", env...)
}

// CompareAll runs every *.py program of dir that has a recorded *.out and
// fails on any difference; it returns the number of recorded output lines
// (one checked value per line).
func CompareAll(t *testing.T, dir string, env ...string) int {
	progs, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	sort.Strings(progs)
	checks := 0
	ran := 0
	for _, p := range progs {
		want, err := os.ReadFile(strings.TrimSuffix(p, ".py") + ".out")
		if err != nil {
			continue // a helper module, not a test program
		}
		ran++
		name := strings.TrimSuffix(filepath.Base(p), ".py")
		t.Run(name, func(t *testing.T) {
			got := Run(t, p, env...)
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from pywikibot 9.6.3\n%s", diff(want, got))
			}
		})
		checks += bytes.Count(want, []byte("\n"))
	}
	if ran == 0 {
		t.Fatalf("no test programs with recorded output in %s", dir)
	}
	return checks
}

// diff lists the first differing lines of want and got.
func diff(want, got []byte) string {
	w := strings.Split(string(want), "\n")
	g := strings.Split(string(got), "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			b.WriteString("line " + strconv.Itoa(i+1) + ":\n  want " + strconv.Quote(a) + "\n  got  " + strconv.Quote(c) + "\n")
			if shown++; shown == 8 {
				break
			}
		}
	}
	return b.String()
}
