package sidebyside

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The per-script table of STATUS.md ("Every script of the three
// releases") is checked against the rows of the side-by-side tests and
// the start-up records of tests/scriptstart, so that it cannot drift:
// TestStatusTable needs no wiki and no checkout.

// scriptRow is one side-by-side row that runs a script of pywikibot's
// scripts/ folder (or drives the script's bot from a user script).
type scriptRow struct {
	test      string // the Go test that holds the row
	identical bool   // compared in full: not blocked, no known difference
}

// userScriptOf names the pywikibot script a user script of testdata
// drives; user scripts not listed test the package, not a script.
var userScriptOf = map[string]string{
	"misspelling_local":       "misspelling",
	"speedy_delete_local.py":  "speedy_delete",
	"data_ingestion_local.py": "data_ingestion",
	"make_i18n_basic.py":      "maintenance/make_i18n_dict",
	"make_i18n_local.py":      "maintenance/make_i18n_dict",
}

// frameworkScripts are rows of scripts outside scripts/ (pywikibot's own
// pywikibot/scripts), which the table does not list.
var frameworkScripts = map[string]bool{"login": true}

// sideBySideRows lists every row of the side-by-side tests by script.
func sideBySideRows() map[string][]scriptRow {
	rows := map[string][]scriptRow{}
	add := func(test, script string, identical bool) {
		rows[script] = append(rows[script], scriptRow{test, identical})
	}
	addScenario := func(test string, sc scenario, blocked bool) {
		script := sc.script
		if sc.release == "user" || strings.HasSuffix(sc.release, "-user") {
			if script = userScriptOf[sc.script]; script == "" {
				return
			}
		}
		add(test, script, !blocked && !sc.pending && sc.stdoutDiffers == "")
	}
	for _, sc := range scenarios() {
		addScenario("TestSideBySide", sc, false)
	}
	var noSide *side
	for _, list := range []struct {
		test string
		rows []row963
	}{
		{"TestScripts963", scripts963()},
		{"TestMoreA", moreARows(&noSide, &noSide)},
		{"TestArchiveSideBySide", archiveRows()},
		{"TestMoreC", moreCRows()},
	} {
		for _, r := range list.rows {
			addScenario(list.test, r.scenario, r.blockedBy != "")
		}
	}
	add("TestMoreA", "category_redirect", true) // runCatRedirect
	// runCatTidy: pywikibot 9.6.3's category tidy stops at its first
	// page, gowikibot's goes on
	add("TestMoreA", "category", false)
	add("TestCatTidy773", "category", true) // 7.7.3's category tidy, both sides to the end
	for _, r := range moreBRows("", moreBData{}) {
		addScenario("TestMoreB", r.scenario, r.blockedBy != "")
	}
	for range imageTransferRows() {
		add("TestImageTransferB", "imagetransfer", true)
	}
	for _, sc := range transferScenarios() {
		if sc.release != "user" {
			add("TestTransferSideBySide", "transferbot", true)
		}
	}
	for range interwikiRows() {
		add("TestInterwikiSideBySide", "interwiki", true)
	}
	for _, r := range wikisRows() {
		add("TestWikisSideBySide", r.script, true)
	}
	for _, r := range reqRows() {
		if r.script == "" {
			add("TestRequestCount", "listpages", true)
		}
	}
	return rows
}

// rowsCell is the table's side-by-side cell of a script: identical rows
// of all rows, and the tests that hold them.
func rowsCell(rows []scriptRow) string {
	if len(rows) == 0 {
		return "—"
	}
	same, per := 0, map[string]int{}
	var tests []string
	for _, r := range rows {
		if r.identical {
			same++
		}
		if per[r.test] == 0 {
			tests = append(tests, r.test)
		}
		per[r.test]++
	}
	var parts []string
	for _, t := range tests {
		parts = append(parts, fmt.Sprintf("%s %d", t, per[t]))
	}
	return fmt.Sprintf("%d/%d (%s)", same, len(rows), strings.Join(parts, ", "))
}

// startRecords reads tests/scriptstart's record of a release: script →
// "yes" or "no".
func startRecords(t *testing.T, release string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "scriptstart", "testdata", "starts-"+release+".md"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 3 || strings.HasPrefix(line, "|---") {
			continue
		}
		name, starts := strings.TrimSpace(cells[1]), strings.TrimSpace(cells[2])
		if name == "script" {
			continue
		}
		out[name] = starts
	}
	return out
}

var statusReleases = []string{"7.7.3", "9.6.3", "11.7.0"}

// TestStatusTable checks STATUS.md's per-script table: one line per script
// of the three releases' scripts/ and scripts/maintenance/ (union of the
// start-up records), whose start-up columns are the records' and whose
// side-by-side cell counts the rows of the tests; a script without rows
// says why in its last cell. On a mismatch it logs the expected lines.
func TestStatusTable(t *testing.T) {
	starts := map[string]map[string]string{}
	names := map[string]bool{}
	for _, rel := range statusReleases {
		starts[rel] = startRecords(t, rel)
		for n := range starts[rel] {
			names[n] = true
		}
	}
	rows := sideBySideRows()
	for script := range rows {
		if !names[script] && !frameworkScripts[script] {
			t.Errorf("rows run %q, which is no script of the three releases (map a user script in userScriptOf)", script)
		}
	}
	var sorted []string
	for n := range names {
		sorted = append(sorted, n)
	}
	sort.Strings(sorted)
	want := map[string]string{}
	var wantLines []string
	for _, n := range sorted {
		cells := []string{n}
		for _, rel := range statusReleases {
			v := starts[rel][n]
			if v == "" {
				v = "—"
			}
			cells = append(cells, v)
		}
		cells = append(cells, rowsCell(rows[n]))
		want[n] = "| " + strings.Join(cells, " | ") + " |"
		wantLines = append(wantLines, want[n]+" …notes… |")
	}
	got := statusTable(t)
	ok := true
	for _, n := range sorted {
		line, found := got[n]
		if !found {
			t.Errorf("STATUS.md's script table has no line for %s", n)
			ok = false
			continue
		}
		if !strings.HasPrefix(line, want[n]+" ") {
			t.Errorf("STATUS.md's line of %s:\n%s\nwant it to begin:\n%s", n, line, want[n])
			ok = false
			continue
		}
		notes := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(line, want[n]), "|"))
		if len(rows[n]) == 0 && notes == "" {
			t.Errorf("STATUS.md's line of %s: no side-by-side row and no reason", n)
		}
	}
	for n := range got {
		if !names[n] {
			t.Errorf("STATUS.md's script table lists %s, which is no script of the three releases", n)
			ok = false
		}
	}
	if !ok {
		t.Logf("expected lines (notes aside):\n%s", strings.Join(wantLines, "\n"))
	}
	// the README's summary says the same
	withRows, same := 0, 0
	for _, n := range sorted {
		if len(rows[n]) == 0 {
			continue
		}
		withRows++
		if all := rowsCell(rows[n]); strings.HasPrefix(all, fmt.Sprintf("%d/%d ", len(rows[n]), len(rows[n]))) {
			same++
		}
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{fmt.Sprintf("has the table of all %d files of", len(sorted)),
		fmt.Sprintf("**%d of %d have side-by-side rows, %d of them all", withRows, len(sorted), same)} {
		if !strings.Contains(string(readme), want) {
			t.Errorf("README.md lacks %q", want)
		}
	}
}

// statusTableHeading starts the section of STATUS.md with the table.
const statusTableHeading = "## Every script of the three releases"

// statusTable reads the per-script table of STATUS.md: script → line.
func statusTable(t *testing.T) map[string]string {
	t.Helper()
	data, err := os.ReadFile("STATUS.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, found := strings.Cut(string(data), "\n"+statusTableHeading+"\n")
	if !found {
		t.Fatalf("STATUS.md has no %q section", statusTableHeading)
	}
	if i := strings.Index(section, "\n## "); i >= 0 {
		section = section[:i]
	}
	out := map[string]string{}
	for _, line := range strings.Split(section, "\n") {
		if !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| script ") {
			continue
		}
		name := strings.TrimSpace(strings.Split(line, "|")[1])
		if _, dup := out[name]; dup {
			t.Errorf("STATUS.md's script table lists %s twice", name)
		}
		out[name] = line
	}
	return out
}
