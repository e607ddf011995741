package outside

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// goldenCases are scripts in testdata whose stdout under real pywikibot
// 9.6.3 is recorded in testdata/NAME.pwb963.out, recorded with
//
//	/usr/bin/python3 PWB963/pwb.py -dir:DIR testdata/NAME.py
//
// where DIR holds the user-config.py that wikiConfig writes, a new one per
// case (no session cookie kept from the case before). Where
// testdata/NAME.pwb963.err is recorded too, stderr must be the same. With
// GWB_PWB963=PWB963 (a pywikibot 9.6.3 checkout) the test runs pywikibot too
// and checks the recording is still what it prints.
var goldenCases = []string{"usernames_dd", "basesite", "namespaces_resolve", "move_checks", "submodule_attrs", "redirect_target", "implicit_login", "factory_handlearg", "section_text", "save_errors", "api_error_help", "api_page_generator", "list_formatversion", "family_runtime", "referring_generator", "write_anon", "old_family", "index_error_wording", "save_kwargs", "factory_options", "category_info", "old_names", "move_conflict", "deprecated_attrs"}

// wikiConfig writes user-config.py and user-password.py for w into dir, the
// way "testwiki up" does (family demowiki, usernames['demowiki']['*']).
func wikiConfig(t *testing.T, w *wikitest.Wiki, dir string) {
	t.Helper()
	cfg := fmt.Sprintf("family_files['demowiki'] = '%s'\nfamily = 'demowiki'\nmylang = 'demowiki'\n"+
		"usernames['demowiki']['*'] = '%s'\npassword_file = 'user-password.py'\nput_throttle = 0\n", w.APIURL, w.BotUser)
	pw := fmt.Sprintf("('%s', BotPassword('ci', '%s'))\n", w.BotUser, w.BotPasswordSecret)
	for name, body := range map[string]string{"user-config.py": cfg, "user-password.py": pw} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

func TestGoldenAgainstPywikibot(t *testing.T) {
	w := wikitest.Get(t)
	for _, name := range goldenCases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			wikiConfig(t, w, dir)
			script, err := filepath.Abs(filepath.Join("testdata", name+".py"))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join("testdata", name+".pwb963.out"))
			if err != nil {
				t.Fatal(err)
			}
			r := testbin.Run(t, testbin.Cmd{Dir: dir, Args: []string{"python", script}, Env: []string{"PYWIKIBOT_DIR=" + dir}})
			if r.Code != 0 || r.Stdout != string(want) {
				t.Errorf("gowikibot: exit %d\nstdout:\n%s\nstderr:\n%s\nwant (pywikibot 9.6.3):\n%s", r.Code, r.Stdout, r.Stderr, want)
			}
			wantErr, err := os.ReadFile(filepath.Join("testdata", name+".pwb963.err"))
			if err == nil && r.Stderr != string(wantErr) {
				t.Errorf("gowikibot's stderr:\n%s\nwant (pywikibot 9.6.3):\n%s", r.Stderr, wantErr)
			}
			if pwb := os.Getenv("GWB_PWB963"); pwb != "" {
				cmd := exec.Command("/usr/bin/python3", filepath.Join(pwb, "pwb.py"), "-dir:"+dir, script)
				cmd.Dir = dir
				cmd.Env = append(os.Environ(), "PYWIKIBOT_DIR="+dir)
				var out, errb strings.Builder
				cmd.Stdout, cmd.Stderr = &out, &errb
				if err := cmd.Run(); err != nil || out.String() != string(want) {
					t.Errorf("pywikibot 9.6.3 (%v) printed:\n%s%s\nrecorded:\n%s", err, out.String(), errb.String(), want)
				}
			}
		})
	}
}
