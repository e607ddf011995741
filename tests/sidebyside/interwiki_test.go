package sidebyside

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// TestInterwikiSideBySide runs pywikibot 9.6.3's interwiki.py, unmodified,
// on three wikis per side that are the "en", "de" and "fr" versions of one
// family ("sbi"), whose interwiki tables link each other: `pwb.py
// interwiki ARGS` on one set, `gowikibot python .../interwiki.py ARGS` on
// the other, and compares what each scenario changed on each wiki.
// IWIKI_ONLY=name,... runs a subset.

var interwikiCodes = []string{"en", "de", "fr"}

// interwikiSeed: Apple/Apfel/Pomme are one subject linked only en→de→fr;
// Banana/Banane are linked en↔de (two wikis) and en names a missing fr
// page; Cerise (fr) links en:Cherry, which links nothing; Kiwi (en)
// links a de page that is missing.
func interwikiSeed() map[string][]seedPage {
	return map[string][]seedPage{
		"en": {
			{"Apple", "An apple is the round fruit of a tree of the rose family.\n\n[[de:Apfel]]"},
			{"Banana", "A banana is an elongated, edible fruit of the genus Musa.\n\n[[de:Banane]]\n[[fr:Banane absente]]"},
			{"Cherry", "A cherry is the small, round stone fruit of the genus Prunus."},
			{"Kiwi", "A kiwi is the edible berry of several species of Actinidia.\n\n[[de:Kiwi fehlt]]"},
		},
		"de": {
			{"Apfel", "Der Apfel ist die Frucht des Kulturapfels aus der Familie der Rosen.\n\n[[fr:Pomme]]"},
			{"Banane", "Die Banane ist die Frucht der Bananenpflanzen aus der Gattung Musa.\n\n[[en:Banana]]"},
		},
		"fr": {
			{"Pomme", "La pomme est le fruit du pommier, un arbre de la famille des rosacées."},
			{"Cerise", "La cerise est le fruit du cerisier, un arbre du genre Prunus.\n\n[[en:Cherry]]"},
		},
	}
}

// interwikiRow is one interwiki.py run on both sides.
type interwikiRow struct {
	name  string
	args  []string
	check func(t *testing.T, st map[string]*wikiState, stdout, stderr string)
}

// interwikiText is the seeded text of a page.
func interwikiText(code, title string) string {
	for _, p := range interwikiSeed()[code] {
		if p.Title == title {
			return p.Text
		}
	}
	return ""
}

// iwBody is the seeded text of a page without its language links.
func iwBody(code, title string) string {
	for _, p := range interwikiSeed()[code] {
		if p.Title == title {
			body, _, _ := strings.Cut(p.Text, "\n\n[[")
			return body
		}
	}
	return ""
}

func iwEdit(text, summary string) pageState {
	return pageState{Text: text, User: "TestBot", Comment: summary, Minor: true, Bot: true}
}

func interwikiRows() []interwikiRow {
	return []interwikiRow{
		{name: "three-wikis", args: []string{"-page:Apple", "-autonomous"},
			check: func(t *testing.T, st map[string]*wikiState, out, errs string) {
				wantPage(t, st["en"], "Apple", iwEdit(iwBody("en", "Apple")+"\n\n[[de:Apfel]]\n[[fr:Pomme]]", "Bot: adding the language links [[fr:Pomme]]"))
				wantPage(t, st["de"], "Apfel", iwEdit(iwBody("de", "Apfel")+"\n\n[[en:Apple]]\n[[fr:Pomme]]", "Bot: adding the language links [[en:Apple]]"))
				wantPage(t, st["fr"], "Pomme", iwEdit(iwBody("fr", "Pomme")+"\n\n[[de:Apfel]]\n[[en:Apple]]", "Bot: adding the language links [[de:Apfel]], [[en:Apple]]"))
			}},
		{name: "from-fr", args: []string{"-lang:fr", "-page:Cerise", "-autonomous"},
			check: func(t *testing.T, st map[string]*wikiState, out, errs string) {
				wantPage(t, st["en"], "Cherry", iwEdit(iwBody("en", "Cherry")+"\n\n[[fr:Cerise]]", "Bot: adding the language links [[fr:Cerise]]"))
			}},
		// a link to a missing page: reported, left alone without -cleanup
		{name: "missing-page", args: []string{"-page:Banana", "-autonomous"},
			check: func(t *testing.T, st map[string]*wikiState, out, errs string) {
				wantPage(t, st["en"], "Banana", pageState{Text: interwikiText("en", "Banana"), User: "Admin", Comment: "seed"})
				wantContains(t, "stderr", errs, "NOTE: [[fr:Banane absente]] does not exist. Skipping.",
					"WARNING: sbi: [[en:Banana]] links to incorrect [[fr:Banane absente]]")
			}},
		{name: "missing-page-cleanup", args: []string{"-page:Kiwi", "-autonomous", "-cleanup"},
			check: func(t *testing.T, st map[string]*wikiState, out, errs string) {
				wantPage(t, st["en"], "Kiwi", iwEdit(iwBody("en", "Kiwi"), "Bot: removing the language links [[de:Kiwi fehlt]]"))
			}},
		// two wikis: en:Banana and de:Banane already link each other
		{name: "two-wikis-cleanup", args: []string{"-page:Banana", "-autonomous", "-cleanup", "-localonly"},
			check: func(t *testing.T, st map[string]*wikiState, out, errs string) {
				wantPage(t, st["en"], "Banana", iwEdit(iwBody("en", "Banana")+"\n\n[[de:Banane]]", "Bot: removing the language links [[fr:Banane absente]]"))
				wantPage(t, st["de"], "Banane", pageState{Text: interwikiText("de", "Banane"), User: "Admin", Comment: "seed"})
			}},
	}
}

func TestInterwikiSideBySide(t *testing.T) {
	if testing.Short() {
		t.Skip("interwiki runs need six test wikis; skipped in -short mode")
	}
	script := filepath.Join(pwbDir(), "scripts", "interwiki.py")
	if !exists(script) {
		t.Skipf("pywikibot 9.6.3 checkout missing at %s: its interwiki.py is what these rows run", pwbDir())
	}
	gwb := testbin.Gowikibot(t)
	pwb963, withPwb := checkout963(t)
	start := func(t *testing.T, name string) (*multiSide, error) {
		return startMultiSide(t, name, "sbi", interwikiCodes, interwikiSeed(), "")
	}
	g, p := startBoth(t, withPwb, start)
	only := onlyRows("IWIKI_ONLY")
	for _, row := range interwikiRows() {
		if !only(row.name) {
			continue
		}
		row := row
		t.Run(row.name, func(t *testing.T) {
			var pArgv []string
			var pDir string
			if p != nil {
				pDir = p.cfg
				pArgv = append([]string{"/usr/bin/python3", filepath.Join(pwb963, "pwb.py"), "-dir:" + pDir, "interwiki"}, row.args...)
			}
			gst, gOut, gErr := runMultiRow(t, g, p, append([]string{gwb, "-dir:" + g.cfg, "python", script}, row.args...), g.cfg,
				pArgv, pDir, interwikiStderr)
			if row.check != nil {
				row.check(t, gst, gOut, gErr)
			}
		})
	}
}

// interwikiStderr is the essential stderr of an interwiki run: the login
// lines out (gowikibot logs in silently), the rest sorted, as the order
// in which the pages of other wikis are loaded is not part of the
// behaviour compared.
func interwikiStderr(s string) string {
	lines := strings.Split(essentialErr(s), "\n")
	sort.Strings(lines)
	return strings.TrimSpace(strings.Join(lines, "\n"))
}
