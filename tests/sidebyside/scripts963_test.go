package sidebyside

import (
	"fmt"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// scripts963Seed is seeded, in addition to seedPages, on both wikis of
// TestScripts963: pages for category, redirect, pagefromfile and friends.
func scripts963Seed() []seedPage {
	return []seedPage{
		{"Cat add 1", "A page to be categorised."},
		{"Cat add 2", "Another page.\n\n[[Category:Seeded]]"},
		{"Category:Removable", "Pages whose category is removed."},
		{"Rem 1", "First page in a category to remove.\n[[Category:Removable]]"},
		{"Rem 2", "Second page.\n[[Category:Removable|Sort]]\n[[Category:Seeded]]"},
		{"Double A", "#REDIRECT [[Double B]]"},
		{"Double B", "#REDIRECT [[Page 001]]"},
		{"Broken R", "#REDIRECT [[No such target page]]"},
		{"Refs page", "A fact.<ref>A source.</ref>\n\n== See also ==\n* [[Page 002]]"},
		{"Fixing source", "See [[Redirect to 000]] and [[Redirect to 000|the first page]]."},
		{"Undel 1", "A page deleted before the run, to be restored."},
		{"Template:Archive config", "<noinclude>Archiving settings of a talk page.</noinclude>"},
		{"Talk:Archived", "{{Archive config\n|archive = Talk:Archived/Archive %(counter)d\n|algo = old(1d)\n|counter = 1\n" +
			"|minthreadsleft = 0\n|minthreadstoarchive = 1\n}}\n\n== Old thread ==\nAn old question. " +
			"[[User:Admin|Admin]] 10:00, 1 January 2020 (UTC)\n\n== Another old one ==\nMore. " +
			"[[User:Admin|Admin]] 11:00, 2 January 2020 (UTC)\n"},
	}
}

// scripts963 are pywikibot 9.6.3's own script files, unmodified, run by
// "gowikibot python" and by pywikibot 9.6.3 on two identically seeded
// wikis (seedPages and scripts963Seed), in this order.
func scripts963() []row963 {
	return []row963{
		{scenario: scenario{name: "category-add", release: "9.6.3-file", script: "category",
			args: []string{"add", "-page:Cat add 1", "-page:Cat add 2", "-to:Added", "-always", "-summary:cat-add"},
			// 9.6.3's category add does not pass -always to its bot: it asks, "a" answers all
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Cat add 1", botEdit("A page to be categorised.\n\n[[Category:Added]]", "cat-add"))
				wantPage(t, st, "Cat add 2", botEdit("Another page.\n\n[[Category:Seeded]]\n[[Category:Added]]", "cat-add"))
			}},
			stdin: "a\n"},
		{scenario: scenario{name: "category-remove", release: "9.6.3-file", script: "category",
			args: []string{"remove", "-from:Removable", "-always", "-summary:cat-rem"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Rem 1", botEdit("First page in a category to remove.", "cat-rem"))
				wantPage(t, st, "Rem 2", botEdit("Second page.\n\n[[Category:Seeded]]", "cat-rem"))
				// pywikibot 9.6.3 read the category's counts before removing
				// its members, so it does not find it empty: no {{delete}}
				if got := st.Pages["Category:Removable"]; got != seeded963("Category:Removable") {
					t.Errorf("Category:Removable changed: %v", got)
				}
			}}},
		{scenario: scenario{name: "redirect-double", release: "9.6.3-file", script: "redirect",
			args: []string{"double", "-always"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Double A", botEdit("#REDIRECT [[Page 001]]", "Bot: Fixing a double redirect from [[Double B]] to [[Page 001]]"))
			}}},
		{scenario: scenario{name: "redirect-broken", release: "9.6.3-file", script: "redirect", admin: true,
			args: []string{"broken", "-always"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				// pywikibot 9.6.3 neither deletes nor tags it here
				wantPage(t, st, "Broken R", seeded963("Broken R"))
				wantContains(t, "stderr", errs, "Cannot fix or delete the broken redirect")
			}}},
		{scenario: scenario{name: "pagefromfile", release: "9.6.3-file", script: "pagefromfile",
			args: []string{"-file:" + testdataPath("pagefromfile.txt"), "-notitle", "-summary:pff"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "From file 1", pageState{Text: "is the first page.", User: "TestBot", Comment: "pff", Bot: true})
				wantPage(t, st, "From file 2", pageState{Text: "comes second.\n[[Category:Seeded]]", User: "TestBot", Comment: "pff", Bot: true})
			}}},
		{scenario: scenario{name: "noreferences", release: "9.6.3-file", script: "noreferences",
			args:  []string{"-page:Refs page", "-always"},
			check: func(t *testing.T, st *wikiState, out, errs string) {},
		}},
		{scenario: scenario{name: "fixing_redirects", release: "9.6.3-file", script: "fixing_redirects",
			args:  []string{"-page:Fixing source", "-always"},
			check: func(t *testing.T, st *wikiState, out, errs string) {},
		}},
		// delete -undelete checks the undelete right before anything logs
		// in, so pywikibot 9.6.3 stops with UserRightsError for user
		// "None" even as Admin; nothing is restored.
		{scenario: scenario{name: "delete-undelete", release: "9.6.3-file", script: "delete", admin: true,
			args: []string{"-undelete", "-page:Undel 1", "-always", "-summary:undel963"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				if _, ok := st.Pages["Undel 1"]; ok {
					t.Errorf("Undel 1 was restored")
				}
			}},
			sameError: `UserRightsError: User "None" does not have required user right "undelete" on site sbs:sbs.`},
		// scripts that stop on this wiki: the same message (or the same
		// exception class and message) on both sides, nothing edited
		{scenario: scenario{name: "unusedfiles", release: "9.6.3-file", script: "unusedfiles", args: []string{"-limit:5", "-always"}},
			sameError: "TranslationError: This script is not localized for sbs:sbs site;"},
		{scenario: scenario{name: "commonscat", release: "9.6.3-file", script: "commonscat", args: []string{"-always"}, compareStderr: true,
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantContains(t, "stderr", errs, "ERROR: Unable to execute script because no generator was defined.")
			}}},
		{scenario: scenario{name: "blockpageschecker", release: "9.6.3-file", script: "blockpageschecker", args: []string{"-protectedpages", "-always"}, compareStderr: true,
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantContains(t, "stderr", errs, "Your project is not supported by this script.")
			}}},
		{scenario: scenario{name: "welcome", release: "9.6.3-file", script: "welcome", args: []string{"-limit:10"}, compareStderr: true,
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantContains(t, "stderr", errs, `ERROR: An error occurred: "'welcome.py is not localized for site sbs:sbs in WELCOME dict.'".`)
			}}},
		{scenario: scenario{name: "patrol", release: "9.6.3-file", script: "patrol", args: []string{"-always"}},
			sameError: "NoPageError: Page [[sbs:User:TestBot/patrol whitelist]] doesn't exist."},
		{scenario: scenario{name: "watchlist", release: "9.6.3-file", script: "watchlist", args: []string{"-count"}}},
		{scenario: scenario{name: "newitem", release: "9.6.3-file", script: "newitem", args: []string{"-page:Page 190", "-always"}},
			sameError: "WikiBaseError: sbs:sbs is not connected to a data repository"},
		// isbnlib is not installed: both name the missing package and the
		// pip command, and exit 0 without running the script
		// (the pywikibot side runs from a temporary copy of the checkout:
		// the comparison drops the folders above the checkout's name, and
		// check holds gowikibot's whole text)
		{scenario: scenario{name: "create_isbn_edition", release: "9.6.3-file", script: "create_isbn_edition", args: []string{"P212", "978-0-19-852663-6"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				want := "No package metadata was found for isbnlib\n\nA package necessary for " +
					filepath.Join(pwbDir(), "scripts", "create_isbn_edition.py") + " is missing.\n" +
					"Please update required module with:\n\n\n    pip install \"isbnlib\"\n\n"
				if out != want {
					t.Errorf("stdout %q, want %q", out, want)
				}
			}},
			normalize: func(s string) string { return checkoutScript.ReplaceAllString(s, "$1") }},
		// (more archivebot scenarios: TestArchiveSideBySide)
		{scenario: scenario{name: "archivebot", release: "9.6.3-file", script: "archivebot", args: []string{"-page:Talk:Archived", "Archive config"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantContains(t, "Talk:Archived/Archive 1", st.Pages["Talk:Archived/Archive 1"].Text, "== Old thread ==", "== Another old one ==")
			}}},
	}
}

// TestScripts963 runs scripts963 side by side (see TestSideBySide; the
// same rules: without /tmp/pwb963 the rows are skipped, as the script
// files come from the checkout). SBS963_ONLY=name,name runs a subset.
func TestScripts963(t *testing.T) {
	if testing.Short() {
		t.Skip("side-by-side runs need two test wikis; skipped in -short mode")
	}
	scriptDir := filepath.Join(pwbDir(), "scripts")
	if !exists(filepath.Join(scriptDir, "category.py")) {
		t.Skipf("pywikibot 9.6.3 checkout missing at %s: its script files are what these rows run", pwbDir())
	}
	gwb := testbin.Gowikibot(t)
	pwb963, withPwb := checkout963(t)
	moreNamespaces(t, "3", "6")
	start := func(t *testing.T, name string) (*side, error) {
		return startSeededSide(t, name, sideOptions{extra: scripts963Seed(),
			after: func(s *side, c *apiClient) error {
				// deleted before the run, for delete -undelete
				if _, err := c.call(url.Values{"action": {"delete"}, "title": {"Undel 1"}, "reason": {"seed deletion"},
					"token": {c.token}}, true); err != nil {
					return fmt.Errorf("deleting Undel 1: %w", err)
				}
				return nil
			}})
	}
	g, p := startBoth(t, withPwb, start)
	// the runners' second argument is the row's stdin (release is fixed)
	gRun, pRun := fileRunners(gwb, pwb963, scriptDir, nil)
	g.runner = gRun
	if p != nil {
		p.runner = pRun
	}
	only := onlyRows("SBS963_ONLY")
	for _, sc := range scripts963() {
		if !only(sc.name) {
			continue
		}
		sc := sc
		t.Run(sc.name, func(t *testing.T) {
			runScenario(t, g, p, sc, filepath.Join(scriptDir, sc.script+".py"))
		})
	}
}

// row963 is a scenario of TestScripts963.
type row963 struct {
	scenario
	// blockedBy is a piece of gowikibot's stderr that shows a known gap or
	// difference (e.g. a missing module, or a save pywikibot does not make)
	// and blocked the reason recorded in STATUS.md: while gowikibot's
	// stderr contains blockedBy the row runs on both sides but is skipped
	// with its differences logged; once it is gone it is checked in full.
	blockedBy, blocked string
	// stdin is typed into the script (both sides), e.g. answers to prompts
	stdin string
	// normalize, when set, rewrites stdout and stderr before they are
	// compared (parts that differ from run to run, such as random names)
	normalize func(string) string
	// sameError: both sides end with this exception (class and message;
	// the module path of the class is dropped; a final "…" matches any
	// rest)
	sameError string
}

// runScenario runs one row on both sides and compares what it changed.
func runScenario(t *testing.T, g, p *side, sc row963, script string) {
	cfg := func(s *side) string {
		if sc.admin {
			return s.admin
		}
		return s.bot
	}
	gOut, gErr, gCode := g.runner(cfg(g), sc.stdin, script, sc.args)
	t.Logf("gowikibot %s %s (exit %d)\n--- stdout\n%s--- stderr\n%s", sc.script, strings.Join(sc.args, " "), gCode, gOut, gErr)
	// a blocked row still runs on both sides, so that each wiki has seen
	// the same scenarios when the next row compares what it changed
	blocked := sc.blockedBy != "" && strings.Contains(gErr, sc.blockedBy)
	gst, err := snapshot(g.wiki.APIURL)
	if err != nil {
		t.Fatal(err)
	}
	gBefore := g.last
	g.last = gst
	var problems []string
	var pErrLast string
	if p != nil {
		pOut, pErr, pCode := p.runner(cfg(p), sc.stdin, script, sc.args)
		pErrLast = pErr
		t.Logf("pywikibot %s (exit %d)\n--- stdout\n%s--- stderr\n%s", sc.script, pCode, pOut, pErr)
		pst, err := snapshot(p.wiki.APIURL)
		if err != nil {
			t.Fatal(err)
		}
		pBefore := p.last
		p.last = pst
		if d := diffChanges(pBefore, pst, gBefore, gst); len(d) > 0 {
			problems = append(problems, fmt.Sprintf("final wiki states differ (%d pages):\n%s", len(d), strings.Join(d[:min(len(d), 10)], "\n")))
		}
		norm := func(s string) string { return essential(s) }
		if sc.normalize != nil {
			norm = func(s string) string { return sc.normalize(essential(s)) }
		}
		if norm(pOut) != norm(gOut) && sc.stdoutDiffers == "" {
			problems = append(problems, fmt.Sprintf("essential stdout differs:\n--- pywikibot\n%s\n--- gowikibot\n%s", norm(pOut), norm(gOut)))
		}
		if sc.compareStderr && norm(pErr) != norm(gErr) {
			problems = append(problems, fmt.Sprintf("essential stderr differs:\n--- pywikibot\n%s\n--- gowikibot\n%s", norm(pErr), norm(gErr)))
		}
		if gCode != pCode {
			problems = append(problems, fmt.Sprintf("exit status: pywikibot %d, gowikibot %d", pCode, gCode))
		}
	}
	if blocked {
		for _, pr := range problems {
			t.Log(pr)
		}
		t.Skipf("blocked (%s): %s", sc.blockedBy, sc.blocked)
	}
	for _, pr := range problems {
		t.Error(pr)
	}
	if sc.sameError != "" {
		if got := finalError(gErr); !sameErrorMatches(got, sc.sameError) {
			t.Errorf("gowikibot's final error: %q, want %q", got, sc.sameError)
		}
		if p != nil {
			if got := finalError(pErrLast); !sameErrorMatches(got, sc.sameError) {
				t.Errorf("pywikibot's final error: %q, want %q", got, sc.sameError)
			}
		}
	}
	if sc.check != nil {
		sc.check(t, gst, gOut, gErr)
	}
}

// checkoutScript is the path of a script file of a checkout, up to the
// checkout's own folder (the pywikibot side runs a copy elsewhere).
var checkoutScript = regexp.MustCompile(`\S*/([^/\s]+/scripts/\w+\.py)`)

// sameErrorMatches tells whether got is the error want: the same text, or
// for a want ending in "…", text beginning with the rest of want (for
// messages with parts that differ between runs, such as an address).
func sameErrorMatches(got, want string) bool {
	if prefix, ok := strings.CutSuffix(want, "…"); ok {
		return strings.HasPrefix(got, prefix)
	}
	return got == want
}

// withStdin wraps argv so that stdin is typed into it (runCmd gives none).
func withStdin(stdin string, argv []string) []string {
	if stdin == "" {
		return argv
	}
	return append([]string{"sh", "-c", `printf '%s' "$0" | "$@"`, stdin}, argv...)
}

var exceptionLine = regexp.MustCompile(`^(?:[A-Za-z_][\w]*\.)*([A-Za-z_]\w*(?:Error|Exception|Exit|Interrupt)): (.*)$`)

// finalError is the first line of the last exception of a traceback on
// stderr, "Class: message", without the class's module path.
func finalError(stderr string) string {
	last := ""
	for _, l := range strings.Split(stderr, "\n") {
		if m := exceptionLine.FindStringSubmatch(strings.TrimRight(l, " \r")); m != nil {
			last = m[1] + ": " + m[2]
		}
	}
	return last
}

// seeded963 is the state of an untouched page of scripts963Seed.
func seeded963(title string) pageState {
	for _, p := range scripts963Seed() {
		if p.Title == title {
			return pageState{Text: p.Text, User: "Admin", Comment: "seed"}
		}
	}
	return pageState{}
}
