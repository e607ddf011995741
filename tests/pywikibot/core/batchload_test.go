package core

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// TestBatchLoad checks which requests page walks make (batchload.py
// counts them with the site's request counter): a title-only walk loads
// no text, reading texts loads 50 per request, a page edited after its
// batch was prefetched is read fresh, a dropped walk leaves no
// prefetch behind, and a plain walk that reads texts starts loading the
// next batches when it asks for its second page.
func TestBatchLoad(t *testing.T) {
	w := wikitest.Get(t)
	var b strings.Builder
	b.WriteString(`<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">` + "\n")
	for i := 0; i < 120; i++ {
		fmt.Fprintf(&b, "<page><title>Batch %03d</title><ns>0</ns><revision><timestamp>2024-01-01T00:00:00Z</timestamp>"+
			"<contributor><username>Admin</username></contributor><model>wikitext</model><format>text/x-wiki</format>"+
			"<text xml:space=\"preserve\">Batch text %d. [[Batch %03d]]</text></revision></page>\n", i, i, (i+1)%120)
	}
	b.WriteString("</mediawiki>\n")
	dump := filepath.Join(t.TempDir(), "batch.xml")
	write(t, dump, b.String())
	if out, err := w.Maintenance("importDump", dump); err != nil {
		t.Fatalf("importDump: %v\n%s", err, out)
	}
	dir := wikiDir(t, w, "batchload.py")
	got := runPy(t, dir, "", "batchload.py")
	if _, err := os.Stat("batchload.out"); err != nil {
		t.Fatal(err)
	}
	if got != golden(t, "batchload.out") {
		t.Log(got)
	}
	compare(t, "batchload.py", got, golden(t, "batchload.out"))
	if h := revisions(t, w, "Batch 060"); len(h) != 2 || h[0][0] != "batch probe" || h[0][2] != "Batch text 60. [[Batch 061]] edited" {
		t.Fatalf("Batch 060 history: %q", h)
	}
}
