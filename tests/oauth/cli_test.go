package oauth

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/tests/oauthprovider"
	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// configDir writes a user-config.py for the wiki behind the provider, with
// extra lines appended.
func configDir(t *testing.T, p *oauthprovider.Provider, extra string) string {
	t.Helper()
	dir := t.TempDir()
	cfg := fmt.Sprintf("family_files['oauthwiki'] = '%s'\nfamily = 'oauthwiki'\nmylang = 'oauthwiki'\nput_throttle = 0\n%s", p.APIURL, extra)
	if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return dir
}

func run(t *testing.T, dir string, env []string, stdin string, args ...string) (string, string, int) {
	t.Helper()
	r := testbin.Run(t, testbin.Cmd{Dir: dir, Args: append([]string{"-dir:" + dir}, args...), Env: env, Stdin: stdin})
	return r.Stdout, r.Stderr, r.Code
}

// history returns (user, comment) of the latest revisions of title, read
// from the wiki itself (not through the provider).
func history(t *testing.T, w *wikitest.Wiki, title string) [][2]string {
	t.Helper()
	q := url.Values{"action": {"query"}, "prop": {"revisions"}, "titles": {title}, "rvprop": {"user|comment"},
		"rvlimit": {"10"}, "format": {"json"}, "formatversion": {"2"}}
	resp, err := http.Get(w.APIURL + "?" + q.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var v struct {
		Query struct {
			Pages []struct {
				Revisions []struct{ User, Comment string }
			}
		}
	}
	json.NewDecoder(resp.Body).Decode(&v)
	var out [][2]string
	for _, p := range v.Query.Pages {
		for _, r := range p.Revisions {
			out = append(out, [2]string{r.User, r.Comment})
		}
	}
	return out
}

const editScript = `import sys
import pywikibot
site = pywikibot.Site()
site.login()
page = pywikibot.Page(site, 'User:TestBot')
page.text = (page.text if page.exists() else '') + '\n' + sys.argv[1]
page.save(summary=sys.argv[1])
print('edited as', site.user())
`

// TestLoginOAuthCommand runs the whole "gowikibot login -oauth" handshake
// through the binary (the test approves in the provider as the user would
// in a browser), then checks that later runs use the stored token.
func TestLoginOAuthCommand(t *testing.T) {
	w, p, cfg := provider(t)
	c := cfg.Consumers[1]
	dir := configDir(t, p, "usernames['oauthwiki']['*'] = 'TestBot'\n")
	cmd := exec.Command(testbin.Gowikibot(t), "-dir:"+dir, "login", "-oauth")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), envConsumerKey+"="+c.Key, envConsumerSecret+"="+c.Secret)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	sc := bufio.NewScanner(stdout)
	approved := false
	for sc.Scan() {
		line := sc.Text()
		all.WriteString(line + "\n")
		if !approved && strings.Contains(line, "Special%3AOAuth%2Fauthorize") {
			qs, err := p.Approve(strings.TrimSpace(line), w.BotUser)
			if err != nil {
				t.Fatal(err)
			}
			io.WriteString(stdin, qs+"\n")
			approved = true
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("login -oauth: %v\nstdout:\n%s\nstderr:\n%s", err, all.String(), stderr.String())
	}
	out := all.String() + stderr.String()
	if !strings.Contains(out, "via OAuth as TestBot") {
		t.Fatalf("no identity in output:\n%s", out)
	}
	if strings.Contains(out, c.Secret) {
		t.Fatal("output shows the consumer secret")
	}
	st, err := os.Stat(filepath.Join(dir, "gowikibot-credentials.ini"))
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("credential store: %v mode %v", err, st)
	}
	// A later run edits with the stored token: no password exists at all.
	os.WriteFile(filepath.Join(dir, "edit.py"), []byte(editScript), 0o600)
	msg := "oauth handshake edit " + time.Now().Format("150405.000")
	o, e, code := run(t, dir, nil, "", "python", "edit.py", msg)
	if code != 0 || !strings.Contains(o, "edited as TestBot") {
		t.Fatalf("edit with stored token: %d\n%s\n%s", code, o, e)
	}
	h := history(t, w, "User:TestBot")
	if len(h) == 0 || h[0] != [2]string{"TestBot", msg} {
		t.Fatalf("page history %v, want TestBot %q first", h, msg)
	}
	// credentials lists the host with masked secrets.
	o, _, _ = run(t, dir, nil, "", "credentials")
	if !strings.Contains(o, p.Host) || strings.Contains(o, c.Secret) || !strings.Contains(o, "<consumer_secret>") {
		t.Fatalf("credentials listing:\n%s", o)
	}
}

// TestOwnerOnlyOAuthEdit: pywikibot's 4-tuple in user-config.py; login and
// an edit of the bot's user page appear in the wiki's history as TestBot,
// every API request is OAuth-signed and verified, and -debug output shows
// none of the secrets.
func TestOwnerOnlyOAuthEdit(t *testing.T) {
	w, p, cfg := provider(t)
	c := cfg.Consumers[0]
	dir := configDir(t, p, fmt.Sprintf("usernames['oauthwiki']['*'] = 'TestBot'\nauthenticate['%s'] = ('%s', '%s', '%s', '%s')\n",
		p.Host, c.Key, c.Secret, c.AccessKey, c.AccessSecret))
	before, _ := p.Log()
	o, e, code := run(t, dir, nil, "", "-debug", "login")
	if code != 0 || !strings.Contains(o+e, "TestBot") {
		t.Fatalf("login: %d\n%s\n%s", code, o, e)
	}
	os.WriteFile(filepath.Join(dir, "edit.py"), []byte(editScript), 0o600)
	msg := "owner-only oauth edit " + time.Now().Format("150405.000")
	mid, _ := p.Log()
	o2, e2, code := run(t, dir, nil, "", "-debug", "python", "edit.py", msg)
	if code != 0 {
		t.Fatalf("edit: %d\n%s\n%s", code, o2, e2)
	}
	// A whole process that logs in and edits once: session check (with the
	// csrf token), page load, edit.
	if end, _ := p.Log(); len(end)-len(mid) != 3 {
		t.Errorf("login + one edit took %d requests, want 3", len(end)-len(mid))
	}
	h := history(t, w, "User:TestBot")
	if len(h) == 0 || h[0] != [2]string{"TestBot", msg} {
		t.Fatalf("history %v", h)
	}
	all := o + e + o2 + e2
	for _, s := range []string{c.Secret, c.AccessSecret} {
		if strings.Contains(all, s) {
			t.Fatalf("-debug output shows a secret")
		}
	}
	after, _ := p.Log()
	for _, le := range after[len(before):] {
		if le.Auth != "OAuth" || !le.OK || le.User != "TestBot" {
			t.Fatalf("request not OAuth-verified as TestBot: %+v", le)
		}
	}
}

// TestBearerTokenEdit: gowikibot's OAuth 2.0 form, a 1-tuple.
func TestBearerTokenEdit(t *testing.T) {
	w, p, _ := provider(t)
	dir := configDir(t, p, fmt.Sprintf("usernames['oauthwiki']['*'] = 'TestBot'\nauthenticate['%s'] = ('bearer-token-0123456789abcdef0123456789',)\n", p.Host))
	os.WriteFile(filepath.Join(dir, "edit.py"), []byte(editScript), 0o600)
	msg := "bearer edit " + time.Now().Format("150405.000")
	o, e, code := run(t, dir, nil, "", "python", "edit.py", msg)
	if code != 0 {
		t.Fatalf("edit: %d\n%s\n%s", code, o, e)
	}
	if h := history(t, w, "User:TestBot"); len(h) == 0 || h[0] != [2]string{"TestBot", msg} {
		t.Fatalf("history %v", h)
	}
}

const (
	envConsumerKey    = "GOWIKIBOT_OAUTH_CONSUMER_KEY"
	envConsumerSecret = "GOWIKIBOT_OAUTH_CONSUMER_SECRET"
)

// TestLogoutAndGrantsUnderOAuth: "login -logout" under OAuth says plainly
// that grants are revoked on the wiki (no API error dump), and an edit with a
// consumer that lacks the editpage grant names the missing grant and the fix;
// in both cases the page history is unchanged.
func TestLogoutAndGrantsUnderOAuth(t *testing.T) {
	w, p, cfg := provider(t)
	c := cfg.Consumers[0]
	dir := configDir(t, p, fmt.Sprintf("usernames['oauthwiki']['*'] = 'TestBot'\nauthenticate['%s'] = ('%s', '%s', '%s', '%s')\n",
		p.Host, c.Key, c.Secret, c.AccessKey, c.AccessSecret))
	o, e, code := run(t, dir, nil, "", "login", "-logout")
	all := o + e
	if code == 0 || !strings.Contains(all, "Special:OAuthManageMyGrants") || !strings.Contains(all, "no logout under OAuth") {
		t.Fatalf("logout under OAuth: %d\n%s", code, all)
	}
	if strings.Contains(all, c.Secret) || strings.Contains(all, c.AccessSecret) {
		t.Fatal("logout output shows a secret")
	}
	// The session is not affected: whoami still names TestBot.
	if o, e, code := run(t, dir, nil, "", "whoami"); code != 0 || !strings.Contains(o+e, "TestBot") {
		t.Fatalf("whoami after logout attempt: %d\n%s%s", code, o, e)
	}
	g := cfg.Consumers[3] // owner-only, grants: basic only
	before := history(t, w, "User:TestBot")
	grantDir := configDir(t, p, fmt.Sprintf("usernames['oauthwiki']['*'] = 'TestBot'\nauthenticate['%s'] = ('%s', '%s', '%s', '%s')\n",
		p.Host, g.Key, g.Secret, g.AccessKey, g.AccessSecret))
	os.WriteFile(filepath.Join(grantDir, "edit.py"), []byte(editScript), 0o600)
	o, e, code = run(t, grantDir, nil, "", "python", "edit.py", "must not be saved")
	all = o + e
	if code == 0 || !strings.Contains(all, "lack the grant") || !strings.Contains(all, "permissiondenied") {
		t.Fatalf("edit without the grant: %d\n%s", code, all)
	}
	if after := history(t, w, "User:TestBot"); len(after) != len(before) {
		t.Fatalf("page history changed: %v -> %v", before, after)
	}
}

// TestOAuthIdentityMismatch: an owner-only token of TestBot while
// user-config.py names OtherUser: login fails with pywikibot's message and
// nothing is edited.
func TestOAuthIdentityMismatch(t *testing.T) {
	_, p, cfg := provider(t)
	c := cfg.Consumers[0]
	dir := configDir(t, p, fmt.Sprintf("usernames['oauthwiki']['*'] = 'OtherUser'\nauthenticate['%s'] = ('%s', '%s', '%s', '%s')\n",
		p.Host, c.Key, c.Secret, c.AccessKey, c.AccessSecret))
	o, e, code := run(t, dir, nil, "", "login")
	if code == 0 || !strings.Contains(o+e, "via OAuth as TestBot, but expect as OtherUser") {
		t.Fatalf("login with a mismatched identity: %d\n%s%s", code, o, e)
	}
}

// TestCredentialsMigrate moves an account from a bot password to an
// owner-only consumer's tokens: the wiki must accept them (a signed
// userinfo as TestBot), they land in the 0600 store, and the command names
// the password-file line to delete; a later edit uses the token.
func TestCredentialsMigrate(t *testing.T) {
	w, p, cfg := provider(t)
	c := cfg.Consumers[0]
	dir := configDir(t, p, "usernames['oauthwiki']['*'] = 'TestBot'\npassword_file = 'user-password.cfg'\n")
	pw := "# bot password\n('TestBot', BotPassword('ci', '" + w.BotPasswordSecret + "'))\n"
	os.WriteFile(filepath.Join(dir, "user-password.cfg"), []byte(pw), 0o600)
	env := []string{"GOWIKIBOT_OAUTH_CONSUMER_KEY=" + c.Key, "GOWIKIBOT_OAUTH_CONSUMER_SECRET=" + c.Secret,
		"GOWIKIBOT_OAUTH_ACCESS_KEY=" + c.AccessKey, "GOWIKIBOT_OAUTH_ACCESS_SECRET=" + c.AccessSecret}
	o, e, code := run(t, dir, env, "", "credentials", "migrate")
	all := o + e
	if code != 0 || !strings.Contains(all, "accepts the tokens as TestBot") || !strings.Contains(all, "Delete line 2 of ") {
		t.Fatalf("credentials migrate: %d\n%s", code, all)
	}
	for _, s := range []string{c.Secret, c.AccessSecret, w.BotPasswordSecret} {
		if strings.Contains(all, s) {
			t.Fatal("migrate output shows a secret")
		}
	}
	if st, err := os.Stat(filepath.Join(dir, "gowikibot-credentials.ini")); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("store: %v", err)
	}
	// Wrong tokens are refused and nothing is stored for them.
	bad := append([]string{}, env...)
	bad[3] = "GOWIKIBOT_OAUTH_ACCESS_SECRET=wrong"
	dir2 := configDir(t, p, "usernames['oauthwiki']['*'] = 'TestBot'\n")
	if o, e, code := run(t, dir2, bad, "", "credentials", "migrate"); code == 0 || !strings.Contains(o+e, "refused the tokens") {
		t.Fatalf("wrong tokens accepted: %d\n%s%s", code, o, e)
	}
	if _, err := os.Stat(filepath.Join(dir2, "gowikibot-credentials.ini")); err == nil {
		t.Fatal("store written for refused tokens")
	}
	// The password file is no longer needed: an edit signs with the token.
	os.Remove(filepath.Join(dir, "user-password.cfg"))
	os.WriteFile(filepath.Join(dir, "user-config.py"), []byte(fmt.Sprintf(
		"family_files['oauthwiki'] = '%s'\nfamily = 'oauthwiki'\nmylang = 'oauthwiki'\nput_throttle = 0\nusernames['oauthwiki']['*'] = 'TestBot'\n", p.APIURL)), 0o600)
	os.WriteFile(filepath.Join(dir, "edit.py"), []byte(editScript), 0o600)
	msg := "after migrate " + time.Now().Format("150405.000")
	if o, e, code := run(t, dir, nil, "", "python", "edit.py", msg); code != 0 {
		t.Fatalf("edit after migrate: %d\n%s%s", code, o, e)
	}
	if h := history(t, w, "User:TestBot"); len(h) == 0 || h[0] != [2]string{"TestBot", msg} {
		t.Fatalf("history %v", h)
	}
}
