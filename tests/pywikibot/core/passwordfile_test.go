package core

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// TestPasswordFileReadAtLogin: pywikibot reads password_file in login(),
// not when the Site is made, so a configuration naming a file that is not
// there still reads pages, and login() raises FileNotFoundError naming the
// file as user-config.py wrote it (checked with pywikibot 9.6.3 on the test
// wiki: "[Errno 2] No such file or directory: 'missing-password.py'").
// Public configs in the fifth outside round named password files their
// repositories do not ship.
func TestPasswordFileReadAtLogin(t *testing.T) {
	w := wikitest.Get(t)
	dir := plainDir(t)
	write(t, filepath.Join(dir, "user-config.py"), fmt.Sprintf(
		"family_files['demowiki'] = '%s'\nfamily = 'demowiki'\nmylang = 'demowiki'\n"+
			"usernames['demowiki']['*'] = '%s'\npassword_file = 'missing-password.py'\n",
		w.APIURL, w.BotUser))
	write(t, filepath.Join(dir, "probe.py"), `import pywikibot
site = pywikibot.Site()
page = pywikibot.Page(site, 'Main Page')
print('exists:', page.exists(), len(page.text) > 0)
try:
    site.login()
except FileNotFoundError as e:
    print(type(e).__name__, e)
else:
    print('logged in without a password file')
`)
	r := testbin.Run(t, testbin.Cmd{Dir: dir, Args: []string{"python", "probe.py"},
		Env: []string{"PYWIKIBOT_DIR=", "NO_COLOR=1"}, Merge: true})
	want := "exists: True True\nFileNotFoundError [Errno 2] No such file or directory: 'missing-password.py'\n"
	if r.Code != 0 || r.Stdout != want {
		t.Fatalf("exit %d, output:\n%s\nwant:\n%s", r.Code, r.Stdout, want)
	}
}
