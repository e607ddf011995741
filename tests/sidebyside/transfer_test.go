package sidebyside

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// The transfer scenarios run pywikibot's transferbot, which copies pages
// from one wiki to another, so each side has two wikis: a small source
// wiki (family "sbs") and an empty target wiki (family "sbt"), each with
// its own family file, both listed in one user-config.py.

// The transferbot messages, gowikibot's own wording: pywikibot's i18n
// submodule is missing from the checkouts, and gowikibot bundles no
// transferbot messages, so the test gives both sides this bundle.
const (
	transferSummaryMsg = "Bot: copying the page from %(source)s"
	transferTargetMsg  = "Copied from %(source)s; the edit history of the original is at %(history)s."
)

func transferBundle() string {
	return fmt.Sprintf("{\n\t\"@metadata\": {\n\t\t\"authors\": [\n\t\t\t\"gowikibot\"\n\t\t]\n\t},\n"+
		"\t\"transferbot-summary\": %q,\n\t\"transferbot-target\": %q\n}\n", transferSummaryMsg, transferTargetMsg)
}

// msg fills %(name)s placeholders as pywikibot's i18n does.
func msg(format string, params map[string]string) string {
	for k, v := range params {
		format = strings.ReplaceAll(format, "%("+k+")s", v)
	}
	return format
}

// transferEdit is one seed edit: edits of the same title in order make a
// page history.
type transferEdit struct{ Title, Text, Summary string }

// The source wiki: Page 130 has two revisions; Page 133 denies all bots
// in its text (which does not matter for a new target page).
func transferSourceEdits() []transferEdit {
	return []transferEdit{
		{"Page 130", seededText("Page 130"), "first version"},
		{"Page 130", seededText("Page 130") + "\nA second line.", "second [[version]]"},
		{"Page 131", seededText("Page 131"), "seed"},
		{"Page 132", seededText("Page 132"), "seed"},
		{"Page 133", "{{bots|deny=all}}\nSource of 133.", "seed"},
		{"Talk:Page 130", "Talk about page 130.", "talk seed"},
		{"Unrelated", "Not a transfer candidate.", "seed"},
	}
}

// The target wiki: two existing pages, one of which denies all bots.
func transferTargetEdits() []transferEdit {
	return []transferEdit{
		{"Page 132", "Existing target page.", "target seed"},
		{"Page 133", "{{bots|deny=all}}\nExisting target page that denies bots.", "target seed"},
	}
}

func seedEdits(w *wikitest.Wiki, edits []transferEdit) error {
	c := newClient(w.APIURL)
	if err := c.login(w.AdminUser, w.AdminPassword); err != nil {
		return err
	}
	last := map[string]time.Time{}
	for _, e := range edits {
		// revisions of a page in different seconds: pywikibot orders a
		// page's cached revisions by timestamp, so ties would make the
		// order of history tables undefined. The wiki stamps an edit
		// before it answers, so the second after the answer is a later
		// one (the time before the request was not: under load the
		// wiki's stamp fell into the next second with the next edit's)
		if prev, ok := last[e.Title]; ok {
			time.Sleep(time.Until(prev.Truncate(time.Second).Add(time.Second + 50*time.Millisecond)))
		}
		if _, err := c.call(url.Values{"action": {"edit"}, "title": {e.Title}, "text": {e.Text},
			"summary": {e.Summary}, "token": {c.token}}, true); err != nil {
			return fmt.Errorf("seed %s: %w", e.Title, err)
		}
		last[e.Title] = time.Now()
	}
	return nil
}

// transferSide is one side: its source and target wikis and the config
// directory that knows both.
type transferSide struct {
	name             string
	src, dst         *wikitest.Wiki
	cfg              string
	srcLast, dstLast *wikiState // the states after the previous scenario
	run              func(release string, args []string) (stdout, stderr string, code int)
}

// writeFamilyFile writes a pywikibot family file for a wiki.
func writeFamilyFile(path, name string, w *wikitest.Wiki) error {
	src := fmt.Sprintf(`"""Family of the local test wiki %[1]s."""
from pywikibot import family


class Family(family.SingleSiteFamily):
    name = '%[1]s'
    domain = '%[2]s'

    def protocol(self, code):
        return 'http'

    def scriptpath(self, code):
        return ''
`, name, w.Host)
	return os.WriteFile(path, []byte(src), 0o644)
}

// writeTransferConfig writes a config directory for TestBot on both wikis:
// a family file per wiki, a user-config.py listing both with a username
// for each, and a password file with each wiki's own bot password.
func writeTransferConfig(dir string, src, dst *wikitest.Wiki) error {
	if err := os.MkdirAll(filepath.Join(dir, "families"), 0o700); err != nil {
		return err
	}
	var cfg, pw strings.Builder
	for _, f := range []struct {
		name string
		w    *wikitest.Wiki
	}{{"sbs", src}, {"sbt", dst}} {
		path := filepath.Join(dir, "families", f.name+"_family.py")
		if err := writeFamilyFile(path, f.name, f.w); err != nil {
			return err
		}
		fmt.Fprintf(&cfg, "family_files['%[1]s'] = '%[2]s'\nusernames['%[1]s']['*'] = '%[3]s'\n", f.name, path, f.w.BotUser)
		fmt.Fprintf(&pw, "('%[1]s', '%[1]s', '%[2]s', BotPassword('ci', '%[3]s'))\n", f.name, f.w.BotUser, f.w.BotPasswordSecret)
	}
	cfg.WriteString("family = 'sbs'\nmylang = 'sbs'\npassword_file = 'user-password.cfg'\n" +
		"put_throttle = 0\nminthrottle = 0\nmaxthrottle = 1\nretry_wait = 1\nmax_retries = 2\nnoisysleep = 100\n")
	if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte(cfg.String()), 0o600); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "user-password.cfg"), []byte(pw.String()), 0o600)
}

// startTransferSide starts, seeds and configures a side's two wikis in
// parallel. It may run in its own goroutine: it reports errors.
func startTransferSide(t *testing.T, name string) (*transferSide, error) {
	s := &transferSide{name: name}
	var srcErr, dstErr error
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if s.dst, dstErr = wikitest.Start(); dstErr == nil {
			dstErr = seedEdits(s.dst, transferTargetEdits())
		}
	}()
	if s.src, srcErr = wikitest.Start(); srcErr == nil {
		srcErr = seedEdits(s.src, transferSourceEdits())
	}
	wg.Wait()
	for _, w := range []*wikitest.Wiki{s.src, s.dst} {
		if w != nil {
			w := w
			t.Cleanup(func() { w.Stop() })
		}
	}
	if srcErr != nil {
		return nil, fmt.Errorf("source wiki for %s: %w", name, srcErr)
	}
	if dstErr != nil {
		return nil, fmt.Errorf("target wiki for %s: %w", name, dstErr)
	}
	base, err := os.MkdirTemp("", "transfer-"+name+"-")
	if err != nil {
		return nil, err
	}
	t.Cleanup(func() { os.RemoveAll(base) })
	s.cfg = filepath.Join(base, "bot")
	if err := writeTransferConfig(s.cfg, s.src, s.dst); err != nil {
		return nil, err
	}
	if s.srcLast, err = snapshot(s.src.APIURL); err != nil {
		return nil, err
	}
	if s.dstLast, err = snapshot(s.dst.APIURL); err != nil {
		return nil, err
	}
	return s, nil
}

var historyRow = regexp.MustCompile(`(?m)^\| \d+ \|\| \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \|\| `)

// normalizeHistory hides what differs between two wikis in the history
// tables transferbot writes: revision ids and timestamps.
func normalizeHistory(st *wikiState) *wikiState {
	out := &wikiState{Pages: map[string]pageState{}, Log: st.Log}
	for title, ps := range st.Pages {
		ps.Text = historyRow.ReplaceAllString(ps.Text, "| ID || TIME || ")
		out.Pages[title] = ps
	}
	return out
}

// loginNoise is what logging in prints on stderr; gowikibot logs in
// silently before its first write, pywikibot 7.7.3 says so (and warns).
var loginNoise = regexp.MustCompile(`(?m)^(WARNING: No user is logged in on site .*|Logging in to .*|` +
	`WARNING: API warning \((main|login)\): .*|ERROR: Received incorrect login token\. Forcing re-login\.)\n?`)

func essentialErr(s string) string { return essential(loginNoise.ReplaceAllString(s, "")) }

// transferScenario is one transferbot run on both sides.
type transferScenario struct {
	name    string
	release string // "7.7.3" or "9.6.3": whose transferbot.py runs (unmodified) on both sides;
	// "user": the script transferPiecesScript, run by path
	args  []string
	check func(t *testing.T, src, dst *wikiState, stdout, stderr string)
}

// transferred is the expected state of a page transferbot created on the
// target wiki, and of its history page (ids and times normalized).
func transferred(srcTitle, target, text string, subpages bool, history ...[2]string) (page, hist pageState) {
	source := "[[sbs:" + srcTitle + "]]"
	note := msg(transferTargetMsg, map[string]string{"source": source, "history": "[[" + target + "/edithistory]]"})
	summary := msg(transferSummaryMsg, map[string]string{"source": source})
	link := target
	if subpages {
		link = ""
	}
	page = pageState{Text: text + "<noinclude>\n\n<small>" + note + "</small></noinclude>", User: "TestBot",
		Comment: summary + " ([[" + link + "/edithistory|history]])", Bot: true}
	table := "{| class=\"wikitable\"\n! oldid || date/time || username || edit summary\n"
	for _, h := range history {
		table += "|----\n| ID || TIME || " + h[0] + " || <nowiki>" + h[1] + "</nowiki>\n"
	}
	hist = pageState{Text: table + "|}", User: "TestBot", Comment: summary, Bot: true}
	return page, hist
}

// sourceText is the latest seeded text of a source page.
func sourceText(title string) string {
	text := ""
	for _, e := range transferSourceEdits() {
		if e.Title == title {
			text = e.Text
		}
	}
	return text
}

func wantTransferred(t *testing.T, dst *wikiState, srcTitle, target string, subpages bool, history ...[2]string) {
	t.Helper()
	page, hist := transferred(srcTitle, target, sourceText(srcTitle), subpages, history...)
	wantPage(t, dst, target, page)
	wantPage(t, dst, target+"/edithistory", hist)
}

func wantUnchanged(t *testing.T, before, after *wikiState, what string) {
	t.Helper()
	if d := diffStates(before, after); len(d) > 0 {
		t.Errorf("%s changed:\n%s", what, strings.Join(d, "\n"))
	}
}

var tofamily = []string{"-tofamily:sbt", "-tolang:sbt"}

func transferArgs(args ...string) []string { return append(append([]string{}, tofamily...), args...) }

// transferScenarios run in this order on both sides; each sees the state
// the previous ones left.
func transferScenarios() []transferScenario {
	seedRev := [2]string{"Admin", "seed"}
	return []transferScenario{
		{name: "page", release: "7.7.3",
			args: []string{"-family:sbs", "-lang:sbs", "-tofamily:sbt", "-tolang:sbt", "-page:Page 130"},
			check: func(t *testing.T, src, dst *wikiState, out, errs string) {
				wantTransferred(t, dst, "Page 130", "Page 130", false,
					[2]string{"Admin", "second [[version]]"}, [2]string{"Admin", "first version"})
				wantContains(t, "stderr", errs, "Source: sbs:sbs\n    Target: sbt:sbt\n",
					"Generator of pages to transfer: -page:Page 130\n",
					"Moving [[sbs:Page 130]] to [[sbt:Page 130]]...\n",
					"Page [[sbt:Page 130/edithistory]] saved\nPage [[sbt:Page 130]] saved")
			}},
		// transferbot reads every argument starting with "-prefix" as its
		// -prefix option, so -prefixindex never reaches the generators:
		// both sides stop for want of a generator.
		{name: "prefixindex", release: "7.7.3", args: transferArgs("-prefixindex:Page 13"),
			check: func(t *testing.T, src, dst *wikiState, out, errs string) {
				want := "ERROR: Unable to execute script because no generator was defined.\nUse -help for further information."
				if got := essentialErr(errs); got != want {
					t.Errorf("stderr:\n%s\nwant:\n%s", got, want)
				}
			}},
		{name: "start-prefix", release: "7.7.3", args: transferArgs("-start:Page 13", "-limit:3", "-prefix:Copy/"),
			check: func(t *testing.T, src, dst *wikiState, out, errs string) {
				wantTransferred(t, dst, "Page 130", "Copy/:Page 130", false,
					[2]string{"Admin", "second [[version]]"}, [2]string{"Admin", "first version"})
				wantTransferred(t, dst, "Page 131", "Copy/:Page 131", false, seedRev)
				wantTransferred(t, dst, "Page 132", "Copy/:Page 132", false, seedRev)
				if _, ok := dst.Pages["Copy/:Page 133"]; ok {
					t.Errorf("-limit:3 ignored: Copy/:Page 133 exists")
				}
				wantContains(t, "stderr", errs, "Prefix for transferred pages: Copy/\n",
					"Moving [[sbs:Page 132]] to [[sbt:Copy/:Page 132]]...\n")
			}},
		{name: "existing", release: "7.7.3", args: transferArgs("-page:Page 132"),
			check: func(t *testing.T, src, dst *wikiState, out, errs string) {
				wantPage(t, dst, "Page 132", pageState{Text: "Existing target page.", User: "Admin", Comment: "target seed"})
				if _, ok := dst.Pages["Page 132/edithistory"]; ok {
					t.Errorf("Page 132/edithistory written for a skipped page")
				}
				wantContains(t, "stderr", errs, "WARNING: Skipped [[sbs:Page 132]] (target page [[sbt:Page 132]] exists)\n")
			}},
		{name: "overwrite", release: "7.7.3", args: transferArgs("-page:Page 132", "-page:Page 133", "-overwrite"),
			check: func(t *testing.T, src, dst *wikiState, out, errs string) {
				page, hist := transferred("Page 132", "Page 132", sourceText("Page 132"), false, seedRev)
				page.Minor = true // an edit of an existing page: pywikibot's put is minor by default
				wantPage(t, dst, "Page 132", page)
				wantPage(t, dst, "Page 132/edithistory", hist)
				wantPage(t, dst, "Page 133", pageState{Text: "{{bots|deny=all}}\nExisting target page that denies bots.",
					User: "Admin", Comment: "target seed"})
				wantContains(t, "stderr", errs, "WARNING: Target page [[sbt:Page 133]] is not editable by bots\n")
			}},
		{name: "bots-in-source", release: "7.7.3", args: transferArgs("-page:Page 133", "-prefix:New/"),
			check: func(t *testing.T, src, dst *wikiState, out, errs string) {
				// {{bots}} in the copied text does not stop creating a page
				wantTransferred(t, dst, "Page 133", "New/:Page 133", false, seedRev)
			}},
		{name: "talk", release: "7.7.3", args: transferArgs("-page:Talk:Page 130"),
			check: func(t *testing.T, src, dst *wikiState, out, errs string) {
				// talk pages have subpages: the summary links ../edithistory relatively
				wantTransferred(t, dst, "Talk:Page 130", "Talk:Page 130", true, [2]string{"Admin", "talk seed"})
			}},
		{name: "missing", release: "7.7.3", args: transferArgs("-page:No such page"),
			check: func(t *testing.T, src, dst *wikiState, out, errs string) {
				wantContains(t, "stderr", errs, "WARNING: Page [[No such page]] doesn't exist\n")
			}},
		// -target: the generator runs on the target wiki, the text comes
		// from the source page of the same title
		{name: "target", release: "7.7.3", args: transferArgs("-target", "-page:Page 132", "-prefix:Back/"),
			check: func(t *testing.T, src, dst *wikiState, out, errs string) {
				wantTransferred(t, dst, "Page 132", "Back/Page 132", false, seedRev)
				wantContains(t, "stderr", errs, "Generator of pages to transfer: -page:Page 132\n    from target site\n")
			}},
		{name: "same-site", release: "7.7.3", args: []string{"-page:Page 131"},
			check: func(t *testing.T, src, dst *wikiState, out, errs string) {
				want := "ERROR: Target site not different from source site.\nUse -help for further information."
				if got := essentialErr(errs); got != want {
					t.Errorf("stderr:\n%s\nwant:\n%s", got, want)
				}
			}},
		// what transferbot relies on, without the checkouts too
		{name: "pieces", release: "user",
			check: func(t *testing.T, src, dst *wikiState, out, errs string) {
				if got := essential(out); got != transferPiecesWant {
					t.Errorf("stdout:\n%s\nwant:\n%s", got, transferPiecesWant)
				}
			}},
		{name: "page", release: "9.6.3", args: transferArgs("-page:Page 131", "-page:Talk:Page 130", "-prefix:963/"),
			check: func(t *testing.T, src, dst *wikiState, out, errs string) {
				wantTransferred(t, dst, "Page 131", "963/:Page 131", false, seedRev)
				wantTransferred(t, dst, "Talk:Page 130", "963/Talk:Page 130", false, [2]string{"Admin", "talk seed"})
				wantContains(t, "stderr", errs, "Moving [[sbs:Talk:Page 130]] to [[sbt:963/Talk:Page 130]]...\n")
			}},
	}
}

// transferPiecesScript prints what transferbot uses of the pywikibot
// package on two sites of different families; it only reads.
const transferPiecesScript = `import re

import pywikibot

pywikibot.handle_args()
src = pywikibot.Site()
dst = pywikibot.Site('sbt', 'sbt')
print(src, dst, src == dst, src != dst, src == pywikibot.Site('sbs', 'sbs'))
print(dst.code, dst.family.name, dst.username())
page = pywikibot.Page(src, 'Page 130')
print(page.title(as_link=True, force_interwiki=True), page.title(as_link=True, insite=dst))
talk = pywikibot.Page(dst, 'Talk:Page 130/edithistory')
print(talk.title(as_link=True), talk.title(as_link=True, insite=dst))
for title in ('Page 130', 'Talk:Page 130', 'Template:Info'):
    ns = pywikibot.Page(src, title).namespace()
    print(repr(ns.canonical_prefix()), ns.subpages)


def norm(table):
    return re.sub(r'(?m)^\| \d+ \|\| \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \|\| ', '| ID || TIME || ', table)


print(norm(page.getVersionHistoryTable()), end='')
print(norm(page.getVersionHistoryTable(reverse=True, total=1)), end='')
ts = page.latest_revision.timestamp
print(re.fullmatch(r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ', '{}'.format(ts)) is not None,
      '{:%Y}'.format(ts) == str(ts.year), '{}'.format(ts) == str(ts))
new = pywikibot.Page(dst, 'Not yet there')
new.text = '{{bots|deny=all}}'
print(new.exists(), new.botMayEdit())
denied = pywikibot.Page(dst, 'Page 133')
print(denied.exists(), denied.botMayEdit())
plain = pywikibot.Page(dst, 'Page 132')
plain.text = '{{bots|deny=all}}\n' + plain.text
print(plain.exists(), plain.botMayEdit())
`

// transferPiecesWant is the output of transferPiecesScript.
const transferPiecesWant = `sbs:sbs sbt:sbt False True True
sbt sbt TestBot
[[sbs:Page 130]] [[sbs:Page 130]]
[[sbt:Talk:Page 130/edithistory]] [[Talk:Page 130/edithistory]]
':' False
'Talk:' True
'Template:' True
{| class="wikitable"
! oldid || date/time || username || edit summary
|----
| ID || TIME || Admin || <nowiki>second [[version]]</nowiki>
|----
| ID || TIME || Admin || <nowiki>first version</nowiki>
|}
{| class="wikitable"
! oldid || date/time || username || edit summary
|----
| ID || TIME || Admin || <nowiki>first version</nowiki>
|}
True True True
False True
True False
True True`

// checkoutWithTransferMessages is a temporary copy of a pywikibot checkout
// with gowikibot's message bundles and the transferbot bundle above.
func checkoutWithTransferMessages(t *testing.T, src string) string {
	dst := withMessages(t, src)
	// always the test's wording (the expectations below use it), even if
	// gowikibot comes to bundle transferbot messages of its own
	dir := filepath.Join(dst, "scripts", "i18n", "transferbot")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "en.json"), []byte(transferBundle()), 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// TestTransferSideBySide runs pywikibot's own transferbot.py (7.7.3 and
// 9.6.3, unmodified) with "gowikibot python" and with pywikibot's pwb.py,
// each side copying pages from its source wiki to its target wiki, and
// compares the target wikis and the essential output.
func TestTransferSideBySide(t *testing.T) {
	if testing.Short() {
		t.Skip("transfer runs need four test wikis; skipped in -short mode")
	}
	gwb := testbin.Gowikibot(t)
	with773 := exists(filepath.Join(pwb773Dir(), "scripts", "transferbot.py"))
	with963 := exists(filepath.Join(pwbDir(), "scripts", "transferbot.py"))
	checkouts := map[string]string{}
	if with773 {
		checkouts["7.7.3"] = checkoutWithTransferMessages(t, pwb773Dir())
	} else {
		t.Logf("pywikibot 7.7.3 not found at %s (set PYWIKIBOT773): only the gowikibot side of the user script runs", pwb773Dir())
	}
	if with963 {
		checkouts["9.6.3"] = checkoutWithTransferMessages(t, pwbDir())
	}
	// the user script runs with pywikibot 7.7.3's pwb.py on the other side
	userScript := filepath.Join(t.TempDir(), "transfer_pieces.py")
	if err := os.WriteFile(userScript, []byte(transferPiecesScript), 0o644); err != nil {
		t.Fatal(err)
	}
	withPy := with773 && exists("/usr/bin/python3") && os.Getenv("SIDEBYSIDE_GOWIKIBOT_ONLY") == ""

	started := time.Now()
	g, p := startBoth(t, withPy, startTransferSide)
	t.Logf("source and target wikis started and seeded in %.1f s", time.Since(started).Seconds())
	// Both sides run the same script file: that of the checkout copy, whose
	// scripts/i18n holds the messages.
	g.run = func(release string, args []string) (string, string, int) {
		script := userScript
		if release != "user" {
			script = filepath.Join(checkouts[release], "scripts", "transferbot.py")
		}
		return runCmd(g.cfg, append([]string{gwb, "-dir:" + g.cfg, "python", script}, args...))
	}
	if p != nil {
		p.run = func(release string, args []string) (string, string, int) {
			script := "transferbot"
			if release == "user" {
				release, script = "7.7.3", userScript
			}
			pwb := filepath.Join(checkouts[release], "pwb.py")
			return runCmd(p.cfg, append([]string{"/usr/bin/python3", pwb, "-dir:" + p.cfg, script}, args...))
		}
	}

	var status []string
	for _, sc := range transferScenarios() {
		sc := sc
		row := fmt.Sprintf("| transferbot %s | %s |", strings.Join(sc.args, " "), sc.release)
		if sc.release == "user" {
			row = "| transfer_pieces.py (test's user script) | user script |"
		}
		n := len(status)
		ok := t.Run(sc.release+"/"+sc.name, func(t *testing.T) {
			if sc.release != "user" && checkouts[sc.release] == "" {
				status = append(status, row+" skipped | | checkout missing |")
				t.Skipf("pywikibot %s checkout missing", sc.release)
			}
			gOut, gErrOut, gCode := g.run(sc.release, sc.args)
			t.Logf("gowikibot %s (exit %d)\n--- stdout\n%s--- stderr\n%s", strings.Trim(row, "| "), gCode, gOut, gErrOut)
			gSrc, err := snapshot(g.src.APIURL)
			if err != nil {
				t.Fatal(err)
			}
			gDst, err := snapshot(g.dst.APIURL)
			if err != nil {
				t.Fatal(err)
			}
			gSrcBefore, gDstBefore := g.srcLast, g.dstLast
			g.srcLast, g.dstLast = gSrc, gDst
			if gCode != 0 {
				t.Errorf("gowikibot exit status %d", gCode)
			}
			wantUnchanged(t, gSrcBefore, gSrc, "gowikibot's source wiki")
			sc.check(t, gSrc, normalizeHistory(gDst), gOut, gErrOut)
			sameState, sameOut := "n/a", "n/a"
			if p != nil {
				pOut, pErrOut, pCode := p.run(sc.release, sc.args)
				t.Logf("pywikibot %s (exit %d)\n--- stdout\n%s--- stderr\n%s", strings.Trim(row, "| "), pCode, pOut, pErrOut)
				pSrc, err := snapshot(p.src.APIURL)
				if err != nil {
					t.Fatal(err)
				}
				pDst, err := snapshot(p.dst.APIURL)
				if err != nil {
					t.Fatal(err)
				}
				pSrcBefore, pDstBefore := p.srcLast, p.dstLast
				p.srcLast, p.dstLast = pSrc, pDst
				d := diffChanges(normalizeHistory(pDstBefore), normalizeHistory(pDst),
					normalizeHistory(gDstBefore), normalizeHistory(gDst))
				d = append(d, diffChanges(pSrcBefore, pSrc, gSrcBefore, gSrc)...)
				sameState = "yes"
				if len(d) > 0 {
					sameState = "no"
					t.Errorf("final wiki states differ (%d pages):\n%s", len(d), strings.Join(d[:min(len(d), 10)], "\n"))
				}
				// pywikibot.output writes to stderr: the essential output
				// is stdout and stderr, less the login messages.
				sameOut = "yes"
				if essential(pOut) != essential(gOut) {
					sameOut = "no"
					t.Errorf("essential stdout differs:\n--- pywikibot\n%s\n--- gowikibot\n%s", essential(pOut), essential(gOut))
				}
				if essentialErr(pErrOut) != essentialErr(gErrOut) {
					sameOut = "no"
					t.Errorf("essential stderr differs:\n--- pywikibot\n%s\n--- gowikibot\n%s", essentialErr(pErrOut), essentialErr(gErrOut))
				}
				if pCode != gCode {
					t.Errorf("exit status: pywikibot %d, gowikibot %d", pCode, gCode)
				}
			}
			status = append(status, fmt.Sprintf("%s %s | %s | |", row, sameState, sameOut))
		})
		if len(status) == n {
			status = append(status, row+" not run | | |")
		}
		if !ok {
			status[len(status)-1] += " FAILED (see the test log)"
		}
	}
	t.Logf("status:\n| script and arguments | release | same final state? | same stdout? | notes |\n|---|---|---|---|---|\n%s",
		strings.Join(status, "\n"))
}
