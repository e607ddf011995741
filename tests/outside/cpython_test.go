package outside

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// cpythonCases are scripts in testdata whose output under CPython 3.11
// (/usr/bin/python3 FILE, run in the file's directory) is recorded beside
// them in NAME.cpython.out.
var cpythonCases = []string{"nspkg/main.py", "literal/main.py", "argparse_flags/main.py", "os_seek/main.py"}

func TestAgainstCPython(t *testing.T) {
	for _, file := range cpythonCases {
		t.Run(file, func(t *testing.T) {
			path := filepath.Join("testdata", file)
			want, err := os.ReadFile(path[:len(path)-len(".py")] + ".cpython.out")
			if err != nil {
				t.Fatal(err)
			}
			if got := testbin.PythonCase(t, path, ""); string(got) != string(want) {
				t.Errorf("gowikibot python %s:\n%s\nCPython 3.11:\n%s", file, got, want)
			}
		})
	}
}
