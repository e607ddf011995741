package sidebyside

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// botEdit is the expected state of a page edited by TestBot.
func botEdit(text, summary string) pageState {
	return pageState{Text: text, User: "TestBot", Comment: summary, Minor: true, Bot: true}
}

// seeded is the state of an untouched seed page.
func seeded(title string) pageState {
	return pageState{Text: seededText(title), User: "Admin", Comment: "seed"}
}

// testdataPath is the absolute path of a file of testdata (scripts run in
// their config directory).
func testdataPath(name string) string {
	p, err := filepath.Abs(filepath.Join("testdata", name))
	if err != nil {
		panic(err)
	}
	return p
}

func pageRange(from, to int) []string {
	var out []string
	for i := from; i <= to; i++ {
		out = append(out, fmt.Sprintf("Page %03d", i))
	}
	return out
}

// scenarios are run in this order on both wikis; each sees the state the
// previous ones left.
func scenarios() []scenario {
	return []scenario{
		{name: "login", release: "9.6.3", script: "login",
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantContains(t, "output", out+errs, "Logged in on sbs:sbs as TestBot.")
			}},
		{name: "listpages-prefix", release: "9.6.3", script: "listpages", args: []string{"-prefixindex:Page 01"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				var want []string
				for i, title := range pageRange(10, 19) {
					want = append(want, fmt.Sprintf("%4d %s", i+1, title))
				}
				if got := essential(out); got != strings.Join(want, "\n") {
					t.Errorf("stdout:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
				}
			}},
		{name: "listpages-grep", release: "9.6.3", script: "listpages", args: []string{"-cat:Seeded", "-grep:foo ipsum", "-format:3"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				var want []string
				for i := 0; i < NumPages; i += 3 {
					want = append(want, fmt.Sprintf("Page %03d", i))
				}
				if got := essential(out); got != strings.Join(want, "\n") {
					t.Errorf("stdout:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
				}
			}},
		{name: "listpages-get", release: "9.6.3", script: "listpages", args: []string{"-page:Page 005", "-get"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				want := seededText("Page 005") + "\n   1 Page 005"
				if got := essential(out); got != want {
					t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
				}
			}},
		{name: "basic", release: "9.6.3", script: "basic", args: []string{"-prefixindex:Page 00", "-text:BASIC", "-summary:basic-sum", "-always"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				for _, title := range pageRange(0, 9) {
					wantPage(t, st, title, botEdit(seededText(title)+"BASIC", "basic-sum"))
				}
				wantPage(t, st, "Page 010", seeded("Page 010"))
				wantContains(t, "output", errs+out, "10 read operations", "10 write operations")
			}},
		{name: "touch", release: "9.6.3", script: "touch", args: []string{"-prefixindex:Page 01"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				for _, title := range pageRange(10, 19) {
					wantPage(t, st, title, seeded(title))
				}
				wantContains(t, "output", errs+out, "10 touch operations")
			}},
		{name: "add_text", release: "9.6.3", script: "add_text", args: []string{"-prefixindex:Page 02", "-text:ADDED", "-summary:add-sum", "-always"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				for _, title := range pageRange(20, 29) {
					old := seededText(title)
					cut := strings.LastIndex(old, "\n[[Category:Seeded]]")
					want := old[:cut] + "\nADDED\n\n[[Category:Seeded]]"
					wantPage(t, st, title, botEdit(want, "add-sum"))
				}
			}},
		{name: "replace-plain", release: "9.6.3", script: "replace",
			args: []string{"-prefixindex:Page 03", "-page:Denied page", "foo", "bar", "-summary:rep-sum", "-exceptinsidetag:comment", "-always"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				for _, title := range pageRange(30, 39) {
					old := seededText(title)
					if !strings.Contains(old, "foo ipsum") {
						wantPage(t, st, title, seeded(title))
						continue
					}
					want := strings.ReplaceAll(old, "foo ipsum", "bar ipsum")
					wantPage(t, st, title, botEdit(want, "rep-sum"))
				}
				wantPage(t, st, "Denied page", seeded("Denied page"))
			}},
		{name: "replace-regex", release: "9.6.3", script: "replace",
			args: []string{"-regex", "-nocase", "-prefixindex:Page 04", `LOREM (\w+)`, `Ipsum-\1`, "-summary:rx-sum", "-always"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				for _, title := range pageRange(40, 49) {
					want := strings.ReplaceAll(seededText(title), "lorem ipsum", "Ipsum-ipsum")
					wantPage(t, st, title, botEdit(want, "rx-sum"))
				}
			}},
		{name: "replace-default-summary", release: "9.6.3", script: "replace",
			args: []string{"-automaticsummary", "-page:Page 060", "-page:Page 063", "ipsum dolor", "IPSUM DOLOR", "-always"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				for _, title := range []string{"Page 060", "Page 063"} {
					got := st.Pages[title]
					want := strings.ReplaceAll(seededText(title), "ipsum dolor", "IPSUM DOLOR")
					if got.Text != want || got.User != "TestBot" || !strings.HasSuffix(got.Comment, " (-ipsum dolor +IPSUM DOLOR)") {
						t.Errorf("%s: %v", title, got)
					}
				}
			}},
		{name: "clean_sandbox", release: "9.6.3", script: "clean_sandbox", args: []string{"-page:Sandbox", "-text:Clean sandbox.", "-summary:cs-sum"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Sandbox", botEdit("Clean sandbox.", "cs-sum"))
				wantContains(t, "output", errs, "Standard content was changed, sandbox cleaned.")
			}},
		{name: "templatecount", release: "9.6.3", script: "templatecount", args: []string{"-count", "Info"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				want := "Number of transclusions per template\n" + strings.Repeat("-", 36) +
					fmt.Sprintf("\nInfo      :   %d\nTOTAL     :   %d", NumPages, NumPages)
				if got := essential(out); got != want {
					t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
				}
			}},
		{name: "delete", release: "9.6.3", script: "delete", admin: true, args: []string{"-cat:Doomed", "-always", "-summary:del-sum"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				for _, title := range []string{"Doomed 1", "Doomed 2"} {
					if _, ok := st.Pages[title]; ok {
						t.Errorf("%s still exists", title)
					}
				}
				want := "delete Doomed 1 by Admin: del-sum\ndelete Doomed 2 by Admin: del-sum"
				if got := strings.Join(st.Log, "\n"); got != want {
					t.Errorf("deletion log:\n%s\nwant:\n%s", got, want)
				}
			}},
		// wrong command lines: the same messages and no edits
		{name: "add_text-no-text", release: "9.6.3", script: "add_text", args: []string{"-page:Page 050"}, compareStderr: true,
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Page 050", seeded("Page 050"))
				want := "ERROR: Either the '-text' or '-textfile' is required\nUse -help for further information."
				if got := essential(errs); got != want {
					t.Errorf("stderr:\n%s\nwant:\n%s", got, want)
				}
			}},
		{name: "replace-odd-pairs", release: "9.6.3", script: "replace", args: []string{"-page:Page 050", "foo"}, compareStderr: true,
			check: func(t *testing.T, st *wikiState, out, errs string) {
				want := "ERROR: Incomplete command line pattern replacement pair:\n['foo']"
				if got := essential(errs); got != want {
					t.Errorf("stderr:\n%s\nwant:\n%s", got, want)
				}
			}},
		{name: "touch-no-generator", release: "9.6.3", script: "touch", compareStderr: true,
			check: func(t *testing.T, st *wikiState, out, errs string) {
				want := "ERROR: Unable to execute script because no generator was defined.\nUse -help for further information."
				if got := essential(errs); got != want {
					t.Errorf("stderr:\n%s\nwant:\n%s", got, want)
				}
			}},
		{name: "templatecount-no-operation", release: "9.6.3", script: "templatecount", args: []string{"Info"}, compareStderr: true,
			check: func(t *testing.T, st *wikiState, out, errs string) {
				want := "ERROR: Missing parameter \"operation\".\nUse -help for further information."
				if got := essential(errs); got != want {
					t.Errorf("stderr:\n%s\nwant:\n%s", got, want)
				}
			}},
		{name: "listpages-unknown", release: "9.6.3", script: "listpages", args: []string{"-start:!", "-bogus"}, compareStderr: true,
			check: func(t *testing.T, st *wikiState, out, errs string) {
				want := "ERROR: Unknown parameter \"-bogus\".\nUse -help for further information."
				if got := essential(errs); got != want {
					t.Errorf("stderr:\n%s\nwant:\n%s", got, want)
				}
			}},
		// a user's class-based bot script, run as a file
		{name: "tidy_links", release: "user", script: "tidy_links",
			args: []string{"-prefixindex:Page 07", "-summary:Tidy", "-always"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				var want []string
				for _, title := range pageRange(70, 79) {
					old := seededText(title)
					n := strings.Count(old, "|the next one]]")
					wantPage(t, st, title, botEdit(strings.ReplaceAll(old, "|the next one]]", "|next]]"), fmt.Sprintf("Tidy (%d links)", n)))
					want = append(want, fmt.Sprintf("%s: %d links tidied", title, n))
				}
				want = append(want, "10 pages tidied")
				if got := essential(out); !strings.HasSuffix(got, strings.Join(want, "\n")) {
					t.Errorf("stdout:\n%s\nwant it to end with:\n%s", got, strings.Join(want, "\n"))
				}
			}},
		// a user script saving asynchronously, with callbacks
		{name: "async_callbacks", release: "user", script: "async_callbacks",
			check: func(t *testing.T, st *wikiState, out, errs string) {
				created := func(text, summary string) pageState {
					return pageState{Text: text, User: "TestBot", Comment: summary, Bot: true}
				}
				wantPage(t, st, "Async page 0", botEdit("Asynchronous text 0, put again.", "async-put"))
				for i := 1; i < 5; i++ {
					wantPage(t, st, fmt.Sprintf("Async page %d", i),
						created(fmt.Sprintf("Asynchronous text %d.", i), fmt.Sprintf("async-sum %d", i)))
				}
				if _, ok := st.Pages["MediaWiki:Async refused"]; ok {
					t.Errorf("MediaWiki:Async refused was saved")
				}
				var want []string
				for i := 0; i < 5; i++ {
					want = append(want, fmt.Sprintf("saved Async page %d in Put-Thread", i))
				}
				want = append(want, "saved Async page 0 in Put-Thread",
					"not saved: MediaWiki:Async refused in Put-Thread APIError", "7 callbacks when stopme() returned")
				if got := essential(out); got != strings.Join(want, "\n") {
					t.Errorf("stdout:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
				}
				wantContains(t, "stderr", errs, "ERROR: page [[MediaWiki:Async refused]] not saved due to protectednamespace-interface: ")
			}},
		// pywikibot 9.6.3's own script files, unmodified, run by "gowikibot
		// python" (the rows above run gowikibot's bundled scripts).
		{name: "basic", release: "9.6.3-file", script: "basic", args: []string{"-page:Page 170", "-text:B963", "-summary:b963", "-always"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Page 170", botEdit(seededText("Page 170")+"B963", "b963"))
			}},
		{name: "touch", release: "9.6.3-file", script: "touch", args: []string{"-page:Page 171"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Page 171", seeded("Page 171"))
			}},
		{name: "add_text", release: "9.6.3-file", script: "add_text", args: []string{"-page:Page 172", "-text:A963", "-summary:a963", "-always"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				old := seededText("Page 172")
				cut := strings.LastIndex(old, "\n[[Category:Seeded]]")
				wantPage(t, st, "Page 172", botEdit(old[:cut]+"\nA963\n\n[[Category:Seeded]]", "a963"))
			}},
		{name: "listpages", release: "9.6.3-file", script: "listpages", args: []string{"-prefixindex:Page 18"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				var want []string
				for i, title := range pageRange(180, 189) {
					want = append(want, fmt.Sprintf("%4d %s", i+1, title))
				}
				if got := essential(out); got != strings.Join(want, "\n") {
					t.Errorf("stdout:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
				}
			}},
		{name: "replace", release: "9.6.3-file", script: "replace",
			args: []string{"-page:Page 173", "-page:Page 174", "ipsum dolor", "IPSUM963", "-summary:r963", "-always"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				for _, title := range []string{"Page 173", "Page 174"} {
					want := strings.ReplaceAll(seededText(title), "ipsum dolor", "IPSUM963")
					wantPage(t, st, title, botEdit(want, "r963"))
				}
			}},
		{name: "clean_sandbox", release: "9.6.3-file", script: "clean_sandbox", args: []string{"-page:Sandbox", "-text:Sandbox 963.", "-summary:cs963"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Sandbox", botEdit("Sandbox 963.", "cs963"))
			}},
		// touch -purge asks APISite.ratelimit('purge') for its batch size.
		{name: "touch-purge", release: "9.6.3-file", script: "touch", args: []string{"-purge", "-page:Page 175", "-page:Page 176"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Page 175", seeded("Page 175"))
				wantPage(t, st, "Page 176", seeded("Page 176"))
				wantContains(t, "output", errs+out, "2 pages purged", "2 purge operations")
			}},
		// movepages with -prefix asks before the first move; "a" answers
		// for all (with -always 9.6.3's script has no title function yet
		// and fails on both sides).
		{name: "movepages-prefix", release: "9.6.3-file", script: "movepages", stdin: "a\n",
			args: []string{"-page:Page 177", "-page:Page 178", "-prefix:Moved/", "-summary:mv963"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				for _, n := range []string{"177", "178"} {
					want := pageState{Text: "#REDIRECT [[Moved/Page " + n + "]]", User: "TestBot",
						Comment: "TestBot moved page [[Page " + n + "]] to [[Moved/Page " + n + "]]: mv963"}
					wantPage(t, st, "Page "+n, want)
					moved := st.Pages["Moved/Page "+n]
					if moved.Text != seededText("Page "+n) || moved.User != "TestBot" {
						t.Errorf("Moved/Page %s: %v", n, moved)
					}
				}
			}},
		// template with a generator option keys its filter_unique on
		// Page._cmpkey().
		{name: "template-subst-prefixindex", release: "9.6.3-file", script: "template", args: []string{"Info", "-subst", "-always", "-prefixindex:Page 19"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				for i, title := range pageRange(190, 199) {
					n := 190 + i
					want := strings.Replace(seededText(title), fmt.Sprintf("{{Info|%d}}", n), fmt.Sprint(n), 1)
					wantPage(t, st, title, botEdit(want, "Bot: substituting template(s): Info"))
				}
			}},
		// pywikibot 7.7.3's own scripts, unmodified, run by "gowikibot python".
		{name: "basic", release: "7.7.3", script: "basic", args: []string{"-page:Page 100", "-text:B773", "-summary:b773", "-always"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Page 100", botEdit(seededText("Page 100")+"B773", "b773"))
			}},
		{name: "touch", release: "7.7.3", script: "touch", args: []string{"-page:Page 101"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Page 101", seeded("Page 101"))
			}},
		{name: "listpages", release: "7.7.3", script: "listpages", args: []string{"-prefixindex:Page 11"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				var want []string
				for i, title := range pageRange(110, 119) {
					want = append(want, fmt.Sprintf("%4d %s", i+1, title))
				}
				if got := essential(out); got != strings.Join(want, "\n") {
					t.Errorf("stdout:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
				}
			}},
		{name: "clean_sandbox", release: "7.7.3", script: "clean_sandbox", args: []string{"-page:Sandbox", "-text:Sandbox 773.", "-summary:cs773"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Sandbox", botEdit("Sandbox 773.", "cs773"))
			}},
		// -count, not -list: -list prints pages in page-id order, which
		// differs between two wikis seeded by parallel workers.
		{name: "templatecount", release: "7.7.3", script: "templatecount", args: []string{"-count", "Info"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantContains(t, "stdout", out, "Info")
			}},
		{name: "delete", release: "7.7.3", script: "delete", admin: true, args: []string{"-page:Redirect to 000", "-always", "-summary:del773"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				if _, ok := st.Pages["Redirect to 000"]; ok {
					t.Errorf("Redirect to 000 still exists")
				}
			}},
		// 7.7.3's protect sends an empty expiry unless one is given, which
		// MediaWiki 1.39 refuses (toofewexpiries); with -expiry both sides
		// protect the page.
		{name: "protect", release: "7.7.3", script: "protect", admin: true,
			args: []string{"-page:Page 120", "-summary:prot773", "-always", "-edit:sysop", "-move:sysop", "-expiry:infinite"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				if p := st.Pages["Page 120"]; p.Protection != "edit=sysop move=sysop" {
					t.Errorf("Page 120 protection = %q, want edit=sysop move=sysop", p.Protection)
				}
			}},
		{name: "change_pagelang", release: "7.7.3", script: "change_pagelang", admin: true,
			args: []string{"-page:Page 121", "-setlang:de", "-always"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Page 121", seeded("Page 121"))
				wantContains(t, "stderr", errs, "This site doesn't allow changing the content languages of pages; aborting.")
			}},
		// template.py (a ReplaceRobot subclass): substitute, remove and
		// replace {{Info}} on ten pages each (the seed's first line is
		// "{{Info|N}}").
		{name: "template-subst", release: "7.7.3", script: "template", args: []string{"Info", "-subst", "-always", "-prefixindex:Page 13"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				for i, title := range pageRange(130, 139) {
					n := 130 + i
					want := strings.Replace(seededText(title), fmt.Sprintf("{{Info|%d}}", n), fmt.Sprint(n), 1)
					wantPage(t, st, title, botEdit(want, "Bot: substituting template(s): Info"))
				}
				wantPage(t, st, "Page 140", seeded("Page 140"))
			}},
		{name: "template-remove", release: "7.7.3", script: "template", args: []string{"-remove", "Template:Info", "-always", "-prefixindex:Page 14"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				for i, title := range pageRange(140, 149) {
					want := strings.TrimPrefix(seededText(title), fmt.Sprintf("{{Info|%d}}\n", 140+i))
					wantPage(t, st, title, botEdit(want, "Bot: removing template(s): Info"))
				}
			}},
		{name: "template-replace", release: "7.7.3", script: "template", args: []string{"Info", "Box", "-always", "-prefixindex:Page 15", "-summary:tpl-sum"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				for i, title := range pageRange(150, 159) {
					n := 150 + i
					want := strings.Replace(seededText(title), fmt.Sprintf("{{Info|%d}}", n), fmt.Sprintf("{{Box|%d}}", n), 1)
					wantPage(t, st, title, botEdit(want, "tpl-sum"))
				}
			}},
		// -xml: the pages come from a dump whose (old) text uses the
		// template; Page 162's dump text does not, so only Page 161 is
		// changed although both use {{Info}} on the wiki.
		{name: "template-xml", release: "7.7.3", script: "template", args: []string{"Info", "-subst", "-always", "-xml:" + testdataPath("template_dump.xml")},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				want := strings.Replace(seededText("Page 161"), "{{Info|161}}", "161", 1)
				wantPage(t, st, "Page 161", botEdit(want, "Bot: substituting template(s): Info"))
				wantPage(t, st, "Page 162", seeded("Page 162"))
			}},
		{name: "template-no-names", release: "7.7.3", script: "template", args: []string{"-page:Page 160"}, compareStderr: true,
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Page 160", seeded("Page 160"))
				want := "ERROR: Missing parameter \"templates\".\nUse -help for further information."
				if got := essential(errs); got != want {
					t.Errorf("stderr:\n%s\nwant:\n%s", got, want)
				}
			}},
		{name: "template-odd-names", release: "7.7.3", script: "template", args: []string{"Info", "Box", "Sandbox", "-page:Page 160"}, compareStderr: true,
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "Page 160", seeded("Page 160"))
				wantContains(t, "stderr", errs, "Unless using solely -subst or -remove, you must give an even number of template names.")
			}},
		// misspelling.py looks for misspellings through Wikibase items
		// (or de.wikipedia's templates): on a wiki without Wikibase its
		// generator raises UnknownExtensionError and the teardown of
		// solve_disambiguation's bot then fails with AttributeError, in
		// pywikibot 7.7.3 as in gowikibot, which print both tracebacks
		// chained; nothing is edited.
		{name: "misspelling", release: "7.7.3", script: "misspelling", args: []string{"-main", "-always:r0"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantContains(t, "stderr", errs, "UnknownExtensionError")
				wantContains(t, "stderr", errs, "\nDuring handling of the above exception, another exception occurred:\n")
				wantContains(t, "stderr", errs, "AttributeError: 'MisspellingRobot' object has no attribute 'primaryIgnoreManager'")
				if got := essential(out); got != "" {
					t.Errorf("stdout: %q", got)
				}
			}},
		// the same script, unmodified, told by a user script (testdata/
		// misspelling_local.py) that this wiki marks misspellings with
		// {{Misspelling|right}}: -always:1 replaces every link to Colour by
		// a link to the first alternative, Color.
		{name: "misspelling-local", release: "7.7.3-user", script: "misspelling_local", args: []string{"-always:1"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				want := "The [[Color|Colour]] of paint, and [[Color|its hue]]; see [[Color#Shades|shades]]."
				wantPage(t, st, "Paint", botEdit(want, "Bot: fixing links to the misspelling Colour"))
				wantPage(t, st, "Colour", pageState{Text: "{{Misspelling|Color}}", User: "Admin", Comment: "seed"})
			}},
	}
}
