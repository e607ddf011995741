package sidebyside

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// TestCatTidy773 runs category tidy with pywikibot 7.7.3's own
// category.py, unmodified, on two wikis seeded with the tidy tree of
// TestMoreA: real pywikibot 7.7.3 (its pwb.py on Debian's Python 3.11)
// against "gowikibot python" running the same file, with the answers of
// catTidyAnswers. 7.7.3's bot_choice still has the ContextOption.output()
// that 9.6.3's category.py calls and 9.6.3 lacks, so here pywikibot runs
// to the end: the pages moved, the same stdout and stderr (the login
// lines aside, and 7.7.3's deprecation warning on both sides), the same
// (empty) category database.

// catTidySeed is the tidy tree: Category:Tidy between a super- and a
// subcategory, five members (the pages of moreASeed whose titles start
// with "Tidy" or "Category:Tidy").
func catTidySeed() []seedPage {
	var out []seedPage
	for _, p := range moreASeed() {
		if strings.HasPrefix(p.Title, "Tidy ") || strings.HasPrefix(p.Title, "Category:Tidy") {
			out = append(out, p)
		}
	}
	return out
}

func TestCatTidy773(t *testing.T) {
	if testing.Short() {
		t.Skip("side-by-side runs need two test wikis; skipped in -short mode")
	}
	script := filepath.Join(pwb773Dir(), "scripts", "category.py")
	if !exists(script) {
		t.Skipf("pywikibot 7.7.3 checkout missing at %s (set PYWIKIBOT773): its category.py is what this row runs", pwb773Dir())
	}
	if n := len(catTidySeed()); n != 8 {
		t.Fatalf("the tidy tree has %d pages, want 8", n)
	}
	gwb := testbin.Gowikibot(t)
	withPwb := exists(filepath.Join(pwb773Dir(), "pwb.py"))
	pwb773 := pwb773Dir()
	if withPwb {
		pwb773 = withMessages(t, pwb773)
	}
	g, p := startBoth(t, withPwb, func(t *testing.T, name string) (*side, error) {
		return startSeededSide(t, name, sideOptions{noBaseSeed: true, extra: catTidySeed()})
	})
	gOut, gErr, gCode := runCmd(g.bot, withStdin(catTidyAnswers, append([]string{gwb, "-dir:" + g.bot, "python", script}, catTidyArgs...)))
	t.Logf("gowikibot (exit %d)\n--- stdout\n%s--- stderr\n%s", gCode, gOut, gErr)
	gst, err := snapshot(g.wiki.APIURL)
	if err != nil {
		t.Fatal(err)
	}
	if gCode != 0 {
		t.Errorf("gowikibot's category tidy: exit %d, want 0", gCode)
	}
	gDump := filepath.Join(g.bot, "category.dump.bz2")
	checkCatTidy(t, gst, gErr, gDump)
	if p == nil {
		return
	}
	pOut, pErr, pCode := runCmd(p.bot, withStdin(catTidyAnswers,
		append([]string{"/usr/bin/python3", filepath.Join(pwb773, "pwb.py"), "-dir:" + p.bot, "category"}, catTidyArgs...)))
	t.Logf("pywikibot 7.7.3 (exit %d)\n--- stdout\n%s--- stderr\n%s", pCode, pOut, pErr)
	pst, err := snapshot(p.wiki.APIURL)
	if err != nil {
		t.Fatal(err)
	}
	if d := diffChanges(p.last, pst, g.last, gst); len(d) > 0 {
		t.Errorf("final wiki states differ (%d pages):\n%s", len(d), strings.Join(d[:min(len(d), 10)], "\n"))
	}
	if essential(pOut) != essential(gOut) {
		t.Errorf("essential stdout differs:\n--- pywikibot 7.7.3\n%s\n--- gowikibot\n%s", essential(pOut), essential(gOut))
	}
	// the script's path is the checkout's on both sides from its own
	// folder on (the pywikibot side runs a copy)
	norm := func(s string) string { return checkoutScript.ReplaceAllString(essentialErr(s), "$1") }
	if norm(pErr) != norm(gErr) {
		t.Errorf("essential stderr differs:\n--- pywikibot 7.7.3\n%s\n--- gowikibot\n%s", norm(pErr), norm(gErr))
	}
	if pCode != gCode {
		t.Errorf("exit status: pywikibot 7.7.3 %d, gowikibot %d", pCode, gCode)
	}
	pDump, err := os.ReadFile(filepath.Join(p.bot, "category.dump.bz2"))
	if err != nil {
		t.Errorf("pywikibot 7.7.3's category database: %v", err)
	}
	if gData, _ := os.ReadFile(gDump); !bytes.Equal(pDump, gData) {
		t.Errorf("category databases differ: pywikibot 7.7.3 %q, gowikibot %q", pDump, gData)
	}
}
