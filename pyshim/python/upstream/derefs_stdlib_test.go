package upstream

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"
)

// TestDerefReplayStdlib checks the replay against gpython's compiler on
// every file of CPython's own library that gpython compiles. It needs
// /usr/lib/python3.11 and runs only with GOWIKIBOT_DEREF_STDLIB=1.
func TestDerefReplayStdlib(t *testing.T) {
	if os.Getenv("GOWIKIBOT_DEREF_STDLIB") == "" {
		t.Skip("set GOWIKIBOT_DEREF_STDLIB=1 to check the replay on /usr/lib/python3.11")
	}
	var files []string
	filepath.Walk("/usr/lib/python3.11", func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasSuffix(p, ".py") {
			files = append(files, p)
		}
		return nil
	})
	comp, checked, nbad := 0, 0, 0
	for _, f := range files {
		b, _ := os.ReadFile(f)
		var code *py.Code
		func() {
			defer func() { recover() }()
			c, err := compile.Compile(string(b), f, py.ExecMode, 0, true)
			if err == nil {
				code = c
			}
		}()
		if code == nil {
			continue
		}
		comp++
		rep := replaySource(string(b), f, py.ExecMode)
		n, bad := checkReplay(code, rep, string(b))
		checked += n
		for _, d := range bad {
			nbad++
			if nbad < 30 {
				t.Errorf("%s: %s", f, d)
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d code objects checked", checked)
	}
	t.Logf("%d files, %d compiled by gpython, %d code objects with deref instructions checked, %d disagree", len(files), comp, checked, nbad)
}
