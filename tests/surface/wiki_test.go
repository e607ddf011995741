package surface

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

func TestMain(m *testing.M) { os.Exit(wikitest.Main(m)) }

// wikiDir writes a pywikibot configuration for the test wiki (bot
// password login) and copies the named programs of wiki/ beside it.
func wikiDir(t *testing.T, w *wikitest.Wiki, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	cfg := fmt.Sprintf("family_files['surfacewiki'] = '%s'\nfamily = 'surfacewiki'\nmylang = 'surfacewiki'\n"+
		"usernames['surfacewiki']['*'] = '%s'\npassword_file = 'user-password.cfg'\nput_throttle = 0\n",
		w.APIURL, w.BotUser)
	must(t, os.WriteFile(filepath.Join(dir, "user-config.py"), []byte(cfg), 0o600))
	must(t, os.WriteFile(filepath.Join(dir, "user-password.cfg"),
		[]byte(fmt.Sprintf("('%s', BotPassword('ci', '%s'))\n", w.BotUser, w.BotPasswordSecret)), 0o600))
	for _, f := range files {
		src, err := os.ReadFile(filepath.Join("wiki", f))
		must(t, err)
		must(t, os.WriteFile(filepath.Join(dir, f), src, 0o600))
	}
	return dir
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// runPy runs "gowikibot python script" in dir; stdout and stderr merged.
func runPy(t *testing.T, dir, script string, args ...string) string {
	t.Helper()
	cmd := exec.Command(testbin.Gowikibot(t), append([]string{"python", script}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYWIKIBOT_DIR=", "NO_COLOR=1")
	var out strings.Builder
	cmd.Stdout = &out
	cmd.Stderr = &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", script, err, out.String())
	}
	return out.String()
}

// apiQuery asks the wiki's API directly (formatversion 2).
func apiQuery(t *testing.T, apiURL string, params url.Values) map[string]any {
	t.Helper()
	params.Set("format", "json")
	params.Set("formatversion", "2")
	resp, err := http.Get(apiURL + "?" + params.Encode())
	must(t, err)
	defer resp.Body.Close()
	var r map[string]any
	must(t, json.NewDecoder(resp.Body).Decode(&r))
	return r
}

// history returns "user|comment|content" of title's revisions, newest
// first, as the wiki records them.
func history(t *testing.T, apiURL, title string) []string {
	t.Helper()
	r := apiQuery(t, apiURL, url.Values{"action": {"query"}, "prop": {"revisions"}, "titles": {title},
		"rvprop": {"comment|user|content"}, "rvslots": {"main"}, "rvlimit": {"50"}})
	var out []string
	for _, p := range r["query"].(map[string]any)["pages"].([]any) {
		revs, _ := p.(map[string]any)["revisions"].([]any)
		for _, rv := range revs {
			m := rv.(map[string]any)
			content := m["slots"].(map[string]any)["main"].(map[string]any)["content"].(string)
			out = append(out, fmt.Sprintf("%s|%s|%s", m["user"], m["comment"], content))
		}
	}
	return out
}

// TestMethodsOnWiki runs wiki/methods.py (the added APISite and page
// methods) on a fresh wiki, compares its output with wiki/methods.out
// and checks the wiki's record of its writes.
func TestMethodsOnWiki(t *testing.T) {
	w := wikitest.Get(t)
	// merge_history needs the mergehistory right: make the bot a sysop.
	if out, err := w.Maintenance("createAndPromote", "--force", "--sysop", w.BotUser); err != nil {
		t.Fatalf("promoting %s: %v\n%s", w.BotUser, err, out)
	}
	dir := wikiDir(t, w, "methods.py")
	got := runPy(t, dir, "methods.py")
	if *update {
		must(t, os.WriteFile(filepath.Join("wiki", "methods.out"), []byte(got), 0o644))
	}
	want, err := os.ReadFile(filepath.Join("wiki", "methods.out"))
	must(t, err)
	if got != string(want) {
		t.Errorf("methods.py output differs from wiki/methods.out:\n--- got\n%s--- want\n%s", got, want)
	}
	// merge_history moved the source's revision into the destination.
	if h := history(t, w.APIURL, "Surface merge dest"); len(h) != 2 ||
		h[0] != "TestBot|dest rev|dest text" || h[1] != "TestBot|source rev|old source text" {
		t.Errorf("Surface merge dest history after merge_history: %q", h)
	}
	// MediaWiki leaves a redirect where every revision was merged away.
	if h := history(t, w.APIURL, "Surface merge source"); len(h) != 1 ||
		h[0] != "TestBot|Merged [[:Surface merge source]] into [[:Surface merge dest]]: surface merge|#REDIRECT [[Surface merge dest]]" {
		t.Errorf("Surface merge source history after merge_history: %q", h)
	}
	// change_category replaced the category in the saved text.
	if h := history(t, w.APIURL, "Surface A"); len(h) != 3 || !strings.HasPrefix(h[0], "TestBot|recat|") ||
		!strings.Contains(h[0], "[[Category:Surface other]]") || strings.Contains(h[0], "Surface cat]]") {
		t.Errorf("Surface A history after change_category: %q", h)
	}
	if h := history(t, w.APIURL, "Surface redirect"); len(h) != 1 || h[0] != "TestBot|make redirect|#REDIRECT [[Surface B]]" {
		t.Errorf("Surface redirect history after set_redirect_target: %q", h)
	}
	// watch then unwatch leaves nothing of ours on the watchlist: asked
	// from the wiki through the same script's account is not possible
	// anonymously, so the script's own output covers it.
}
