package sidebyside

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"mime/multipart"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// TestMoreA runs more of pywikibot 9.6.3's own script files, unmodified,
// side by side (issue #10 part 2): cosmetic_changes, protect, movepages,
// category move and listify, solve_disambiguation, delinker, patrol with a
// whitelist, watchlist. Both wikis get the seed of seedPages plus
// moreASeed, an uploaded file that is deleted again before the run (for
// delinker) and edits by OtherUser waiting to be patrolled (the wikis
// have patrolling switched on). Rules as TestScripts963; MOREA_ONLY=name,...
// runs a subset.

// moreASettings switches on patrolling of recent changes and new pages.
const moreASettings = "$wgUseRCPatrol = true;\n$wgUseNPPatrol = true;\n"

// moreASeed is seeded by Admin on both wikis (after seedPages).
func moreASeed() []seedPage {
	return []seedPage{
		// cosmetic_changes: links whose label repeats the target, a
		// heading without spaces, HTML entities, trailing blanks
		{"Cosmetic 1", "Some text.  \n==Heading==\nA [[Page 001|Page 001]] link and [[Page 002|page 002]] here.\n" +
			"&amp; stays, &#8212; and &eacute; become characters.<br>\n\n\n\nEnd.\n[[Category:Seeded]]"},
		{"Prot 1", "A page to protect."},
		{"Move 1", "A page to move without a redirect."},
		{"Talk:Move 1", "Talk of the page to move."},
		{"Category:Old cat", "A category to be moved."},
		{"Mv 1", "First member.\n[[Category:Old cat]]"},
		{"Mv 2", "Second member.\n[[Category:Old cat|Key]]\n[[Category:Seeded]]"},
		{"Category:Listed", "A category to list."},
		{"Li 1", "Listed one.\n[[Category:Listed]]"},
		{"Li 2", "Listed two.\n[[Category:Listed]]"},
		{"Mercury", "'''Mercury''' may mean:\n* [[Mercury (planet)]], a planet\n* [[Mercury (element)]], a metal\n"},
		{"Mercury (planet)", "The planet."},
		{"Mercury (element)", "The element."},
		{"Planets", "The first planet is [[Mercury]]; see also [[Mercury|the planet Mercury]]."},
		{"Uses gone", "A picture: [[File:Gone pic.png|thumb|A caption]]\nText after it.\n[[File:Gone pic.png]]"},
		{"User:Admin/patrol whitelist", "Whitelist:\n* [[User:OtherUser]] [[Patrol me]]\n"},
		// category_redirect: a soft-redirected category with two members
		{"Template:Category redirect", "<includeonly>[[Category:Category redirects]]</includeonly>" +
			"<noinclude>Marks a category as redirected to the category given.</noinclude>"},
		{"Category:Category redirects", "Categories that redirect elsewhere."},
		{"Category:Fruit", "Fruit."},
		{"Orange", "An orange.\n[[Category:Fruits]]"},
		{"Lemon", "A lemon.\n[[Category:Fruits|Yellow]]"},
		{"Pair 1", "First page of a pairs file."},
		{"Pair 2", "Second page of a pairs file."},
		{"Pair odd", "Named last, without a target."},
		// parser_function_count: templates with core parser functions
		{"Template:PF one", "{{#tag:b|x}} {{#language:de}} {{#tag:i|y}}"},
		{"Template:PF two", "{{#special:Random}}"},
		{"Template:PF plain", "No functions."},
		// image: a file's uses replaced by another file, and removed
		{"Img user 1", "Before [[File:Old pic.png|thumb|Cap]] after.\n[[Image:Old pic.png]]\nEnd."},
		{"Img user 2", "Text [[File:Gone two.png]] more text."},
		// category tidy: Category:Tidy between a super- and a subcategory,
		// five members to move down, up, out, nowhere and elsewhere
		{"Category:Tidy top", "Top of the tidy tree."},
		{"Category:Tidy", "A category to tidy.\n[[Category:Tidy top]]"},
		{"Category:Tidy sub", "Below Tidy.\n[[Category:Tidy]]"},
		{"Tidy 1", "First to tidy.\n[[Category:Tidy]]"},
		{"Tidy 2", "Second to tidy.\n[[Category:Tidy|Tidy 2]]"},
		{"Tidy 3", "Third to tidy.\n[[Category:Tidy]]\n[[Category:Seeded]]"},
		{"Tidy 4", "Fourth stays.\n[[Category:Tidy]]"},
		{"Tidy 5", "Fifth jumps.\n[[Category:Tidy]]"},
	}
}

// moreAOther are edits by OtherUser, unpatrolled: the whitelist names the
// first page (and its prefix) only.
func moreAOther() []seedPage {
	return []seedPage{
		{"Patrol me 1", "Created by OtherUser: whitelisted."},
		{"Not listed", "Created by OtherUser: not whitelisted."},
		{"Revert me", "The text before OtherUser's edit. [[File:Spam.png]]"},
	}
}

func moreARows(g, p **side) []row963 {
	return []row963{
		{scenario: scenario{name: "cosmetic_changes", release: "9.6.3-file", script: "cosmetic_changes",
			args: []string{"-page:Cosmetic 1", "-always", "-summary:cc"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				// pywikibot 9.6.3 leaves <br> and the blank lines alone
				wantPage(t, st, "Cosmetic 1", botEdit("Some text.\n== Heading ==\nA [[Page 001]] link and [[page 002]] here.\n"+
					"&amp; stays, — and é become characters.<br>\n\n\n\nEnd.\n\n[[Category:Seeded]]", "cc"))
			}}},
		{scenario: scenario{name: "protect", release: "9.6.3-file", script: "protect", admin: true,
			args: []string{"-page:Prot 1", "-edit:sysop", "-move:sysop", "-expiry:infinite", "-always", "-summary:prot963"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Prot 1", seededA("Prot 1"))
			}},
			// pywikibot 9.6.3's protect never logs in: its need_right
			// checks the protect right on the userinfo at hand, and Admin
			// has no session cookie yet (no row before ran as Admin), so
			// both stop as the anonymous user "None"
			sameError: `UserRightsError: User "None" does not have required user right "protect" on site sbs:sbs.`},
		{scenario: scenario{name: "movepages-noredirect", release: "9.6.3-file", script: "movepages", admin: true,
			args: []string{"-from:Move 1", "-to:Moved 1", "-noredirect", "-always", "-summary:mvnr"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				if _, ok := st.Pages["Move 1"]; ok {
					t.Errorf("Move 1 left behind (a redirect?)")
				}
				if got := st.Pages["Moved 1"].Text; got != "A page to move without a redirect." {
					t.Errorf("Moved 1: %q", got)
				}
				if got := st.Pages["Talk:Moved 1"].Text; got != "Talk of the page to move." {
					t.Errorf("Talk:Moved 1: %q", got)
				}
			}}},
		{scenario: scenario{name: "category-move", release: "9.6.3-file", script: "category",
			args: []string{"move", "-from:Old cat", "-to:New cat", "-always", "-summary:cat-mv"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Mv 1", botEdit("First member.\n\n[[Category:New cat]]", "cat-mv"))
				wantPage(t, st, "Mv 2", botEdit("Second member.\n\n[[Category:New cat]]\n[[Category:Seeded]]", "cat-mv"))
			}}},
		{scenario: scenario{name: "category-listify", release: "9.6.3-file", script: "category",
			args: []string{"listify", "-from:Listed", "-to:List of listed", "-summary:cat-li"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "List of listed", pageState{Text: "* [[Li 1]]\n* [[Li 2]]", User: "TestBot", Comment: "cat-li", Bot: true})
			}}},
		{scenario: scenario{name: "solve_disambiguation", release: "9.6.3-file", script: "solve_disambiguation",
			args: []string{"-always:2", "-main", "Mercury"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Planets", botEdit("The first planet is [[Mercury (planet)|Mercury]]; see also [[Mercury (planet)|the planet Mercury]].",
					"Bot: pointing the links to the disambiguation page [[Mercury]] at [[Mercury (planet)]]"))
			}}},
		{scenario: scenario{name: "delinker", release: "9.6.3-file", script: "delinker",
			args: []string{"-localonly", "-since:"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Uses gone", botEdit("A picture: \nText after it.",
					"Bot: removing the deleted file [[File:Gone pic.png]] (deleted by Admin: seed deletion)"))
			}},
			// delinker has no -always: "a" accepts all changes
			stdin: "a\n"},
		{scenario: scenario{name: "patrol-whitelist", release: "9.6.3-file", script: "patrol", admin: true,
			args: []string{"-recentchanges"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				got, err := patrolledBy((*g).wiki)
				if err != nil {
					t.Fatal(err)
				}
				if want := "Not listed: unpatrolled\nPatrol me 1: patrolled\nRevert me: unpatrolled"; got != want {
					t.Errorf("gowikibot's wiki: OtherUser's edits:\n%s\nwant:\n%s", got, want)
				}
				if *p != nil {
					pgot, err := patrolledBy((*p).wiki)
					if err != nil {
						t.Fatal(err)
					}
					if pgot != got {
						t.Errorf("patrol flags differ:\n--- pywikibot\n%s\n--- gowikibot\n%s", pgot, got)
					}
				}
			}}},
		{scenario: scenario{name: "movepages-pairsfile", release: "9.6.3-file", script: "movepages", admin: true,
			args: []string{"-pairsfile:" + testdataPath("movepairs.txt"), "-always", "-summary:mvpf"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				for _, pair := range [][2]string{{"Pair 1", "Paired 1"}, {"Pair 2", "Paired 2"}} {
					if got := st.Pages[pair[0]].Text; got != "#REDIRECT [["+pair[1]+"]]" {
						t.Errorf("%s: %q, want a redirect to %s", pair[0], got, pair[1])
					}
					if got, want := st.Pages[pair[1]].Text, seededA(pair[0]).Text; got != want {
						t.Errorf("%s: %q, want %q", pair[1], got, want)
					}
				}
				wantPage(t, st, "Pair odd", seededA("Pair odd"))
				wantContains(t, "stderr", errs, "contains odd number of links")
			}}},
		{scenario: scenario{name: "watchlist-all", release: "9.6.3-file", script: "watchlist", args: []string{"-count:all"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantContains(t, "stderr", errs, "There are a total of 2 page(s) in the watchlists for all wikis.")
			}}},
		// revertbot reverts OtherUser's top edits to the revision before
		// them (pages OtherUser created have none: left alone)
		{scenario: scenario{name: "parser_function_count", release: "9.6.3-file", script: "parser_function_count",
			args: []string{"-atleast:1", "-upload:Parser report"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				got := st.Pages["Parser report"]
				if got.User != "TestBot" || !strings.Contains(got.Text, "PF one") || !strings.Contains(got.Text, "PF two") ||
					strings.Contains(got.Text, "PF plain") {
					t.Errorf("Parser report: %+v", got)
				}
			}},
			// it asks before uploading the list
			stdin: "y\n"},
		{scenario: scenario{name: "image-replace", release: "9.6.3-file", script: "image",
			args: []string{"Old pic.png", "New pic.png", "-always", "-summary:img-rep"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Img user 1", botEdit("Before [[File:New pic.png|thumb|Cap]] after.\n[[File:New pic.png]]\nEnd.", "img-rep"))
			}}},
		{scenario: scenario{name: "image-remove", release: "9.6.3-file", script: "image",
			args: []string{"Gone two.png", "-always", "-summary:img-rm"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				if got := st.Pages["Img user 2"]; got.User != "TestBot" || strings.Contains(got.Text, "Gone two") {
					t.Errorf("Img user 2: %+v", got)
				}
			}}},
		{scenario: scenario{name: "revertbot", release: "9.6.3-file", script: "revertbot", args: []string{"-username:OtherUser", "-limit:10"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				got := st.Pages["Revert me"]
				if got.Text != "The text before OtherUser's edit." || got.User != "TestBot" ||
					!strings.HasPrefix(got.Comment, "Bot: reverted to revision ") || !strings.Contains(got.Comment, " by Admin on ") {
					t.Errorf("Revert me: %+v", got)
				}
				if got := st.Pages["Not listed"]; got.User != "OtherUser" {
					t.Errorf("Not listed (created by OtherUser) touched: %+v", got)
				}
			}}},
	}
}

// seededA is the state of an untouched page of moreASeed.
func seededA(title string) pageState {
	for _, p := range moreASeed() {
		if p.Title == title {
			return pageState{Text: p.Text, User: "Admin", Comment: "seed"}
		}
	}
	return pageState{}
}

// patrolledBy lists OtherUser's edits in recent changes with whether each
// is patrolled, one "Title: patrolled|unpatrolled" line each, sorted.
func patrolledBy(w *wikitest.Wiki) (string, error) {
	c := newClient(w.APIURL)
	if err := c.login(w.AdminUser, w.AdminPassword); err != nil {
		return "", err
	}
	r, err := c.call(url.Values{"action": {"query"}, "list": {"recentchanges"}, "rcuser": {w.OtherUser},
		"rcprop": {"title|patrolled"}, "rclimit": {"50"}}, false)
	if err != nil {
		return "", err
	}
	var lines []string
	for _, e := range r["query"].(map[string]any)["recentchanges"].([]any) {
		m := e.(map[string]any)
		state := "unpatrolled"
		if pat, _ := m["patrolled"].(bool); pat {
			state = "patrolled"
		}
		lines = append(lines, fmt.Sprintf("%v: %s", m["title"], state))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n"), nil
}

// tinyPNG is a valid 2x2 PNG image.
func tinyPNG() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 2, 2))
	img.Set(0, 0, color.RGBA{200, 10, 10, 255})
	var b bytes.Buffer
	_ = png.Encode(&b, img)
	return b.Bytes()
}

// upload uploads a file through the API (multipart) as the logged-in user.
func (c *apiClient) upload(filename string, data []byte, text string) error {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, v := range map[string]string{"action": "upload", "filename": filename, "text": text,
		"comment": "seed upload", "ignorewarnings": "1", "format": "json", "token": c.token} {
		if err := mw.WriteField(k, v); err != nil {
			return err
		}
	}
	fw, err := mw.CreateFormFile("file", filename)
	if err != nil {
		return err
	}
	fw.Write(data)
	mw.Close()
	resp, err := c.http.Post(c.api, mw.FormDataContentType(), &body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out bytes.Buffer
	out.ReadFrom(resp.Body)
	if !strings.Contains(out.String(), `"result":"Success"`) {
		return fmt.Errorf("upload %s: %s", filename, out.String())
	}
	return nil
}

// startMoreASide starts one side of TestMoreA: a wiki with patrolling,
// the seeds, the deleted file and OtherUser's edits.
func startMoreASide(t *testing.T, name string) (*side, error) {
	return startSeededSide(t, name, sideOptions{settings: moreASettings, extra: moreASeed(),
		before: func(s *side, c *apiClient) error {
			return c.upload("Gone pic.png", tinyPNG(), "A picture that gets deleted.")
		},
		after: func(s *side, c *apiClient) error {
			w := s.wiki
			if _, err := c.call(url.Values{"action": {"delete"}, "title": {"File:Gone pic.png"}, "reason": {"seed deletion"},
				"token": {c.token}}, true); err != nil {
				return fmt.Errorf("deleting File:Gone pic.png: %w", err)
			}
			// revertbot: OtherUser's edit goes on top of this; its summary
			// names this revision's time, so the revision is imported with
			// a fixed one
			if err := importOld(w, "Revert me", 0, "The text before OtherUser's edit."); err != nil {
				return err
			}
			o := newClient(w.APIURL)
			if err := o.login(w.OtherUser, w.OtherPassword); err != nil {
				return err
			}
			for _, p := range moreAOther() {
				if err := o.edit(p.Title, p.Text, "other seed"); err != nil {
					return fmt.Errorf("seed %s: %w", p.Title, err)
				}
			}
			if err := importOld(w, "Category:Fruits", 14, "{{Category redirect|Fruit}}"); err != nil {
				return err
			}
			return writeCatRedirConfig(catRedirDir(s), w)
		}})
}

// importOld creates a page whose only revision is from 2020, by Admin
// with summary "seed" (importDump.php): category_redirect leaves alone a
// category redirect edited within the last day.
func importOld(w *wikitest.Wiki, title string, ns int, text string) error {
	var esc bytes.Buffer
	if err := xml.EscapeText(&esc, []byte(text)); err != nil {
		return err
	}
	dump := fmt.Sprintf(`<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">
  <page>
    <title>%s</title>
    <ns>%d</ns>
    <revision>
      <timestamp>2020-01-01T00:00:00Z</timestamp>
      <contributor><username>Admin</username><id>1</id></contributor>
      <comment>seed</comment>
      <model>wikitext</model>
      <format>text/x-wiki</format>
      <text xml:space="preserve">%s</text>
    </revision>
  </page>
</mediawiki>
`, title, ns, esc.String())
	path := filepath.Join(w.Dir, "import-"+strings.NewReplacer(":", "_", " ", "_").Replace(title)+".xml")
	if err := os.WriteFile(path, []byte(dump), 0o644); err != nil {
		return err
	}
	if out, err := w.Maintenance("importDump", path); err != nil {
		return fmt.Errorf("importing %s: %v\n%s", title, err, out)
	}
	return nil
}

// catRedirDir is the config directory of a TestMoreA side for
// category_redirect: TestBot, with a family file that names the wiki's
// category redirect template.
func catRedirDir(s *side) string { return filepath.Join(filepath.Dir(s.bot), "catredir") }

func writeCatRedirConfig(dir string, w *wikitest.Wiki) error {
	if err := writeConfig(dir, w, w.BotUser, fmt.Sprintf("BotPassword('ci', '%s')", w.BotPasswordSecret)); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(dir, "families"), 0o700); err != nil {
		return err
	}
	fam := filepath.Join(dir, "families", "sbs_family.py")
	if err := writeFamilyFile(fam, "sbs", w); err != nil {
		return err
	}
	f, err := os.OpenFile(fam, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	if _, err := f.WriteString("\n    category_redirect_templates = {'_default': ['Category redirect']}\n"); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	cfgPath := filepath.Join(dir, "user-config.py")
	cfg, err := os.ReadFile(cfgPath)
	if err != nil {
		return err
	}
	cfg = []byte(strings.Replace(string(cfg), "'"+w.APIURL+"'", "'"+fam+"'", 1))
	return os.WriteFile(cfgPath, cfg, 0o600)
}

var logDateLine = regexp.MustCompile(`== \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ ==`)

// withoutLogDates hides the time of the run in the log pages
// category_redirect writes.
func withoutLogDates(st *wikiState) *wikiState {
	out := &wikiState{Pages: map[string]pageState{}, Log: st.Log}
	for title, ps := range st.Pages {
		ps.Text = logDateLine.ReplaceAllString(ps.Text, "== DATE ==")
		out.Pages[title] = ps
	}
	return out
}

// runCatRedirect runs category_redirect (its own config directories, its
// log page's date hidden) on both sides and compares what it changed.
func runCatRedirect(t *testing.T, g, p *side, script string) {
	// no -delay: 9.6.3's category_redirect reads -delay:N as delay=True,
	// one day; Category:Fruits was last edited in 2020 (importOld)
	args := []string{"-category:Category redirects", "-always"}
	gOut, gErr, gCode := g.runner(catRedirDir(g), "", script, args)
	t.Logf("gowikibot category_redirect %s (exit %d)\n--- stdout\n%s--- stderr\n%s", strings.Join(args, " "), gCode, gOut, gErr)
	gst, err := snapshot(g.wiki.APIURL)
	if err != nil {
		t.Fatal(err)
	}
	gBefore := g.last
	g.last = gst
	if p != nil {
		pOut, pErr, pCode := p.runner(catRedirDir(p), "", script, args)
		t.Logf("pywikibot (exit %d)\n--- stdout\n%s--- stderr\n%s", pCode, pOut, pErr)
		pst, err := snapshot(p.wiki.APIURL)
		if err != nil {
			t.Fatal(err)
		}
		pBefore := p.last
		p.last = pst
		if d := diffChanges(withoutLogDates(pBefore), withoutLogDates(pst), withoutLogDates(gBefore), withoutLogDates(gst)); len(d) > 0 {
			t.Errorf("final wiki states differ (%d pages):\n%s", len(d), strings.Join(d[:min(len(d), 10)], "\n"))
		}
		if essential(pOut) != essential(gOut) {
			t.Errorf("essential stdout differs:\n--- pywikibot\n%s\n--- gowikibot\n%s", essential(pOut), essential(gOut))
		}
		if gCode != pCode {
			t.Errorf("exit status: pywikibot %d, gowikibot %d", pCode, gCode)
		}
	}
	summary := "Bot: moving the page from the redirected [[:Category:Fruits]] to [[:Category:Fruit]]"
	wantPage(t, gst, "Orange", botEdit("An orange.\n[[Category:Fruit]]", summary))
	wantPage(t, gst, "Lemon", botEdit("A lemon.\n[[Category:Fruit|Yellow]]", summary))
}

func TestMoreA(t *testing.T) {
	if testing.Short() {
		t.Skip("side-by-side runs need two test wikis; skipped in -short mode")
	}
	scriptDir := filepath.Join(pwbDir(), "scripts")
	if !exists(filepath.Join(scriptDir, "category.py")) {
		t.Skipf("pywikibot 9.6.3 checkout missing at %s: its script files are what these rows run", pwbDir())
	}
	gwb := testbin.Gowikibot(t)
	pwb963, withPwb := checkout963(t)
	moreNamespaces(t, "3", "6", "15")
	g, p := startBoth(t, withPwb, startMoreASide)
	gRun, pRun := fileRunners(gwb, pwb963, scriptDir, nil)
	g.runner = gRun
	if p != nil {
		p.runner = pRun
	}
	only := onlyRows("MOREA_ONLY")
	for _, sc := range moreARows(&g, &p) {
		if !only(sc.name) {
			continue
		}
		sc := sc
		t.Run(sc.name, func(t *testing.T) {
			runScenario(t, g, p, sc, filepath.Join(scriptDir, sc.script+".py"))
		})
	}
	if only("category_redirect") {
		t.Run("category_redirect", func(t *testing.T) {
			runCatRedirect(t, g, p, filepath.Join(scriptDir, "category_redirect.py"))
		})
	}
	if only("category-tidy") {
		t.Run("category-tidy", func(t *testing.T) {
			runCatTidy(t, g, p, filepath.Join(scriptDir, "category.py"))
		})
	}
}
