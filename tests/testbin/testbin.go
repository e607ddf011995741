// Package testbin builds the gowikibot binary once per test process for
// tests that run it as a whole process, and runs it (Run, PythonCase).
// record.sh beside it records CPython's output for PythonCase's tests.
package testbin

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"
)

var (
	once sync.Once
	path string
	err  error
	out  []byte
)

// Gowikibot returns the path of a freshly built gowikibot binary. It is
// built into one fixed file per source tree in the temporary directory
// (so that runs leave nothing new behind), through a temporary name and a
// rename, so that test processes of other packages building at the same
// time each see a whole binary.
func Gowikibot(t testing.TB) string {
	t.Helper()
	once.Do(func() {
		_, self, _, _ := runtime.Caller(0)
		root := filepath.Clean(filepath.Join(filepath.Dir(self), "..", ".."))
		sum := sha256.Sum256([]byte(root))
		dir := filepath.Join(os.TempDir(), "gowikibot-testbin-"+hex.EncodeToString(sum[:6]))
		if err = os.MkdirAll(dir, 0o755); err != nil {
			return
		}
		path = filepath.Join(dir, "gowikibot")
		tmp := path + "." + strconv.Itoa(os.Getpid())
		cmd := exec.Command("go", "build", "-o", tmp, "./cmd/gowikibot")
		cmd.Dir = root
		if out, err = cmd.CombinedOutput(); err != nil {
			os.Remove(tmp)
			return
		}
		err = os.Rename(tmp, path)
	})
	if err != nil {
		t.Fatalf("building gowikibot: %v\n%s", err, out)
	}
	return path
}
