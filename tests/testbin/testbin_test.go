package testbin

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The binary is built into one fixed file per source tree (no new
// temporary directory per run, no leftover temporary name), and
// PythonCase reports a failing program as record.sh does.
func TestBuildLeavesNothingBehind(t *testing.T) {
	bin := Gowikibot(t)
	dir := filepath.Dir(bin)
	if filepath.Dir(dir) != filepath.Clean(os.TempDir()) || !strings.HasPrefix(filepath.Base(dir), "gowikibot-testbin-") {
		t.Fatalf("binary at %s, want %s/gowikibot-testbin-*/gowikibot", bin, os.TempDir())
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), "gowikibot.") {
			t.Errorf("temporary build output left behind: %s", e.Name())
		}
	}
	prog := filepath.Join(t.TempDir(), "fail.py")
	if err := os.WriteFile(prog, []byte("import sys\nprint(sys.stdin.read().upper(), end='')\nraise ValueError('bad')\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := string(PythonCase(t, prog, "in\n"))
	if want := "IN\n[exit 1]\nValueError: bad\n"; got != want {
		t.Errorf("PythonCase = %q, want %q", got, want)
	}
}
