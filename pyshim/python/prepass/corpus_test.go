package prepass

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCorpus rewrites every .py file under $CORPUS (for example
// /usr/lib/python3.11) and checks that the line count is kept and that
// gpython compiles the result; it reports the errors by kind. The test/
// directories are left out unless $CORPUS_TESTS is set (CPython's own
// test suite: a source tree's Lib, or a pyenv build's lib/python3.11).
func TestCorpus(t *testing.T) {
	dir := os.Getenv("CORPUS")
	if dir == "" {
		t.Skip("a manual check: set CORPUS to a directory of Python files (e.g. /usr/lib/python3.11)")
	}
	var files []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(p, ".py") && !strings.Contains(p, "lib2to3/tests/data") && (os.Getenv("CORPUS_TESTS") != "" || !strings.Contains(p, "/test/")) {
			files = append(files, p)
		}
		return nil
	})
	counts := map[string]int{}
	ok := 0
	for _, f := range files {
		b, _ := os.ReadFile(f)
		src := string(b)
		out, err := Rewrite(src, f)
		if err != nil {
			msg := err.Error()
			if e, isE := err.(interface{ Error() string }); isE {
				msg = e.Error()
			}
			lines := strings.Split(strings.TrimSpace(msg), "\n")
			counts["REWRITE "+lines[len(lines)-1]]++
			if os.Getenv("V") != "" {
				t.Logf("%s: %s", f, msg)
			}
			continue
		}
		if full, err := rewrite(src, f, true); err == nil && full != out {
			t.Errorf("%s: the fast path skipped a rewrite", f)
		}
		if strings.Count(out, "\n") != strings.Count(src, "\n") {
			t.Errorf("%s: line count", f)
		}
		if _, err := compileQuiet(out); err != nil {
			lines := strings.Split(strings.TrimSpace(err.Error()), "\n")
			counts["COMPILE "+lines[len(lines)-1]]++
			if os.Getenv("V") != "" {
				t.Logf("%s: %s", f, err)
			}
			continue
		}
		ok++
	}
	t.Logf("%d of %d compile", ok, len(files))
	for k, v := range counts {
		t.Logf("%4d %s", v, k)
	}
}
