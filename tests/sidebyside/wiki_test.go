package sidebyside

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// apiClient is a bare MediaWiki API client for seeding and inspecting a
// test wiki (independent of the code under test).
type apiClient struct {
	api   string
	http  *http.Client
	token string
}

func newClient(api string) *apiClient {
	jar, _ := cookiejar.New(nil)
	return &apiClient{api: api, http: &http.Client{Jar: jar, Timeout: 60 * time.Second}}
}

func (c *apiClient) call(params url.Values, post bool) (map[string]any, error) {
	params.Set("format", "json")
	params.Set("formatversion", "2")
	var resp *http.Response
	var err error
	if post {
		resp, err = c.http.PostForm(c.api, params)
	} else {
		resp, err = c.http.Get(c.api + "?" + params.Encode())
	}
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	var out map[string]any
	if err := json.Unmarshal(body, &out); err != nil {
		return nil, fmt.Errorf("%v: %s", err, body)
	}
	if e, ok := out["error"].(map[string]any); ok {
		return nil, fmt.Errorf("API error %v: %v", e["code"], e["info"])
	}
	return out, nil
}

// login logs in with action=login and fetches a csrf token.
func (c *apiClient) login(user, pass string) error {
	r, err := c.call(url.Values{"action": {"query"}, "meta": {"tokens"}, "type": {"login"}}, false)
	if err != nil {
		return err
	}
	lt := r["query"].(map[string]any)["tokens"].(map[string]any)["logintoken"].(string)
	r, err = c.call(url.Values{"action": {"login"}, "lgname": {user}, "lgpassword": {pass}, "lgtoken": {lt}}, true)
	if err != nil {
		return err
	}
	if res := r["login"].(map[string]any)["result"]; res != "Success" {
		return fmt.Errorf("login %s: %v", user, r["login"])
	}
	r, err = c.call(url.Values{"action": {"query"}, "meta": {"tokens"}}, false)
	if err != nil {
		return err
	}
	c.token = r["query"].(map[string]any)["tokens"].(map[string]any)["csrftoken"].(string)
	return nil
}

func (c *apiClient) edit(title, text, summary string) error {
	_, err := c.call(url.Values{"action": {"edit"}, "title": {title}, "text": {text},
		"summary": {summary}, "token": {c.token}}, true)
	return err
}

// seedPage is one page of the seeded wiki.
type seedPage struct{ Title, Text string }

// NumPages is the number of 2 KB content pages the wiki is seeded with.
const NumPages = 200

// seedPages returns the deterministic seed: NumPages pages "Page 000" ...
// of about 2 KB with links, a template and a category (every third with
// "foo"), the template and category pages, a page that denies TestBot
// through {{bots}}, a sandbox, a redirect and pages for the delete test.
func seedPages() []seedPage {
	var pages []seedPage
	pages = append(pages,
		seedPage{"Template:Info", "<noinclude>An info box.</noinclude>{{{1|}}}"},
		seedPage{"Category:Seeded", "Seeded pages."},
		seedPage{"Denied page", "{{bots|deny=TestBot}}\nThis page has foo in it and denies TestBot."},
		seedPage{"Sandbox", "Someone played here: foo bar."},
		seedPage{"Redirect to 000", "#REDIRECT [[Page 000]]"},
		seedPage{"Doomed 1", "Delete me [[Category:Doomed]]"},
		seedPage{"Doomed 2", "Delete me too [[Category:Doomed]]"},
	)
	for i := 0; i < NumPages; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "{{Info|%d}}\n== Page %d ==\n", i, i)
		for j := 0; b.Len() < 1900; j++ {
			word := "lorem"
			if i%3 == 0 && j%5 == 0 {
				word = "foo"
			}
			fmt.Fprintf(&b, "Line %d of page %d: %s ipsum dolor sit amet, see [[Page %03d]] and [[Page %03d|the next one]].\n",
				j, i, word, (i+j)%NumPages, (i+1)%NumPages)
		}
		b.WriteString("<!-- foo in a comment -->\n[[Category:Seeded]]")
		pages = append(pages, seedPage{fmt.Sprintf("Page %03d", i), b.String()})
	}
	// the target of template.py's replacement scenario
	pages = append(pages, seedPage{"Template:Box", "<div class=\"box\">{{{1|}}}</div>"})
	// a misspelling, its template and a page linking to it (twice), for
	// misspelling.py
	pages = append(pages,
		seedPage{"Template:Misspelling", "'''{{PAGENAME}}''' is a misspelling of [[{{{1}}}]]."},
		seedPage{"Colour", "{{Misspelling|Color}}"},
		seedPage{"Color", "A color."},
		seedPage{"Paint", "The [[Colour]] of paint, and [[colour|its hue]]; see [[Colour#Shades|shades]]."},
	)
	return pages
}

// seed creates the seed pages through the API as Admin, with 4 parallel
// clients (the order of creation does not matter for the comparisons).
func seed(w *wikitest.Wiki) error {
	pages := seedPages()
	const workers = 4
	errs := make(chan error, workers)
	var wg sync.WaitGroup
	for k := 0; k < workers; k++ {
		c := newClient(w.APIURL)
		if err := c.login(w.AdminUser, w.AdminPassword); err != nil {
			return err
		}
		wg.Add(1)
		go func(k int, c *apiClient) {
			defer wg.Done()
			for i := k; i < len(pages); i += workers {
				if err := c.edit(pages[i].Title, pages[i].Text, "seed"); err != nil {
					errs <- fmt.Errorf("seed %s: %w", pages[i].Title, err)
					return
				}
			}
		}(k, c)
	}
	wg.Wait()
	close(errs)
	return <-errs
}

// pageState is what the comparison looks at for one page.
type pageState struct {
	Text, User, Comment string
	Minor, Bot          bool
	Protection          string // "edit=sysop move=sysop" (expiry infinite), or ""
}

func (p pageState) String() string {
	return fmt.Sprintf("user=%s comment=%q minor=%v bot=%v protection=%q text=%q", p.User, p.Comment, p.Minor, p.Bot, p.Protection, short(p.Text))
}

func short(s string) string {
	if len(s) > 120 {
		return s[:60] + "..." + s[len(s)-57:]
	}
	return s
}

// wikiState is the final state of a wiki: every page of the namespaces
// below with its latest revision, and the deletion log.
type wikiState struct {
	Pages map[string]pageState
	Log   []string
}

var stateNamespaces = []string{"0", "1", "2", "4", "10", "14"}

// snapshot reads the state of the wiki anonymously.
func snapshot(api string) (*wikiState, error) {
	c := newClient(api)
	st := &wikiState{Pages: map[string]pageState{}}
	revs := map[int]string{}
	for _, ns := range stateNamespaces {
		cont := url.Values{}
		for {
			p := url.Values{"action": {"query"}, "generator": {"allpages"}, "gapnamespace": {ns},
				"gaplimit": {"50"}, "prop": {"revisions|info"}, "rvprop": {"ids|content|user|comment|flags"},
				"rvslots": {"main"}, "inprop": {"protection"}}
			for k, v := range cont {
				p[k] = v
			}
			r, err := c.call(p, false)
			if err != nil {
				return nil, err
			}
			if q, ok := r["query"].(map[string]any); ok {
				for _, pg := range q["pages"].([]any) {
					m := pg.(map[string]any)
					title := m["title"].(string)
					rl, _ := m["revisions"].([]any)
					if len(rl) == 0 {
						continue
					}
					rv := rl[0].(map[string]any)
					text := ""
					if sl, ok := rv["slots"].(map[string]any); ok {
						text, _ = sl["main"].(map[string]any)["content"].(string)
					}
					minor, _ := rv["minor"].(bool)
					user, _ := rv["user"].(string)
					comment, _ := rv["comment"].(string)
					var prot []string
					pl, _ := m["protection"].([]any)
					for _, pr := range pl {
						pm := pr.(map[string]any)
						prot = append(prot, fmt.Sprintf("%v=%v", pm["type"], pm["level"]))
					}
					sort.Strings(prot)
					st.Pages[title] = pageState{Text: text, User: user, Comment: comment, Minor: minor,
						Protection: strings.Join(prot, " ")}
					revs[int(rv["revid"].(float64))] = title
				}
			}
			c, ok := r["continue"].(map[string]any)
			if !ok {
				break
			}
			cont = url.Values{}
			for k, v := range c {
				cont.Set(k, fmt.Sprint(v))
			}
		}
	}
	// bot flags of the latest revisions, from recent changes. MediaWiki
	// adds an edit to recent changes after answering the edit request, so
	// a revision made just before may take a moment to show up there.
	// (Some revisions never do, e.g. the redirect a move leaves: waiting
	// stops once a second passes without news.)
	for try, last, same := 0, -1, 0; ; try++ {
		found, err := recentBotFlags(c, revs, st)
		if err != nil {
			return nil, err
		}
		if found == last {
			same++
		} else {
			last, same = found, 0
		}
		if found >= len(revs) || same == 10 || try == 50 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	r, err := c.call(url.Values{"action": {"query"}, "list": {"logevents"}, "letype": {"delete"},
		"leprop": {"title|user|comment|type"}, "lelimit": {"500"}, "ledir": {"newer"}}, false)
	if err != nil {
		return nil, err
	}
	for _, e := range r["query"].(map[string]any)["logevents"].([]any) {
		m := e.(map[string]any)
		st.Log = append(st.Log, fmt.Sprintf("%v %v by %v: %v", m["action"], m["title"], m["user"], m["comment"]))
	}
	return st, nil
}

// recentBotFlags sets the bot flag of each page whose latest revision (in
// revs) is in recent changes, and returns how many of revs it found.
func recentBotFlags(c *apiClient, revs map[int]string, st *wikiState) (int, error) {
	found := 0
	cont := url.Values{}
	for {
		p := url.Values{"action": {"query"}, "list": {"recentchanges"}, "rcprop": {"ids|flags"}, "rclimit": {"500"}}
		for k, v := range cont {
			p[k] = v
		}
		r, err := c.call(p, false)
		if err != nil {
			return 0, err
		}
		for _, e := range r["query"].(map[string]any)["recentchanges"].([]any) {
			m := e.(map[string]any)
			id := int(m["revid"].(float64))
			if title, ok := revs[id]; ok {
				ps := st.Pages[title]
				ps.Bot, _ = m["bot"].(bool)
				st.Pages[title] = ps
				found++
			}
		}
		cm, ok := r["continue"].(map[string]any)
		if !ok {
			return found, nil
		}
		cont = url.Values{}
		for k, v := range cm {
			cont.Set(k, fmt.Sprint(v))
		}
	}
}

// diffStates lists the differences between two wiki states.
func diffStates(a, b *wikiState) []string {
	var out []string
	titles := map[string]bool{}
	for t := range a.Pages {
		titles[t] = true
	}
	for t := range b.Pages {
		titles[t] = true
	}
	var sorted []string
	for t := range titles {
		sorted = append(sorted, t)
	}
	sort.Strings(sorted)
	for _, t := range sorted {
		pa, oka := a.Pages[t]
		pb, okb := b.Pages[t]
		switch {
		case !oka:
			out = append(out, fmt.Sprintf("%s: only in gowikibot's wiki: %v", t, pb))
		case !okb:
			out = append(out, fmt.Sprintf("%s: only in pywikibot's wiki: %v", t, pa))
		case pa != pb:
			out = append(out, fmt.Sprintf("%s:\n  pywikibot: %v\n  gowikibot: %v", t, pa, pb))
		}
	}
	if strings.Join(a.Log, "\n") != strings.Join(b.Log, "\n") {
		out = append(out, fmt.Sprintf("deletion log:\n  pywikibot: %q\n  gowikibot: %q", a.Log, b.Log))
	}
	return out
}

// writeConfig writes a pywikibot config directory for the wiki: a
// user-config.py with family "sbs" and a password file for user, whose
// entry is pwEntry (e.g. BotPassword('ci', '...') or '...').
func writeConfig(dir string, w *wikitest.Wiki, user, pwEntry string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	cfg := fmt.Sprintf("family_files['sbs'] = '%s'\nfamily = 'sbs'\nmylang = 'sbs'\n"+
		"usernames['sbs']['*'] = '%s'\npassword_file = 'user-password.cfg'\n"+
		"put_throttle = 0\nminthrottle = 0\nmaxthrottle = 1\nretry_wait = 1\nmax_retries = 2\n"+
		"noisysleep = 100\n", w.APIURL, user)
	if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte(cfg), 0o600); err != nil {
		return err
	}
	pw := fmt.Sprintf("('%s', %s)\n", user, pwEntry)
	return os.WriteFile(filepath.Join(dir, "user-password.cfg"), []byte(pw), 0o600)
}

// diffChanges compares what one scenario changed on each side: the pages
// whose state changed on either wiki must end up the same on both, so an
// earlier difference does not spill over into later scenarios.
func diffChanges(pBefore, pAfter, gBefore, gAfter *wikiState) []string {
	a := &wikiState{Pages: map[string]pageState{}, Log: pAfter.Log[min(len(pBefore.Log), len(pAfter.Log)):]}
	b := &wikiState{Pages: map[string]pageState{}, Log: gAfter.Log[min(len(gBefore.Log), len(gAfter.Log)):]}
	changed := func(before, after *wikiState, title string) bool {
		x, okx := before.Pages[title]
		y, oky := after.Pages[title]
		return okx != oky || x != y
	}
	titles := map[string]bool{}
	for _, st := range []*wikiState{pBefore, pAfter, gBefore, gAfter} {
		for t := range st.Pages {
			titles[t] = true
		}
	}
	for t := range titles {
		if changed(pBefore, pAfter, t) || changed(gBefore, gAfter, t) {
			if ps, ok := pAfter.Pages[t]; ok {
				ps.Comment = normalizeProtectComment(ps.Comment)
				a.Pages[t] = ps
			}
			if gs, ok := gAfter.Pages[t]; ok {
				gs.Comment = normalizeProtectComment(gs.Comment)
				b.Pages[t] = gs
			}
		}
	}
	return diffStates(a, b)
}

var protectGroup = regexp.MustCompile(`\[[^\]]+\] \([^)]*\)`)

// normalizeProtectComment sorts the "[Edit=...] (expiry)" groups of a
// protection summary: pywikibot 7.7.3's protect builds its protections by
// iterating a set, so their order follows CPython's per-process string hash
// seed and is not part of the behaviour compared.
func normalizeProtectComment(c string) string {
	if !strings.HasPrefix(c, "Protected ") {
		return c
	}
	groups := protectGroup.FindAllString(c, -1)
	if len(groups) < 2 {
		return c
	}
	joined := strings.Join(groups, " ")
	if !strings.Contains(c, joined) {
		return c
	}
	sorted := append([]string{}, groups...)
	sort.Strings(sorted)
	return strings.Replace(c, joined, strings.Join(sorted, " "), 1)
}

func TestNormalizeProtectComment(t *testing.T) {
	a := `Protected "[[P]]": s ([Move=Allow only administrators] (indefinite) [Edit=Allow only administrators] (indefinite))`
	b := `Protected "[[P]]": s ([Edit=Allow only administrators] (indefinite) [Move=Allow only administrators] (indefinite))`
	if normalizeProtectComment(a) != normalizeProtectComment(b) || normalizeProtectComment(a) != b {
		t.Fatalf("got %q", normalizeProtectComment(a))
	}
	if got := normalizeProtectComment("edit summary [b] (x) [a] (y)"); got != "edit summary [b] (x) [a] (y)" {
		t.Fatalf("non-protection summary changed: %q", got)
	}
}
