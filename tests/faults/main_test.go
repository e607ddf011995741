// Package faults holds the hostile-tester fault tests of issue #12: each
// one interrupts, corrupts or overloads gowikibot against a real test wiki
// (through the fault proxy where the network must misbehave) and checks
// that nothing is lost.
package faults

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

func TestMain(m *testing.M) { os.Exit(wikitest.Main(m)) }

// botDir writes user-config.py (family "fw" at apiURL, TestBot with its
// bot password) plus extra config lines into a new directory.
func botDir(t *testing.T, w *wikitest.Wiki, apiURL, extra string) string {
	t.Helper()
	dir := t.TempDir()
	cfg := fmt.Sprintf("family_files['fw'] = '%s'\nfamily = 'fw'\nmylang = 'fw'\n"+
		"usernames['fw']['*'] = '%s'\npassword_file = 'user-password.cfg'\nminthrottle = 0\n%s",
		apiURL, w.BotUser, extra)
	pw := fmt.Sprintf("('%s', BotPassword('ci', '%s'))\n", w.BotUser, w.BotPasswordSecret)
	for name, text := range map[string]string{"user-config.py": cfg, "user-password.cfg": pw} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// revision is one revision of a page as the wiki records it.
type revision struct {
	Comment string
	Content string
}

// history returns the page's revisions, oldest first, read anonymously and
// directly from the wiki.
func history(t *testing.T, w *wikitest.Wiki, title string) []revision {
	t.Helper()
	q := url.Values{"action": {"query"}, "prop": {"revisions"}, "titles": {title}, "rvprop": {"comment|content"},
		"rvslots": {"main"}, "rvlimit": {"max"}, "rvdir": {"newer"}, "format": {"json"}, "formatversion": {"2"}}
	resp, err := http.Get(w.APIURL + "?" + q.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r struct {
		Query struct {
			Pages []struct {
				Missing   bool `json:"missing"`
				Revisions []struct {
					Comment string `json:"comment"`
					Slots   struct {
						Main struct {
							Content string `json:"content"`
						} `json:"main"`
					} `json:"slots"`
				} `json:"revisions"`
			} `json:"pages"`
		} `json:"query"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatal(err)
	}
	var out []revision
	for _, p := range r.Query.Pages {
		for _, rv := range p.Revisions {
			out = append(out, revision{rv.Comment, rv.Slots.Main.Content})
		}
	}
	return out
}
