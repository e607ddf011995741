package oauth

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// runBin runs the gowikibot binary in dir with -dir:dir.
func runBin(bin, dir string, args ...string) ([]byte, error) {
	cmd := exec.Command(bin, append([]string{"-dir:" + dir}, args...)...)
	cmd.Dir = dir
	return cmd.CombinedOutput()
}

// BenchmarkEditProcessOAuth is one whole "gowikibot python edit.py" process
// (start, config, login, one edit) with owner-only OAuth 1.0a, through the
// verifying provider; BenchmarkEditProcessBotPassword is the same with a
// bot password against the wiki directly. Reported: requests per process
// (counted by the provider / the site's own counter with -v).
func BenchmarkEditProcessOAuth(b *testing.B) {
	_, p, cfg := provider(b)
	c := cfg.Consumers[0]
	dir := b.TempDir()
	os.WriteFile(filepath.Join(dir, "user-config.py"), []byte(fmt.Sprintf(
		"family_files['oauthwiki'] = '%s'\nfamily = 'oauthwiki'\nmylang = 'oauthwiki'\nput_throttle = 0\n"+
			"usernames['oauthwiki']['*'] = 'TestBot'\nauthenticate['%s'] = ('%s', '%s', '%s', '%s')\n",
		p.APIURL, p.Host, c.Key, c.Secret, c.AccessKey, c.AccessSecret)), 0o600)
	os.WriteFile(filepath.Join(dir, "edit.py"), []byte(editScript), 0o600)
	bin := testbin.Gowikibot(b)
	before, _ := p.Log()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if out, err := runBin(bin, dir, "python", "edit.py", "bench oauth "+strconv.Itoa(i)); err != nil {
			b.Fatalf("%v\n%s", err, out)
		}
	}
	b.StopTimer()
	after, _ := p.Log()
	b.ReportMetric(float64(len(after)-len(before))/float64(b.N), "requests/op")
}

func BenchmarkEditProcessBotPassword(b *testing.B) {
	w := wikitest.Get(b)
	dir := b.TempDir()
	os.WriteFile(filepath.Join(dir, "user-config.py"), []byte(fmt.Sprintf(
		"family_files['benchwiki'] = '%s'\nfamily = 'benchwiki'\nmylang = 'benchwiki'\nput_throttle = 0\n"+
			"usernames['benchwiki']['*'] = 'TestBot'\npassword_file = 'pw'\n", w.APIURL)), 0o600)
	os.WriteFile(filepath.Join(dir, "pw"), []byte(fmt.Sprintf("('TestBot', BotPassword('ci', '%s'))\n", w.BotPasswordSecret)), 0o600)
	os.WriteFile(filepath.Join(dir, "edit.py"), []byte(editScript), 0o600)
	bin := testbin.Gowikibot(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// A fresh cookie file each time: a cold login, as a new process on a
		// new machine would do.
		os.Remove(filepath.Join(dir, "pywikibot-TestBot.lwp"))
		if out, err := runBin(bin, dir, "python", "edit.py", "bench botpassword "+strconv.Itoa(i)); err != nil {
			b.Fatalf("%v\n%s", err, out)
		}
	}
}
