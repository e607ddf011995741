// Package testbin builds the gowikibot binary once per test process for
// tests that run it as a whole process.
package testbin

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

var (
	once sync.Once
	path string
	err  error
	out  []byte
)

// Gowikibot returns the path of a freshly built gowikibot binary.
func Gowikibot(t testing.TB) string {
	t.Helper()
	once.Do(func() {
		_, self, _, _ := runtime.Caller(0)
		root := filepath.Join(filepath.Dir(self), "..", "..")
		dir, e := os.MkdirTemp("", "gowikibot-bin-")
		if e != nil {
			err = e
			return
		}
		path = filepath.Join(dir, "gowikibot")
		cmd := exec.Command("go", "build", "-o", path, "./cmd/gowikibot")
		cmd.Dir = root
		out, err = cmd.CombinedOutput()
	})
	if err != nil {
		t.Fatalf("building gowikibot: %v\n%s", err, out)
	}
	return path
}
