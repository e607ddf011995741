package outside

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// TestFamilyFileChangesConfig: a third-party family file that changes
// pywikibot.config when it loads (module level through `from pywikibot
// import config`, and in its class body) changes the script's config, as
// in pywikibot, where Family.load imports the file in the script's process:
// after Family.load() and after the family's first Site(), once per
// process. Against testdata/family_config.pwb963.out, recorded with
//
//	PYTHONPATH=PWB963 PYWIKIBOT_DIR=DIR /usr/bin/python3 testdata/family_config.py MODE
//
// where DIR is a copy of testdata/family_config (both modes print the
// same). Before, Site() left the script's config as user-config.py made
// it (Left 1 of the seventh round). Offline: no request is made.
func TestFamilyFileChangesConfig(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("testdata", "family_config.pwb963.out"))
	if err != nil {
		t.Fatal(err)
	}
	script, err := filepath.Abs(filepath.Join("testdata", "family_config.py"))
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{"load", "site"} {
		t.Run(mode, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "family_config"))); err != nil {
				t.Fatal(err)
			}
			r := testbin.Run(t, testbin.Cmd{Dir: dir, Args: []string{"python", script, mode}, Env: []string{"PYWIKIBOT_DIR=" + dir}})
			if r.Code != 0 || r.Stdout != string(want) {
				t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s\nwant (pywikibot 9.6.3):\n%s", r.Code, r.Stdout, r.Stderr, want)
			}
		})
	}
}

// TestAutoFamilyWikimediaName: a family_files URL named like a Wikimedia
// family (family_files['meta'] = '.../w/api.php', the eighth round's
// Miraheze user-config) is pywikibot's AutoFamily, a SingleSiteFamily:
// against testdata/auto_family_wikimedia_name.pwb963.out, recorded with
// PYTHONPATH=PWB963 PYWIKIBOT_DIR=DIR /usr/bin/python3 (DIR holding the
// user-config written below). Before, Family.load raised TypeError (no
// consistent MRO for Family and WikimediaFamily).
func TestAutoFamilyWikimediaName(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("testdata", "auto_family_wikimedia_name.pwb963.out"))
	if err != nil {
		t.Fatal(err)
	}
	script, err := filepath.Abs(filepath.Join("testdata", "auto_family_wikimedia_name.py"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cfg := "family_files['meta'] = 'https://meta.example.invalid/w/api.php'\nfamily = 'meta'\nmylang = 'meta'\nusernames['*']['*'] = 'SomeBot'\n"
	if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	r := testbin.Run(t, testbin.Cmd{Dir: dir, Args: []string{"python", script}, Env: []string{"PYWIKIBOT_DIR=" + dir}})
	if r.Code != 0 || r.Stdout != string(want) {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s\nwant (pywikibot 9.6.3):\n%s", r.Code, r.Stdout, r.Stderr, want)
	}
}
