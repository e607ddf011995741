package core

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

func TestMain(m *testing.M) { os.Exit(wikitest.Main(m)) }

// wikiDir writes a pywikibot configuration for the test wiki (the family
// is named demowiki, as in the recordings) and the given programs.
func wikiDir(t *testing.T, w *wikitest.Wiki, files ...string) string {
	t.Helper()
	dir := plainDir(t, files...)
	cfg := fmt.Sprintf("family_files['demowiki'] = '%s'\nfamily = 'demowiki'\nmylang = 'demowiki'\n"+
		"usernames['demowiki']['*'] = '%s'\npassword_file = 'user-password.cfg'\nput_throttle = 0\n",
		w.APIURL, w.BotUser)
	write(t, filepath.Join(dir, "user-config.py"), cfg)
	write(t, filepath.Join(dir, "user-password.cfg"),
		fmt.Sprintf("('%s', BotPassword('ci', '%s'))\n", w.BotUser, w.BotPasswordSecret))
	return dir
}

// runPy runs "gowikibot python script" in dir with stdin; stdout and
// stderr are merged as a terminal would show them.
func runPy(t *testing.T, dir, stdin, script string) string {
	t.Helper()
	r := testbin.Run(t, testbin.Cmd{Dir: dir, Args: []string{"python", script}, Stdin: stdin,
		Env: []string{"PYWIKIBOT_DIR=", "NO_COLOR=1"}, Merge: true})
	if r.Code != 0 {
		t.Fatalf("%s: exit status %d\n%s", script, r.Code, r.Stdout)
	}
	return r.Stdout
}

// query asks the wiki's API directly (formatversion 2).
func query(t *testing.T, w *wikitest.Wiki, params url.Values) map[string]any {
	t.Helper()
	params.Set("format", "json")
	params.Set("formatversion", "2")
	resp, err := http.Get(w.APIURL + "?" + params.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatal(err)
	}
	return r
}

// revisions returns (comment, user, content) of a page's revisions,
// newest first, as the wiki records them.
func revisions(t *testing.T, w *wikitest.Wiki, title string) [][3]string {
	t.Helper()
	r := query(t, w, url.Values{"action": {"query"}, "prop": {"revisions"}, "titles": {title},
		"rvprop": {"comment|user|content"}, "rvslots": {"main"}, "rvlimit": {"50"}})
	pages := r["query"].(map[string]any)["pages"].([]any)
	var out [][3]string
	for _, p := range pages {
		revs, _ := p.(map[string]any)["revisions"].([]any)
		for _, rv := range revs {
			m := rv.(map[string]any)
			content := m["slots"].(map[string]any)["main"].(map[string]any)["content"].(string)
			out = append(out, [3]string{m["comment"].(string), m["user"].(string), content})
		}
	}
	return out
}

// TestPywikibotForms runs four programs on a fresh wiki, in the order
// they were recorded with pywikibot 9.6.3 on another fresh wiki, compares
// their output with the recording, and checks the wiki's record.
func TestPywikibotForms(t *testing.T) {
	w := wikitest.Get(t)
	dir := wikiDir(t, w, "msgs.py", "prompts.py", "records.py", "lists.py")

	compare(t, "msgs.py", runPy(t, dir, "", "msgs.py"), golden(t, "msgs.out"))
	got := revisions(t, w, "Msg probe page")
	want := [][3]string{{"probe create", "TestBot", "probe text one"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("Msg probe page history: got %q, want %q (the null edit adds no revision)", got, want)
	}
	if got := revisions(t, w, "Definitely missing page xyz"); len(got) != 0 {
		t.Fatalf("nocreate created the page: %q", got)
	}

	compare(t, "prompts.py", runPy(t, dir, "x\nn\n\nsome reason\n", "prompts.py"), golden(t, "prompts.out"))
	if got := revisions(t, w, "Msg probe page"); len(got) != 1 || got[0][2] != "probe text one" {
		t.Fatalf("-simulate changed the page: %q", got)
	}
	if got := revisions(t, w, "Redirect probe"); len(got) != 1 || got[0][2] != "#REDIRECT [[Msg probe page]]" {
		t.Fatalf("Redirect probe: %q", got)
	}

	compare(t, "records.py", runPy(t, dir, "", "records.py"), golden(t, "records.out"))
	got = revisions(t, w, "Api probe")
	if len(got) != 2 || got[0][0] != "api probe two" || got[1][0] != "api probe one" || got[0][1] != "TestBot" ||
		!strings.HasSuffix(got[0][2], "[[Category:Probe cat]]\nmore") {
		t.Fatalf("Api probe history: %q", got)
	}

	compare(t, "lists.py", runPy(t, dir, "", "lists.py"), golden(t, "lists.out"))
}

// TestLinkParsing compares pywikibot.Link's parsing on the test wiki with
// pywikibot 9.6.3's recording (links.py): namespace prefixes, whitespace,
// entities and percent escapes, sections and anchors, each title MediaWiki
// refuses with pywikibot's InvalidTitleError text, and a Page as source.
func TestLinkParsing(t *testing.T) {
	w := wikitest.Get(t)
	dir := wikiDir(t, w, "links.py")
	compare(t, "links.py", runPy(t, dir, "", "links.py"), golden(t, "links.out"))
}
