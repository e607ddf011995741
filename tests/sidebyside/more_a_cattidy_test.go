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
// gowikibot's bot_choice keeps output(), so the same file goes on: it asks
// per page, moves the pages as answered and writes the database as
// category.dump.bz2 (bz2 writing). Both outcomes are asserted.

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
	for _, page := range []string{"Tidy 1", "Tidy 2", "Tidy 3", "Tidy 4", "Tidy 5"} {
		wantContains(t, "stderr", gErr, ">>> "+page+" <<<")
	}
	wantPage(t, gst, "Tidy 1", botEdit("First to tidy.\n[[Category:Tidy sub]]", "cat-tidy"))
	wantPage(t, gst, "Tidy 2", botEdit("Second to tidy.\n[[Category:Tidy top|Tidy 2]]", "cat-tidy"))
	wantPage(t, gst, "Tidy 3", botEdit("Third to tidy.\n[[Category:Seeded]]", "cat-tidy"))
	wantPage(t, gst, "Tidy 4", seededA("Tidy 4"))
	wantPage(t, gst, "Tidy 5", botEdit("Fifth jumps.\n[[Category:Tidy jumped]]", "cat-tidy"))
	wantContains(t, "stderr", gErr, "Dumping to category.dump.bz2, please wait...")
	checkCatDump(t, filepath.Join(g.bot, "category.dump.bz2"))
}

// checkCatDump checks the category database category tidy saved: a bzip2
// file (level 9, as pywikibot's open_archive writes it) that Go's reader
// decompresses, holding a pickle (protocol 2: it starts with 0x80 0x02).
func checkCatDump(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("category database: %v", err)
		return
	}
	if !bytes.HasPrefix(data, []byte("BZh9")) {
		t.Errorf("%s does not start with BZh9: %q", path, data[:min(len(data), 8)])
		return
	}
	raw, err := io.ReadAll(bzip2.NewReader(bytes.NewReader(data)))
	if err != nil {
		t.Errorf("%s: %v", path, err)
		return
	}
	if !bytes.HasPrefix(raw, []byte{0x80, 2}) || !bytes.Contains(raw, []byte("cat_content_db")) {
		t.Errorf("%s holds no pickled category database: %q", path, raw[:min(len(raw), 40)])
	}
}
