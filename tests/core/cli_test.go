package core

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// cliDir writes a pywikibot config for the wiki (user-config.py and a
// BotPassword password file) into a new directory.
func cliDir(t *testing.T, w *wikitest.Wiki, secret string) string {
	t.Helper()
	dir := t.TempDir()
	cfg := fmt.Sprintf("family_files['cliwiki'] = '%s'\nfamily = 'cliwiki'\nmylang = 'cliwiki'\n"+
		"usernames['cliwiki']['*'] = '%s'\npassword_file = 'user-password.cfg'\nput_throttle = 0\nminthrottle = 0\nretry_wait = 0.1\n",
		w.APIURL, w.BotUser)
	pw := fmt.Sprintf("('%s', BotPassword('ci', '%s'))\n", w.BotUser, secret)
	if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "user-password.cfg"), []byte(pw), 0o600); err != nil {
		t.Fatal(err)
	}
	return dir
}

func run(t *testing.T, dir string, args ...string) (string, int) {
	t.Helper()
	r := testbin.Run(t, testbin.Cmd{Dir: dir, Args: args, Env: []string{"PYWIKIBOT_DIR="}, Merge: true})
	return r.Stdout, r.Code
}

func TestCLILoginWhoamiLogout(t *testing.T) {
	w := wikitest.Get(t)
	dir := cliDir(t, w, w.BotPasswordSecret)
	out, code := run(t, dir, "-v", "login")
	if code != 0 || !strings.Contains(out, "Logged in on cliwiki:cliwiki as TestBot.") || !strings.Contains(out, "gowikibot: 3 API requests") {
		t.Fatalf("login (%d):\n%s", code, out)
	}
	st, err := os.Stat(filepath.Join(dir, "pywikibot-TestBot.lwp"))
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("cookie file %v %v", st, err)
	}
	out, code = run(t, dir, "-v", "whoami")
	for _, want := range []string{"site:     cliwiki:cliwiki (TestWiki, MediaWiki 1.39", "user:     TestBot (id ", "groups:   *, autoconfirmed, bot, user", "bot flag: yes", "gowikibot: 1 API requests"} {
		if !strings.Contains(out, want) {
			t.Fatalf("whoami (%d) lacks %q:\n%s", code, want, out)
		}
	}
	out, code = run(t, dir, "login", "-logout")
	if code != 0 || !strings.Contains(out, "Logged out of cliwiki:cliwiki.") {
		t.Fatalf("logout (%d):\n%s", code, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "pywikibot-TestBot.lwp")); !os.IsNotExist(err) {
		t.Fatalf("cookie file kept: %v", err)
	}
	out, code = run(t, dir, "-lang:cliwiki", "-debug", "login")
	if code != 0 || strings.Contains(out, w.BotPasswordSecret) || !strings.Contains(out, "lgpassword=<hidden>") {
		t.Fatalf("-debug login (%d):\n%s", code, out)
	}
	cookies, _ := os.ReadFile(filepath.Join(dir, "pywikibot-TestBot.lwp"))
	for _, line := range strings.Split(string(cookies), "\n") {
		if _, v, ok := strings.Cut(line, `="`); ok {
			v, _, _ = strings.Cut(v, `"`)
			if len(v) > 8 && strings.Contains(out, v) {
				t.Fatalf("cookie value %q in -debug output", v)
			}
		}
	}
}

func TestCLIWrongPassword(t *testing.T) {
	w := wikitest.Get(t)
	dir := cliDir(t, w, "00000000000000000000000000000000")
	out, code := run(t, dir, "login")
	if code != 1 || !strings.Contains(out, "ERROR: login as TestBot@ci failed: Failed: Incorrect username or password entered. Please try again.") ||
		!strings.Contains(out, "Not logged in on cliwiki:cliwiki.") {
		t.Fatalf("wrong password (%d):\n%s", code, out)
	}
}

func TestCLIVersion(t *testing.T) {
	out, code := run(t, t.TempDir(), "version")
	if code != 0 || !strings.HasPrefix(out, "gowikibot: ") || !strings.Contains(out, "Go: go1.") {
		t.Fatalf("version (%d):\n%s", code, out)
	}
}
