package python

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// pthDirs reads the directory's .pth files in name order (a file named
// just ".pth" included, other names not), keeps the existing directories
// they list (relative ones from the directory) and skips comments and
// import lines.
func TestPthDirs(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"rel", "other", "abs/x"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	abs := filepath.Join(dir, "abs", "x")
	files := map[string]string{
		"b.pth":     "# a comment\nrel\n\nimport site\nimport\tx\nmissing\n",
		"a.pth":     "  other  \n" + abs + "\n",
		".pth":      "rel\n",
		"c.pth.txt": "other\n",
		"d.PTH":     "other\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "e.pth"), 0o755); err != nil { // a directory: unreadable as a file
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "rel"), filepath.Join(dir, "other"), abs, filepath.Join(dir, "rel")}
	if got := pthDirs(dir); !reflect.DeepEqual(got, want) {
		t.Fatalf("pthDirs = %q, want %q", got, want)
	}
	if got := pthDirs(filepath.Join(dir, "none")); len(got) != 0 {
		t.Fatalf("pthDirs of a missing directory = %q", got)
	}
}
