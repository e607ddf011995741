package sidebyside

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// TestWikisSideBySide runs the scripts of pywikibot 9.6.3 that work across
// the wikis of one family, unmodified, on three wikis per side (the "en",
// "de" and "fr" versions of family "sbr", whose interwiki tables link each
// other and which accept imports from each other: $wgImportSources):
// replicate_wiki (an overview of the pages that differ, then -r to make
// them the same) and transwikiimport (pages imported with Special:Import's
// interwiki source, with their history). What each row changed on every
// wiki, stdout, stderr (login lines aside) and the exit status are
// compared. WIKIS_ONLY=name,... runs a subset.

var wikisCodes = []string{"en", "de", "fr"}

// wikisSettings lets each wiki import from the others.
const wikisSettings = "$wgImportSources = [ 'en', 'de', 'fr' ];\n"

// wikisSeed: de is the original of replicate_wiki (Apfel the same on fr,
// Banane different, Kirsche missing there, with two revisions for
// transwikiimport's -fullhistory).
func wikisSeed() map[string][]seedPage {
	return map[string][]seedPage{
		"en": {{"Apple", "An apple is a round fruit."}},
		"de": {
			{"Apfel", "Der Apfel ist eine runde Frucht."},
			{"Banane", "Die Banane ist gelb."},
			{"Kirsche", "Die Kirsche ist rot."},
			{"Kirsche", "Die Kirsche ist rot und klein."},
		},
		"fr": {
			{"Apfel", "Der Apfel ist eine runde Frucht."},
			{"Banane", "La banane est jaune."},
		},
	}
}

// wikisRow is one run of a script on both sides.
type wikisRow struct {
	name, script string
	args         []string
	admin        bool // run as Admin (importing needs the import right)
	check        func(t *testing.T, st map[string]*wikiState, stdout, stderr string)
}

func wikisRows() []wikisRow {
	overview := "User:TestBot/sync.py overview"
	summary := "Bot: making the page the same as on sbr:de"
	return []wikisRow{
		{name: "replicate-overview", script: "replicate_wiki", args: []string{"-ns", "0", "-o", "de", "fr"},
			check: func(t *testing.T, st map[string]*wikiState, out, errs string) {
				want := "== Pages that differ from the original wiki ==\n\n* [[:Banane]]\n* [[:Kirsche]]\n\n\n" +
					"== Administrators of the original wiki who are not administrators here ==\n\n" +
					"Every administrator of the original wiki is an administrator here."
				wantPage(t, st["fr"], overview, pageState{Text: want, User: "TestBot", Comment: summary, Bot: true})
				wantPage(t, st["fr"], "Banane", pageState{Text: "La banane est jaune.", User: "Admin", Comment: "seed"})
			}},
		{name: "replicate-replace", script: "replicate_wiki", args: []string{"-r", "-ns", "0", "-o", "de", "fr"},
			check: func(t *testing.T, st map[string]*wikiState, out, errs string) {
				wantPage(t, st["fr"], "Banane", pageState{Text: "Die Banane ist gelb.", User: "TestBot", Comment: summary, Minor: true, Bot: true})
				wantPage(t, st["fr"], "Kirsche", pageState{Text: "Die Kirsche ist rot und klein.", User: "TestBot", Comment: summary, Bot: true})
				wantPage(t, st["fr"], "Apfel", pageState{Text: "Der Apfel ist eine runde Frucht.", User: "Admin", Comment: "seed"})
			}},
		{name: "replicate-namespaces", script: "replicate_wiki", args: []string{"-ns", "help", "-o", "de", "fr"},
			check: func(t *testing.T, st map[string]*wikiState, out, errs string) {
				wantContains(t, "stderr", errs, "\n10 Template\n")
			}},
		{name: "transwikiimport-history", script: "transwikiimport", admin: true,
			args: []string{"-interwikisource:de", "-page:Kirsche", "-fullhistory", "-assignknownusers"},
			check: func(t *testing.T, st map[string]*wikiState, out, errs string) {
				got := st["en"].Pages["Kirsche"]
				if got.Text != "Die Kirsche ist rot und klein." || got.User != "Admin" ||
					got.Comment != "2 revisions imported from [[:de:Kirsche]]: Importing page from de" {
					t.Errorf("en:Kirsche: %v", got)
				}
				wantContains(t, "stderr", errs, "Kirsche →  [[en:Kirsche]]")
			}},
		{name: "transwikiimport-rootpage", script: "transwikiimport", admin: true,
			args: []string{"-interwikisource:fr", "-page:Banane", "-rootpage:User:Admin/Imports", "-summary:Imported for a test"},
			check: func(t *testing.T, st map[string]*wikiState, out, errs string) {
				got := st["en"].Pages["User:Admin/Imports/Banane"]
				if got.Text != "Die Banane ist gelb." || !strings.HasSuffix(got.Comment, ": Imported for a test") {
					t.Errorf("en:User:Admin/Imports/Banane: %v", got)
				}
			}},
		{name: "transwikiimport-exists", script: "transwikiimport", admin: true,
			args: []string{"-interwikisource:de", "-page:Kirsche"},
			check: func(t *testing.T, st map[string]*wikiState, out, errs string) {
				wantContains(t, "stderr", errs, "WARNING: Skipped [[de:Kirsche]] (target page [[Kirsche]] exists)")
			}},
		{name: "transwikiimport-same-site", script: "transwikiimport", admin: true,
			args: []string{"-interwikisource:en", "-page:Apple"},
			check: func(t *testing.T, st map[string]*wikiState, out, errs string) {
				wantContains(t, "stderr", errs, "Target site not different from source site.")
			}},
	}
}

func TestWikisSideBySide(t *testing.T) {
	if testing.Short() {
		t.Skip("these runs need six test wikis; skipped in -short mode")
	}
	scriptDir := filepath.Join(pwbDir(), "scripts")
	if !exists(filepath.Join(scriptDir, "replicate_wiki.py")) {
		t.Skipf("pywikibot 9.6.3 checkout missing at %s: its script files are what these rows run", pwbDir())
	}
	gwb := testbin.Gowikibot(t)
	pwb963, withPwb := checkout963(t)
	g, p := startBoth(t, withPwb, func(t *testing.T, name string) (*multiSide, error) {
		return startMultiSide(t, name, "sbr", wikisCodes, wikisSeed(), wikisSettings)
	})
	only := onlyRows("WIKIS_ONLY")
	for _, row := range wikisRows() {
		if !only(row.name) {
			continue
		}
		row := row
		cfg := func(s *multiSide) string {
			if row.admin {
				return s.admin
			}
			return s.cfg
		}
		t.Run(row.name, func(t *testing.T) {
			script := filepath.Join(scriptDir, row.script+".py")
			var pArgv []string
			var pDir string
			if p != nil {
				pDir = cfg(p)
				pArgv = append([]string{"/usr/bin/python3", filepath.Join(pwb963, "pwb.py"), "-dir:" + pDir, row.script}, row.args...)
			}
			gst, gOut, gErr := runMultiRow(t, g, p, append([]string{gwb, "-dir:" + cfg(g), "python", script}, row.args...), cfg(g),
				pArgv, pDir, essentialErr)
			row.check(t, gst, gOut, gErr)
		})
	}
}
