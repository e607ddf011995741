package outside

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// TestConfigValuesAsPywikibot: the values a script reads from
// pywikibot.config are of the types pywikibot 9.6.3 gives them: an int
// stays an int (put_throttle 10, not 10.0; minthrottle, whose default is
// the int 0, stays 2), a float given for an int variable is kept with its
// warning (put_throttle 1.5), password_file is None when not set. Against
// testdata/config_values.pwb963.out, recorded with PYTHONPATH=PWB963
// PYWIKIBOT_DIR=DIR /usr/bin/python3 testdata/config_values.py (DIR a copy
// of testdata/config_values). Before: 10.0, 2.0, put_throttle 10.0 (the
// value dropped) and an empty string.
func TestConfigValuesAsPywikibot(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("testdata", "config_values.pwb963.out"))
	if err != nil {
		t.Fatal(err)
	}
	script, err := filepath.Abs(filepath.Join("testdata", "config_values.py"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "config_values"))); err != nil {
		t.Fatal(err)
	}
	r := testbin.Run(t, testbin.Cmd{Dir: dir, Args: []string{"python", script}, Env: []string{"PYWIKIBOT_DIR=" + dir}})
	if r.Code != 0 || r.Stdout != string(want) {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s\nwant (pywikibot 9.6.3):\n%s", r.Code, r.Stdout, r.Stderr, want)
	}
	if !strings.Contains(r.Stderr, `"put_throttle" is defined as "float" in your user-config.py but expected "int"`) {
		t.Errorf("no type warning for put_throttle:\n%s", r.Stderr)
	}
}
