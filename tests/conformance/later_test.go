package conformance

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// TestLaterCPython runs the later/*.py programs, which use what CPython
// 3.11 gained after Debian's 3.11.2 (record.sh's /usr/bin/python3), and
// compares their output with CPython 3.11.7's recorded beside them, made in
// later/ with
//
//	PYTHONHASHSEED=0 python3.11 NAME.py > NAME.out   (CPython 3.11.4 or newer)
func TestLaterCPython(t *testing.T) {
	testbin.Gowikibot(t)
	cases, _ := filepath.Glob("later/*.py")
	if len(cases) == 0 {
		t.Fatal("no cases in later/")
	}
	for _, c := range cases {
		name := strings.TrimSuffix(filepath.Base(c), ".py")
		want, err := os.ReadFile(strings.TrimSuffix(c, ".py") + ".out")
		if err != nil {
			t.Errorf("%s: no recorded output: %v", name, err)
			continue
		}
		t.Run(name, func(t *testing.T) {
			got := testbin.PythonCase(t, c, "")
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from CPython 3.11.7's\n--- want\n%s\n--- got\n%s", want, got)
			}
		})
	}
}
