package oauth

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestOAuthTestPlan runs the OAuth test plan as a script
// (testdata/testplan.py) through the verifying OAuth provider: login,
// _userinfo/userinfo naming the OAuth account, logout refused with
// cannotlogout (pywikibot 9.6.3: a warning, then the wiki's APIError, and
// the session unchanged), then an edit of the bot's user page whose
// revision the wiki records as the OAuth account's.
func TestOAuthTestPlan(t *testing.T) {
	w, p, cfg := provider(t)
	c := cfg.Consumers[0]
	dir := configDir(t, p, fmt.Sprintf("usernames['oauthwiki']['*'] = 'TestBot'\nauthenticate['%s'] = ('%s', '%s', '%s', '%s')\n",
		p.Host, c.Key, c.Secret, c.AccessKey, c.AccessSecret))
	src, err := os.ReadFile(filepath.Join("testdata", "testplan.py"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "testplan.py"), src, 0o600); err != nil {
		t.Fatal(err)
	}
	msg := "oauth test plan " + time.Now().Format("150405.000")
	before, _ := p.Log()
	o, e, code := run(t, dir, []string{"NO_COLOR=1"}, "", "python", "testplan.py", msg)
	if code != 0 {
		t.Fatalf("testplan.py: %d\n%s\n%s", code, o, e)
	}
	want := "is_oauth_token_available: True\n" +
		"login: None\n" +
		"logged_in: True\n" +
		"_userinfo name: TestBot\n" +
		"userinfo name: TestBot False\n" +
		"user: TestBot\n" +
		"logout: APIError cannotlogout\n" +
		"after logout: logged_in True user TestBot userinfo TestBot\n" +
		"latest revision user: TestBot\n"
	var got []string
	for _, l := range strings.SplitAfter(o, "\n") {
		if !strings.HasPrefix(l, "Page ") { // "Page [[User:TestBot]] saved"
			got = append(got, l)
		}
	}
	if strings.Join(got, "") != want {
		t.Errorf("testplan.py output:\n%s\nwant:\n%s", o, want)
	}
	if !strings.Contains(e, "WARNING: Using OAuth suppresses logout function") {
		t.Errorf("no logout warning on stderr:\n%s", e)
	}
	h := history(t, w, "User:TestBot")
	if len(h) == 0 || h[0] != [2]string{"TestBot", msg} {
		t.Fatalf("User:TestBot history: %v, want the newest revision by TestBot with summary %q", h, msg)
	}
	after, _ := p.Log()
	for _, le := range after[len(before):] {
		if le.Action == "logout" && le.Auth == "OAuth" {
			continue // verified, then refused: the provider logs no user for it
		}
		if le.Auth != "OAuth" || !le.OK || le.User != "TestBot" {
			t.Fatalf("request not OAuth-verified as TestBot: %+v", le)
		}
	}
	for _, s := range []string{c.Secret, c.AccessSecret} {
		if strings.Contains(o+e, s) {
			t.Fatal("output shows a secret")
		}
	}
}
