package faults

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// TestLoginOAuthErrorIsShort: "login -oauth" against a wiki whose
// Special:OAuth answers with an HTML page (here the real wiki, which has
// no OAuth extension: MediaWiki's "No such special page", about 12 KB)
// reports the wiki's message in a few lines, not the page.
func TestLoginOAuthErrorIsShort(t *testing.T) {
	w := wikitest.Get(t)
	dir := botDir(t, w, w.APIURL, "")
	cmd := exec.Command(testbin.Gowikibot(t), "login", "-oauth")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYWIKIBOT_DIR=", "GOWIKIBOT_OAUTH_CONSUMER_KEY=0123456789abcdef0123456789abcdef",
		"GOWIKIBOT_OAUTH_CONSUMER_SECRET=SECRETSECRETSECRET")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("login -oauth succeeded:\n%s", out)
	}
	s := string(out)
	if len(s) > 800 || strings.Contains(s, "<") || strings.Contains(s, "SECRETSECRETSECRET") {
		t.Fatalf("%d bytes of output:\n%s", len(s), s)
	}
	for _, want := range []string{"OAuth initiate at " + w.Host + " failed", "HTTP 404", "No such special page", "OAuth extension"} {
		if !strings.Contains(s, want) {
			t.Fatalf("output lacks %q:\n%s", want, s)
		}
	}
	t.Logf("%d bytes: %s", len(s), s)
}
