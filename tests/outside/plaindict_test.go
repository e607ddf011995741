package outside

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// TestPlainDictUsernames: a user-config.py that assigns usernames a plain
// dict (usernames = {'fam': {'code': 'Bot'}}), as CelianVD/BotVikidia's does.
// pywikibot 9.6.3 warns that the type differs from defaultdict and still
// uses the value: the script logs in as TestBot. gowikibot used to drop the
// value and fail with NoUsernameError.
func TestPlainDictUsernames(t *testing.T) {
	w := wikitest.Get(t)
	dir := t.TempDir()
	cfg := fmt.Sprintf("family_files['plain'] = '%s'\nfamily = 'plain'\nmylang = 'plain'\n"+
		"usernames = {'plain': {'plain': '%s'}}\npassword_file = 'user-password.py'\nput_throttle = 0\n",
		w.APIURL, w.BotUser)
	pw := fmt.Sprintf("('%s', BotPassword('ci', '%s'))\n", w.BotUser, w.BotPasswordSecret)
	script, err := os.ReadFile(filepath.Join("testdata", "whoami_plain.py"))
	if err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{"user-config.py": cfg, "user-password.py": pw, "whoami_plain.py": string(script)} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	r := testbin.Run(t, testbin.Cmd{Dir: dir, Args: []string{"python", "whoami_plain.py"}, Env: []string{"PYWIKIBOT_DIR=" + dir}})
	if r.Code != 0 || strings.TrimSpace(r.Stdout) != "user: "+w.BotUser {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s\nwant stdout %q", r.Code, r.Stdout, r.Stderr, "user: "+w.BotUser)
	}
	const warn = `Configuration variable "usernames" is defined as "dict" in your user-config.py but expected "defaultdict".`
	if !strings.Contains(r.Stderr, warn) {
		t.Errorf("stderr lacks pywikibot's type warning %q:\n%s", warn, r.Stderr)
	}
	if strings.Contains(r.Stdout+r.Stderr, w.BotPasswordSecret) {
		t.Error("the bot password appears in the output")
	}
}
