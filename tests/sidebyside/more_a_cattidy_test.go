package sidebyside

import (
	"bytes"
	"compress/bzip2"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// category tidy, the TestMoreA row that is not identical: pywikibot
// 9.6.3's own category.py calls ContextOption.output(), which 9.6.3's
// bot_choice no longer has (7.7.3 had it, deprecated), so 9.6.3 stops at
// the first page with an AttributeError, before any edit and before its
// category database is loaded (no category.dump.bz2 is written).
// gowikibot's bot_choice keeps output() (with 7.7.3's deprecation
// warning), so the same file goes on: it asks per page, moves the pages as
// answered and then saves the database as pywikibot does on a site of a
// family_files URL: pickling fails on the site's AutoFamily, which
// category.py ignores, leaving an empty bzip2 archive. Both outcomes are
// asserted. TestCatTidy773 (cattidy773_test.go) runs pywikibot 7.7.3's
// category.py, which pywikibot 7.7.3 runs to the end, on both sides.

// catTidyArgs and catTidyAnswers: per page (in sort-key order) down to
// subcategory 0 and save there; up to supercategory u0 and save; remove;
// skip; jump to a category typed in and save there.
var catTidyArgs = []string{"tidy", "-from:Tidy", "-summary:cat-tidy"}

const catTidyAnswers = "0\nc\nu0\nc\nr\ns\nj\nTidy jumped\nc\n"

// pywikibot963TidyError is how pywikibot 9.6.3's category tidy ends.
const pywikibot963TidyError = "AttributeError: 'CatContextOption' object has no attribute 'output'"

func runCatTidy(t *testing.T, g, p *side, script string) {
	gOut, gErr, gCode := g.runner(g.bot, catTidyAnswers, script, catTidyArgs)
	t.Logf("gowikibot category %s (exit %d)\n--- stdout\n%s--- stderr\n%s", strings.Join(catTidyArgs, " "), gCode, gOut, gErr)
	gst, err := snapshot(g.wiki.APIURL)
	if err != nil {
		t.Fatal(err)
	}
	g.last = gst
	if p != nil {
		pOut, pErr, pCode := p.runner(p.bot, catTidyAnswers, script, catTidyArgs)
		t.Logf("pywikibot (exit %d)\n--- stdout\n%s--- stderr\n%s", pCode, pOut, pErr)
		pst, err := snapshot(p.wiki.APIURL)
		if err != nil {
			t.Fatal(err)
		}
		pBefore := p.last
		p.last = pst
		if d := diffChanges(pBefore, pst, pBefore, pBefore); len(d) > 0 {
			t.Errorf("pywikibot 9.6.3 changed the wiki (%d pages), expected it to stop first:\n%s", len(d), strings.Join(d[:min(len(d), 10)], "\n"))
		}
		if got := finalError(pErr); got != pywikibot963TidyError || pCode != 1 {
			t.Errorf("pywikibot 9.6.3 ended with %q (exit %d), want %q (exit 1)", got, pCode, pywikibot963TidyError)
		}
		if _, err := os.Stat(filepath.Join(p.bot, "category.dump.bz2")); err == nil {
			t.Errorf("pywikibot 9.6.3 wrote a category database")
		}
	}
	if gCode != 0 {
		t.Errorf("gowikibot's category tidy: exit %d, want 0", gCode)
	}
	checkCatTidy(t, gst, gErr, filepath.Join(g.bot, "category.dump.bz2"))
}

// checkCatTidy checks the outcome of category tidy with catTidyAnswers
// (gowikibot's, and pywikibot 7.7.3's): Tidy 1 moved down to Tidy sub,
// Tidy 2 up to Tidy top (sort key kept), the category removed from Tidy 3,
// Tidy 4 skipped, Tidy 5 moved to a category typed in; the database saved
// as an empty archive.
func checkCatTidy(t *testing.T, st *wikiState, stderr, dump string) {
	t.Helper()
	for _, page := range []string{"Tidy 1", "Tidy 2", "Tidy 3", "Tidy 4", "Tidy 5"} {
		wantContains(t, "stderr", stderr, ">>> "+page+" <<<")
	}
	wantPage(t, st, "Tidy 1", botEdit("First to tidy.\n[[Category:Tidy sub]]", "cat-tidy"))
	wantPage(t, st, "Tidy 2", botEdit("Second to tidy.\n[[Category:Tidy top|Tidy 2]]", "cat-tidy"))
	wantPage(t, st, "Tidy 3", botEdit("Third to tidy.\n[[Category:Seeded]]", "cat-tidy"))
	if got := st.Pages["Tidy 4"]; got.Comment != "seed" || got.Text != "Fourth stays.\n[[Category:Tidy]]" {
		t.Errorf("Tidy 4 changed: %+v", got)
	}
	wantPage(t, st, "Tidy 5", botEdit("Fifth jumps.\n[[Category:Tidy jumped]]", "cat-tidy"))
	wantContains(t, "stderr", stderr, "Dumping to category.dump.bz2, please wait...",
		"FutureWarning: pywikibot.bot_choice.OutputOption.output is deprecated since release 6.5; "+
			"use pywikibot.output(OutputOption.out) instead.")
	checkEmptyCatDump(t, dump)
}

// emptyBzip2 is an empty bzip2 archive as Python's bz2 writes it (level 9).
var emptyBzip2 = []byte{'B', 'Z', 'h', '9', 0x17, 0x72, 0x45, 0x38, 0x50, 0x90, 0, 0, 0, 0}

// checkEmptyCatDump checks the category database category tidy saved for
// a site of a family_files URL: as in pywikibot (7.7.3 runs tidy to the
// end), pickling the database fails on the site's family (an AutoFamily
// class pickle cannot name: "Can't pickle <class
// 'pywikibot.family.AutoFamily'>: it's not the same object as
// pywikibot.family.AutoFamily"), which category.py ignores: the archive
// opened for it is left empty.
func checkEmptyCatDump(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("category database: %v", err)
		return
	}
	if !bytes.Equal(data, emptyBzip2) {
		t.Errorf("%s: %q, want an empty bzip2 archive %q", path, data, emptyBzip2)
		return
	}
	raw, err := io.ReadAll(bzip2.NewReader(bytes.NewReader(data)))
	if err != nil || len(raw) != 0 {
		t.Errorf("%s: %q, %v: want no data", path, raw, err)
	}
}
