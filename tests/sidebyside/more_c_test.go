package sidebyside

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// TestMoreC runs the rest of pywikibot 9.6.3's MediaWiki-only scripts
// side by side (issue #10 part 2), on two more identically seeded wikis
// (seedPages plus moreCSeed): speedy_delete (as it stops, and driven over
// this wiki's candidates by a user script that answers its prompts), a
// protect after Admin has a session, and the scripts that cannot work on a
// local wiki (Wikibase, Commons, external services, missing packages or
// localisation), which must stop with pywikibot's exception or message.
// Rules as TestScripts963; MOREC_ONLY=name,... runs a subset.

// moreCSeed is seeded by Admin on both wikis (after seedPages).
func moreCSeed() []seedPage {
	return []seedPage{
		// speedy_delete: three candidates in the category, one through
		// a template that has its own deletion reason, and one to end on
		{"Template:Db-spam", "<includeonly>[[Category:Speedy candidates]]</includeonly><noinclude>Marks advertising.</noinclude>"},
		{"Category:Speedy candidates", "Pages to delete quickly."},
		{"Junk page", "Junk text.\n[[Category:Speedy candidates]]"},
		{"Keep page", "Worth keeping after all.\n[[Category:Speedy candidates]]"},
		{"Spam page", "Buy now! {{Db-spam}}"},
		{"Zz last", "The last candidate.\n[[Category:Speedy candidates]]"},
		{"Prot C", "A page to protect once Admin has a session."},
		{"Tracked links", "See [https://example.org/a?utm_source=x&id=3 a page], https://example.org/b?fbclid=123 " +
			"and [https://example.org/c?q=1 another].\n"},
	}
}

// moreCRows run in this order on both sides.
func moreCRows() []row963 {
	stop := func(name, script string, args []string, sameError string) row963 {
		return row963{scenario: scenario{name: name, release: "9.6.3-file", script: script, args: args}, sameError: sameError}
	}
	stderr := func(name, script string, args []string, want string, admin bool) row963 {
		return row963{scenario: scenario{name: name, release: "9.6.3-file", script: script, args: args, admin: admin, compareStderr: true,
			check: func(t *testing.T, st *wikiState, out, errs string) { wantContains(t, "stderr", errs, want) }}}
	}
	noDataRepo := "WikiBaseError: sbs:sbs is not connected to a data repository"
	return append([]row963{
		// main() asks for the delete right before anything has logged in
		stderr("speedy_delete", "speedy_delete", nil, "Login first.", true),
		// the user script logs in and gives the candidates' category:
		// Junk page deleted with the default reason, Keep page skipped,
		// Spam page deleted with its template's reason, then quit
		{scenario: scenario{name: "speedy_delete_local.py", release: "9.6.3-user", script: "speedy_delete_local.py", admin: true, compareStderr: true,
			check: func(t *testing.T, st *wikiState, out, errs string) {
				for _, gone := range []string{"Junk page", "Spam page"} {
					if _, ok := st.Pages[gone]; ok {
						t.Errorf("%s not deleted", gone)
					}
				}
				wantPage(t, st, "Keep page", seededC("Keep page"))
				wantPage(t, st, "Zz last", seededC("Zz last"))
				wantContains(t, "deletion log", strings.Join(st.Log, "\n"),
					"delete Junk page by Admin: Speedy deletion: tagged as a candidate",
					"delete Spam page by Admin: Speedy deletion: advertising")
			}},
			stdin: "d\n\ns\nd\n\nq\n"},
		// Admin has a session now (the row before logged in): both protect
		{scenario: scenario{name: "protect-session", release: "9.6.3-file", script: "protect", admin: true,
			args: []string{"-page:Prot C", "-edit:sysop", "-move:sysop", "-expiry:infinite", "-always", "-summary:protC"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				if got := st.Pages["Prot C"].Protection; got != "edit=sysop move=sysop" {
					t.Errorf("Prot C protection %q, want edit=sysop move=sysop", got)
				}
			}}},
		// pywikibot 11.7.0's script (10.3 and later only), unmodified, run
		// by gowikibot and by pywikibot 9.6.3 (11.7.0 does not run on
		// Debian 12's Python packages)
		{scenario: scenario{name: "tracking_param_remover", release: "11.7.0-file", script: "tracking_param_remover",
			args: []string{"-page:Tracked links", "-always"}, compareStderr: true,
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Tracked links", botEdit("See [https://example.org/a?id=3 a page], https://example.org/b "+
					"and [https://example.org/c?q=1 another].", "Bot: removing tracking parameters from web links"))
			}}},
		stderr("change_pagelang", "change_pagelang", []string{"-page:Prot C", "-setlang:de", "-always"},
			"This site doesn't allow changing the content languages of pages; aborting.", true),
		stderr("checkimages", "checkimages", []string{"-limit:2"}, "Your project is not supported by this script.", false),
		stderr("nowcommons", "nowcommons", []string{"-always"}, "There must be a file repository to run this script", false),
		stderr("category_graph", "category_graph", []string{"-from:Seeded"}, `Missing dependency "pydot".`, false),
		stderr("djvutext", "djvutext", []string{"-djvu:/nonexistent/book.djvu", "-index:Book"}, "No such file or directory: /nonexistent/book.djvu", false),
		// the name of the partial file has a random part
		func() row963 {
			r := stderr("download_dump", "download_dump", []string{"-filename:pages-articles.xml.bz2"}, "host='dumps.wikimedia.org'", false)
			r.normalize = func(s string) string { return partFile.ReplaceAllString(s, ".xml.bz2-RANDOM.part") }
			return r
		}(),
		stderr("dataextend", "dataextend", nil, "No item page specified", false),
		// maintenance scripts: the colour table; pywikibot's own family
		// files, which addwikis rewrites, are not in the config directory
		{scenario: scenario{name: "maintenance/colors", release: "9.6.3-file", script: "maintenance/colors", compareStderr: true,
			check: func(t *testing.T, st *wikiState, out, errs string) { wantContains(t, "stderr", errs, "lightpurple") }}},
		{scenario: scenario{name: "maintenance/addwikis", release: "9.6.3-file", script: "maintenance/addwikis", args: []string{"-family:wikipedia", "xx"}},
			sameError: "FileNotFoundError: [Errno 2] No such file or directory: 'pywikibot/families/wikipedia_family.py'"},
		stop("claimit", "claimit", []string{"-page:Prot C", "P1", "Q1"}, "AttributeError: 'NoneType' object has no attribute 'get_property_type'"),
		stop("coordinate_import", "coordinate_import", []string{"-page:Prot C"}, noDataRepo),
		stop("harvest_template", "harvest_template", []string{"-page:Prot C", "-template:Info", "P1", "1"}, noDataRepo),
		stop("illustrate_wikidata", "illustrate_wikidata", []string{"-page:Prot C"}, noDataRepo),
		stop("interwikidata", "interwikidata", []string{"-page:Prot C", "-always"}, "ValueError: sbs:sbs does not have a data repository, use interwiki.py instead."),
		// Commons: the name lookup fails offline (the URL's query differs)
		stop("commons_information", "commons_information", []string{"-page:Prot C"},
			"ConnectionError: HTTPSConnectionPool(host='commons.wikimedia.org', port=443): Max retries exceeded…"),
	}, moreCCacheRows()...)
}

// partFile is download_dump's partial file: the dump's name, a random
// part, ".part".
var partFile = regexp.MustCompile(`\.xml\.bz2-[0-9a-f]+\.part`)

// seededC is the state of an untouched page of moreCSeed.
func seededC(title string) pageState {
	for _, p := range moreCSeed() {
		if p.Title == title {
			return pageState{Text: p.Text, User: "Admin", Comment: "seed"}
		}
	}
	return pageState{}
}

func TestMoreC(t *testing.T) {
	if testing.Short() {
		t.Skip("side-by-side runs need two test wikis; skipped in -short mode")
	}
	scriptDir := filepath.Join(pwbDir(), "scripts")
	if !exists(filepath.Join(scriptDir, "speedy_delete.py")) {
		t.Skipf("pywikibot 9.6.3 checkout missing at %s: its script files are what these rows run", pwbDir())
	}
	gwb := testbin.Gowikibot(t)
	pwb963, withPwb := checkout963(t)
	g, p := startBoth(t, withPwb, func(t *testing.T, name string) (*side, error) {
		return startSeededSide(t, name, sideOptions{extra: moreCSeed()})
	})
	gRun, pRun := fileRunners(gwb, pwb963, scriptDir, []string{"GWB_PWB963=" + pwbDir()})
	g.runner = gRun
	if p != nil {
		p.runner = pRun
	}
	only := onlyRows("MOREC_ONLY")
	for _, sc := range moreCRows() {
		if !only(sc.name) {
			continue
		}
		sc := sc
		t.Run(sc.name, func(t *testing.T) {
			script := testdataPath(sc.script)
			switch sc.release {
			case "9.6.3-file":
				script = filepath.Join(scriptDir, sc.script+".py")
			case "11.7.0-file":
				if script = filepath.Join(pwb11Dir(), "scripts", sc.script+".py"); !exists(script) {
					t.Skipf("pywikibot 11.7.0 checkout missing at %s", pwb11Dir())
				}
			}
			runScenario(t, g, p, sc, script)
		})
	}
}
