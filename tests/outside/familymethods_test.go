package outside

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// TestFamilyFileMethods: a third-party family file's own protocol() and
// scriptpath() (http, a port, an empty script path and a per-code dict, the shapes of the
// seventh round's Wikibase family files) through Family.load() and through
// Site().family, against testdata/family_methods.pwb963.out, recorded with
//
//	PYWIKIBOT_DIR=DIR /usr/bin/python3 PWB963/pwb.py testdata/family_methods.py
//
// where DIR is a copy of testdata/family_methods. Before, Family.load gave
// https and /w for every code, and Site().family had no protocol() at all.
// Offline: no request is made.
func TestFamilyFileMethods(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("testdata", "family_methods.pwb963.out"))
	if err != nil {
		t.Fatal(err)
	}
	script, err := filepath.Abs(filepath.Join("testdata", "family_methods.py"))
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{"load", "site"} {
		t.Run(mode, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "family_methods"))); err != nil {
				t.Fatal(err)
			}
			r := testbin.Run(t, testbin.Cmd{Dir: dir, Args: []string{"python", script, mode}, Env: []string{"PYWIKIBOT_DIR=" + dir}})
			if r.Code != 0 || r.Stdout != string(want) {
				t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s\nwant (pywikibot 9.6.3):\n%s", r.Code, r.Stdout, r.Stderr, want)
			}
		})
	}
}
