package auth

import (
	"os"
	"path/filepath"
	"testing"
)

// WriteFileAtomic flushes the new file to the disk before the rename;
// ReplaceFile does not, and otherwise writes the same file: the content,
// the mode, no temporary file left beside it.
func TestReplaceFileSkipsOnlyTheFlush(t *testing.T) {
	defer func(f func(*os.File) error) { syncFile = f }(syncFile)
	flushes := 0
	syncFile = func(f *os.File) error { flushes++; return f.Sync() }
	for _, c := range []struct {
		write   func(string, []byte, os.FileMode) error
		flushes int
	}{{WriteFileAtomic, 1}, {ReplaceFile, 0}} {
		flushes = 0
		dir := t.TempDir()
		path := filepath.Join(dir, "throttle.ctrl")
		if err := os.WriteFile(path, []byte("old\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := c.write(path, []byte("new\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if flushes != c.flushes {
			t.Errorf("%d flushes, want %d", flushes, c.flushes)
		}
		b, err := os.ReadFile(path)
		st, err2 := os.Stat(path)
		if err != nil || err2 != nil || string(b) != "new\n" || st.Mode().Perm() != 0o644 {
			t.Fatalf("file %q %v, %v %v", b, st.Mode(), err, err2)
		}
		if ents, _ := os.ReadDir(dir); len(ents) != 1 {
			t.Fatalf("left beside it: %v", ents)
		}
	}
}
