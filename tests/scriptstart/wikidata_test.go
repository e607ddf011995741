package scriptstart

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

func TestMain(m *testing.M) { os.Exit(wikitest.Main(m)) }

// TestWikidataScriptsStopWithoutWikibase runs the Wikidata scripts of the
// checkouts present against the test wiki, which has no Wikibase: each
// must stop with the exception line pywikibot prints there (recorded
// from pywikibot 9.6.3 and 7.7.3 on the same wiki; 11.7.0 does not run on
// Debian 12's Python packages, so it has no recording; pwb.py's extra
// "CRITICAL: Exiting ..." line is not compared).
func TestWikidataScriptsStopWithoutWikibase(t *testing.T) {
	notConnected := "pywikibot.exceptions.WikiBaseError: demowiki:demowiki is not connected to a data repository"
	cases := []struct {
		script string
		args   []string
		want   map[string]string // release -> last line
	}{
		{"claimit", []string{"P31", "Q5", "-page:Main_Page"}, map[string]string{
			"9.6.3": "AttributeError: 'NoneType' object has no attribute 'get_property_type'",
			// 7.7.3 asked the repository for getPropertyType (renamed since)
		}},
		{"newitem", []string{"-page:Main_Page"}, map[string]string{"9.6.3": notConnected, "7.7.3": notConnected}},
		{"coordinate_import", []string{"-page:Main_Page"}, map[string]string{"9.6.3": notConnected, "7.7.3": notConnected}},
		{"illustrate_wikidata", []string{"-page:Main_Page"}, map[string]string{"9.6.3": notConnected, "7.7.3": notConnected}},
	}
	var present []struct{ name, dir string }
	for _, rel := range releases {
		dir := os.Getenv(rel.env)
		if dir == "" {
			dir = rel.dir
		}
		if _, err := os.Stat(filepath.Join(dir, "scripts")); err == nil {
			present = append(present, struct{ name, dir string }{rel.name, dir})
		}
	}
	if len(present) == 0 {
		t.Skip("no pywikibot checkout (tests/pywikibot/modules/wiki/wikibase.py checks the same classes)")
	}
	w := wikitest.Get(t)
	cfg := t.TempDir()
	conf := fmt.Sprintf("family_files['demowiki'] = '%s'\nfamily = 'demowiki'\nmylang = 'demowiki'\n"+
		"usernames['demowiki']['*'] = '%s'\npassword_file = 'user-password.cfg'\nput_throttle = 0\n", w.APIURL, w.BotUser)
	pw := fmt.Sprintf("('%s', BotPassword('ci', '%s'))\n", w.BotUser, w.BotPasswordSecret)
	for name, text := range map[string]string{"user-config.py": conf, "user-password.cfg": pw} {
		if err := os.WriteFile(filepath.Join(cfg, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	bin := testbin.Gowikibot(t)
	for _, rel := range present {
		for _, c := range cases {
			want, ok := c.want[rel.name]
			if !ok {
				continue
			}
			t.Run(rel.name+"/"+c.script, func(t *testing.T) {
				file := filepath.Join(rel.dir, "scripts", c.script+".py")
				cmd := exec.Command(bin, append([]string{"-dir:" + cfg, "python", file}, c.args...)...)
				cmd.Dir = cfg
				cmd.Stdin = strings.NewReader("")
				out, err := cmd.CombinedOutput()
				if err == nil {
					t.Fatalf("exit 0, want the exception\n%s", out)
				}
				if got := lastLine(string(out)); got != want {
					t.Errorf("last line:\n got %q\nwant %q\n%s", got, want, out)
				}
			})
		}
	}
}
