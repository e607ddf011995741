package sidebyside

import (
	"crypto/md5"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// recentSig is a signature timestamp of about two hours ago, as the test
// wiki (UTC) writes them: threads signed with it are too young for any
// row's old(30d). It is computed once, so that both wikis get the same
// text.
var recentSig = sync.OnceValue(func() string {
	return time.Now().UTC().Add(-2*time.Hour).Format("15:04, 2 January 2006") + " (UTC)"
})

// archiveConfig is a {{Archive config}} transclusion (the
// User:MiszaBot/config-style template of archivebot) with params.
func archiveConfig(params ...string) string {
	return "{{Archive config\n|" + strings.Join(params, "\n|") + "\n}}\n"
}

// thread is a talk page section with one comment signed at sig.
func thread(title, text, user, sig string) string {
	return fmt.Sprintf("\n== %s ==\n%s [[User:%s|%s]] ([[User talk:%s|talk]]) %s\n", title, text, user, user, user, sig)
}

// pwb11Dir holds pywikibot 11.7.0 (its scripts run by gowikibot only).
func pwb11Dir() string {
	if d := os.Getenv("PYWIKIBOT11"); d != "" {
		return d
	}
	return "/tmp/pwb11"
}

// archiveKey is the key that lets archivebot archive title outside its
// subpages: the MD5 hex digest of "salt\ntitle\n".
func archiveKey(title, salt string) string {
	return fmt.Sprintf("%x", md5.Sum([]byte(salt+"\n"+title+"\n")))
}

// archiveSeed is seeded, besides seedPages, on both wikis of
// TestArchiveSideBySide: talk pages for archivebot and linked pages for
// unlink.
func archiveSeed() []seedPage {
	recent := recentSig()
	return []seedPage{
		{"Template:Archive config", "<noinclude>Archiving settings of a talk page (read by archivebot).</noinclude>"},
		// counter: four old threads, at most two per archive page
		{"Talk:Arch counter", archiveConfig("archive = Talk:Arch counter/Archive %(counter)d", "algo = old(30d)",
			"counter = 1", "maxarchivesize = 2T", "minthreadsleft = 1", "minthreadstoarchive = 1") +
			thread("First question", "Is this the first one?", "Admin", "10:00, 1 January 2020 (UTC)") +
			thread("Second question", "And a second.", "Admin", "11:15, 2 February 2020 (UTC)") +
			thread("Third question", "A third, with a reply.\n:Yes. [[User:TestBot|TestBot]] 09:30, 4 March 2020 (UTC)", "Admin", "08:00, 3 March 2020 (UTC)") +
			thread("Fourth question", "Fourth.", "Admin", "12:00, 5 April 2021 (UTC)") +
			thread("Current talk", "Still going.", "Admin", recent)},
		// minthreadsleft keeps all but the oldest of three old threads
		{"Talk:Arch keep", archiveConfig("archive = Talk:Arch keep/Archive", "algo = old(30d)",
			"minthreadsleft = 3", "minthreadstoarchive = 1") +
			thread("Oldest", "The oldest one.", "Admin", "07:00, 1 May 2019 (UTC)") +
			thread("Older", "Old too.", "Admin", "07:00, 1 June 2019 (UTC)") +
			thread("Old", "Old as well.", "Admin", "07:00, 1 July 2019 (UTC)") +
			thread("New", "A new one.", "Admin", recent)},
		// nothing old enough: no edit
		{"Talk:Arch fresh", archiveConfig("archive = Talk:Arch fresh/Archive", "algo = old(30d)",
			"minthreadsleft = 0", "minthreadstoarchive = 1") +
			thread("Today", "Something new.", "Admin", recent) +
			"\n== Unsigned ==\nNo signature here.\n"},
		// a user talk page archived by year, for -namespace:3
		{"User talk:Arch user", archiveConfig("archive = User talk:Arch user/Archive %(year)d", "algo = old(30d)",
			"minthreadsleft = 0", "minthreadstoarchive = 1") +
			thread("Hello", "Welcome!", "Admin", "10:00, 3 August 2019 (UTC)") +
			thread("Question", "A question.", "Admin", "10:00, 3 August 2020 (UTC)")},
		// an existing archive that the old threads are appended to; two
		// at once are needed
		{"Talk:Arch other", archiveConfig("archive = Talk:Arch other/Archive", "algo = old(30d)",
			"minthreadsleft = 0", "minthreadstoarchive = 2", "archiveheader = {{Archived talk}}") +
			thread("Alpha", "First.", "Admin", "10:00, 1 January 2021 (UTC)") +
			thread("Beta", "Second.", "Admin", "10:00, 2 January 2021 (UTC)")},
		{"Talk:Arch other/Archive", "{{Archived talk}}\n" + thread("Earlier", "Archived before.", "Admin", "10:00, 1 January 2018 (UTC)")},
		// one old thread but minthreadstoarchive 2: left alone
		{"Talk:Arch single", archiveConfig("archive = Talk:Arch single/Archive", "algo = old(30d)",
			"minthreadsleft = 0", "minthreadstoarchive = 2") +
			thread("Lonely", "Only one old thread.", "Admin", "10:00, 1 January 2021 (UTC)")},

		// for pywikibot 7.7.3's archivebot (its own template, so that the
		// 9.6.3 rows leave these pages alone): archives named by month,
		// a size limit in bytes, and -keep's order
		{"Template:Archive config 773", "<noinclude>Archiving settings (7.7.3 rows).</noinclude>"},
		{"Talk:Arch 773", strings.Replace(archiveConfig("archive = Talk:Arch 773/%(monthname)s %(year)d", "algo = old(30d)",
			"minthreadsleft = 1", "minthreadstoarchive = 1"), "Archive config", "Archive config 773", 1) +
			thread("March one", "In March.", "Admin", "10:00, 3 March 2020 (UTC)") +
			thread("May one", "In May.", "Admin", "10:00, 5 May 2020 (UTC)") +
			thread("March two", "March again.", "Admin", "10:00, 30 March 2020 (UTC)") +
			thread("Now", "Current.", "Admin", recent)},
		{"Talk:Arch 773 size", strings.Replace(archiveConfig("archive = Talk:Arch 773 size/Archive %(counter)d", "algo = old(30d)",
			"counter = 3", "maxarchivesize = 300", "minthreadsleft = 0", "minthreadstoarchive = 1"), "Archive config", "Archive config 773", 1) +
			thread("Long one", "A long comment. "+strings.Repeat("Words and more words. ", 10), "Admin", "10:00, 1 June 2020 (UTC)") +
			thread("Short one", "Short.", "Admin", "10:00, 2 June 2020 (UTC)")},

		// for pywikibot 11.7.0's archivebot (run by gowikibot only). The
		// archiveheader is given: without it 11.7.0 looks for a localized
		// header through Wikibase with page_from_repository, which returns
		// None on a wiki without Wikibase since pywikibot 11.0, where
		// gowikibot's (9.6.3's) raises UnknownExtensionError
		{"Talk:Arch 11", strings.Replace(archiveConfig("archive = Talk:Arch 11/Archive %(counter)d", "algo = old(30d)",
			"counter = 1", "maxarchivesize = 1T", "minthreadsleft = 1", "minthreadstoarchive = 1",
			"archiveheader = {{talkarchive}}"), "Archive config", "Archive config 773", 1) +
			thread("Eleven one", "First.", "Admin", "10:00, 1 January 2020 (UTC)") +
			thread("Eleven two", "Second.", "Admin", "10:00, 2 January 2020 (UTC)") +
			thread("Eleven now", "Current.", "Admin", recent)},

		// -sort: the existing archive's thread is newer than the archived
		// ones
		{"Talk:Arch sorted", strings.Replace(archiveConfig("archive = Talk:Arch sorted/Archive", "algo = old(30d)",
			"minthreadsleft = 0", "minthreadstoarchive = 1"), "Archive config", "Archive config 773", 1) +
			thread("Later", "From 2020.", "Admin", "10:00, 1 June 2020 (UTC)") +
			thread("Earlier", "From 2019.", "Admin", "10:00, 1 June 2019 (UTC)")},
		{"Talk:Arch sorted/Archive", "{{talkarchive}}\n" + thread("Newest", "From 2021.", "Admin", "10:00, 1 June 2021 (UTC)")},

		// configurations archivebot refuses (their own template, so that
		// only their -page rows see them)
		{"Template:Archive config bad", "<noinclude>Archiving settings that do not work.</noinclude>"},
		{"Talk:Arch elsewhere", strings.Replace(archiveConfig("archive = Talk:Somewhere else", "algo = old(30d)",
			"minthreadsleft = 0", "minthreadstoarchive = 1"), "Archive config", "Archive config bad", 1) +
			thread("Away", "To be archived elsewhere.", "Admin", "10:00, 1 June 2020 (UTC)")},
		// an archive elsewhere, allowed by the key of the page's title
		// and the salt "pepper"
		{"Talk:Arch keyed", strings.Replace(archiveConfig("archive = Talk:Keyed archive", "algo = old(30d)",
			"minthreadsleft = 0", "minthreadstoarchive = 1", "key = "+archiveKey("Talk:Arch keyed", "pepper")), "Archive config", "Archive config bad", 1) +
			thread("Keyed", "Archived elsewhere with a key.", "Admin", "10:00, 1 June 2020 (UTC)")},
		{"Talk:Arch bad algo", strings.Replace(archiveConfig("archive = Talk:Arch bad algo/Archive", "algo = young(3d)",
			"minthreadsleft = 0", "minthreadstoarchive = 1"), "Archive config", "Archive config bad", 1) +
			thread("Any", "Whatever.", "Admin", "10:00, 1 June 2020 (UTC)")},
		{"Talk:Arch bad size", strings.Replace(archiveConfig("archive = Talk:Arch bad size/Archive", "algo = old(30d)",
			"maxarchivesize = lots", "minthreadsleft = 0", "minthreadstoarchive = 1"), "Archive config", "Archive config bad", 1) +
			thread("Any", "Whatever.", "Admin", "10:00, 1 June 2020 (UTC)")},

		// unlink: a page linked from several pages in two namespaces
		{"Unlink target", "The page the others link to."},
		{"Unlink A", "See [[Unlink target]] here and [[unlink target|there]], also [[Unlink target#Part|a part]], " +
			"[[Unlink target]]s with a trail, [[Page 001]] and [[Unlink target#Other]]."},
		{"Unlink B", "Only [[Page 001]], [[:Unlink target]] and [[Unlink_target|underscored]].\n\n[[Category:Seeded]]"},
		{"Talk:Unlink C", "Discussing [[Unlink target]]. [[User:Admin|Admin]] 10:00, 1 January 2021 (UTC)"},
		{"Unlink D", "Links to [[Page 002]] only."},
		{"User:Admin/Unlink E", "First [[Unlink target]], then [[Unlink target|again]] and [[Unlink target]] once more."},
	}
}

// archiveRows are archivebot and unlink of pywikibot 9.6.3, unmodified,
// and a user script of replace_links cases, in this order.
func archiveRows() []row963 {
	return []row963{
		{scenario: scenario{name: "archivebot-counter", release: "9.6.3-file", script: "archivebot", compareStderr: true,
			args: []string{"Archive config", "-page:Talk:Arch counter"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantContains(t, "Talk:Arch counter", st.Pages["Talk:Arch counter"].Text, "|counter = 2")
				wantContains(t, "Archive 1", st.Pages["Talk:Arch counter/Archive 1"].Text, "== Second question ==")
				wantContains(t, "Archive 2", st.Pages["Talk:Arch counter/Archive 2"].Text, "== Fourth question ==")
			}}},
		{scenario: scenario{name: "archivebot-minthreadsleft", release: "9.6.3-file", script: "archivebot", compareStderr: true,
			args: []string{"Archive config", "-page:Talk:Arch keep"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantContains(t, "Talk:Arch keep/Archive", st.Pages["Talk:Arch keep/Archive"].Text, "== Oldest ==")
			}}},
		{scenario: scenario{name: "archivebot-nothing", release: "9.6.3-file", script: "archivebot", compareStderr: true,
			args: []string{"Archive config", "-page:Talk:Arch fresh"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				if _, ok := st.Pages["Talk:Arch fresh/Archive"]; ok {
					t.Errorf("Talk:Arch fresh was archived")
				}
			}}},
		{scenario: scenario{name: "archivebot-namespace", release: "9.6.3-file", script: "archivebot", compareStderr: true,
			args: []string{"Archive config", "-namespace:3"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantContains(t, "Archive 2019", st.Pages["User talk:Arch user/Archive 2019"].Text, "== Hello ==")
				wantContains(t, "Archive 2020", st.Pages["User talk:Arch user/Archive 2020"].Text, "== Question ==")
				if st.Pages["Talk:Arch other"].User != "Admin" {
					t.Errorf("-namespace:3 archived Talk:Arch other")
				}
			}}},
		{scenario: scenario{name: "archivebot-all", release: "9.6.3-file", script: "archivebot", compareStderr: true,
			args: []string{"Archive config"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantContains(t, "Talk:Arch other/Archive", st.Pages["Talk:Arch other/Archive"].Text, "== Beta ==")
				if st.Pages["Talk:Arch single"].User != "Admin" {
					t.Errorf("Talk:Arch single was archived")
				}
			}}},
		// refused configurations: an archive that is no subpage (without a
		// key), an unknown algorithm, a size that does not parse; a page
		// that does not exist; -calc of the key for the first
		{scenario: scenario{name: "archivebot-refused", release: "9.6.3-file", script: "archivebot", compareStderr: true,
			args: []string{"Archive config bad", "-page:Talk:Arch elsewhere"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantContains(t, "stderr", errs, "Missing or malformed template in page [[sbs:Talk:Arch elsewhere]]")
			}}},
		{scenario: scenario{name: "archivebot-key", release: "9.6.3-file", script: "archivebot", compareStderr: true,
			args: []string{"Archive config bad", "-page:Talk:Arch keyed", "-salt:pepper"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantContains(t, "Talk:Keyed archive", st.Pages["Talk:Keyed archive"].Text, "== Keyed ==")
			}}},
		{scenario: scenario{name: "archivebot-bad-algo", release: "9.6.3-file", script: "archivebot", compareStderr: true,
			args: []string{"Archive config bad", "-page:Talk:Arch bad algo"}}},
		{scenario: scenario{name: "archivebot-bad-size", release: "9.6.3-file", script: "archivebot", compareStderr: true,
			args: []string{"Archive config bad", "-page:Talk:Arch bad size"}}},
		{scenario: scenario{name: "archivebot-missing-page", release: "9.6.3-file", script: "archivebot", compareStderr: true,
			args: []string{"Archive config bad", "-page:Talk:No such talk"}}},
		{scenario: scenario{name: "archivebot-calc", release: "9.6.3-file", script: "archivebot", compareStderr: true,
			args: []string{"-calc:Talk:Arch elsewhere", "-salt:pepper"}}},
		{scenario: scenario{name: "archivebot-773-monthname", release: "7.7.3", script: "archivebot", compareStderr: true,
			args: []string{"Archive config 773", "-page:Talk:Arch 773"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantContains(t, "Talk:Arch 773/March 2020", st.Pages["Talk:Arch 773/March 2020"].Text, "== March one ==", "== March two ==")
				wantContains(t, "Talk:Arch 773/May 2020", st.Pages["Talk:Arch 773/May 2020"].Text, "== May one ==")
			}}},
		{scenario: scenario{name: "archivebot-773-size", release: "7.7.3", script: "archivebot", compareStderr: true,
			args: []string{"Archive config 773", "-page:Talk:Arch 773 size"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				// 7.7.3 starts from Archive 1 although counter is 3 (a
				// missing archive page lowers the counter)
				wantContains(t, "Archive 1", st.Pages["Talk:Arch 773 size/Archive 1"].Text, "== Long one ==")
				wantContains(t, "Archive 1's summary", st.Pages["Talk:Arch 773 size/Archive 1"].Comment, "(the archive is full)")
				wantContains(t, "Archive 2", st.Pages["Talk:Arch 773 size/Archive 2"].Text, "== Short one ==")
			}}},
		{scenario: scenario{name: "archivebot-sort", release: "9.6.3-file", script: "archivebot", compareStderr: true,
			args: []string{"Archive config 773", "-page:Talk:Arch sorted", "-sort"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				text := st.Pages["Talk:Arch sorted/Archive"].Text
				if a, b, c := strings.Index(text, "== Earlier =="), strings.Index(text, "== Later =="), strings.Index(text, "== Newest =="); !(a >= 0 && a < b && b < c) {
					t.Errorf("archive not sorted by time:\n%s", text)
				}
			}}},
		// pywikibot 11.7.0's archivebot.py under gowikibot against 9.6.3's
		// under pywikibot (11.7.0 does not run on Debian 12's Python
		// packages): the same archives and edits (11.7.0 reports less:
		// no "Looking for" and "Processing" lines)
		{scenario: scenario{name: "archivebot-11", release: "11.7.0", script: "archivebot",
			args: []string{"Archive config 773", "-page:Talk:Arch 11"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantContains(t, "stderr", errs, "3 thread(s) found on [[sbs:Talk:Arch 11]]\nArchiving 2 thread(s).")
				wantContains(t, "Archive 1", st.Pages["Talk:Arch 11/Archive 1"].Text, "== Eleven one ==")
				wantContains(t, "Archive 2", st.Pages["Talk:Arch 11/Archive 2"].Text, "== Eleven two ==")
			}}},
		{scenario: scenario{name: "unlink-namespace", release: "9.6.3-file", script: "unlink", compareStderr: true,
			args: []string{"Unlink target", "-namespace:0", "-always"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				if strings.Contains(st.Pages["Unlink A"].Text, "[[Unlink") {
					t.Errorf("Unlink A still links: %q", st.Pages["Unlink A"].Text)
				}
				if st.Pages["Talk:Unlink C"].User != "Admin" {
					t.Errorf("-namespace:0 unlinked Talk:Unlink C")
				}
			}}},
		// without -always: the prompt for each link, answered no, unlink,
		// then unlink all on the page
		{scenario: scenario{name: "unlink-asking", release: "9.6.3-file", script: "unlink", compareStderr: true,
			args: []string{"Unlink target", "-namespace:2"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantPage(t, st, "User:Admin/Unlink E", botEdit("First [[Unlink target]], then again and Unlink target once more.",
					"Bot: links to [[Unlink target]] turned into plain text"))
			}},
			stdin: "n\nu\np\ny\n"},
		{scenario: scenario{name: "unlink-all", release: "9.6.3-file", script: "unlink", compareStderr: true,
			args: []string{"Unlink target", "-always"},
			check: func(t *testing.T, st *wikiState, out, errs string) {
				if strings.Contains(st.Pages["Talk:Unlink C"].Text, "[[Unlink") {
					t.Errorf("Talk:Unlink C still links: %q", st.Pages["Talk:Unlink C"].Text)
				}
			}}},
		// no edits: the output, recorded from pywikibot 9.6.3 on this seed
		// (checked without the checkout too)
		{scenario: scenario{name: "replace_links", release: "user", script: testdataPath("replace_links_cases.py"),
			check: func(t *testing.T, st *wikiState, out, errs string) {
				want, err := os.ReadFile(testdataPath("replace_links_cases.out"))
				if err != nil {
					t.Fatal(err)
				}
				if essential(out) != essential(string(want)) {
					t.Errorf("stdout differs from pywikibot 9.6.3's (testdata/replace_links_cases.out):\n%s", out)
				}
			}}},
	}
}

// loginLine is pywikibot's note that it logs in, and savedLine the note
// of a save: with -always pywikibot saves in a background thread, so the
// notes fall between the next page's lines at random (the saves
// themselves are compared in the wiki states).
var (
	loginLine = regexp.MustCompile(`(?m)^(Logging in to \S+ as .*|` +
		// pywikibot 7.7.3's login on MediaWiki 1.39
		`WARNING: No user is logged in on site .*|WARNING: API warning \((main|login)\): .*|` +
		`ERROR: Received incorrect login token\. Forcing re-login\.)\n`)
	savedLine = regexp.MustCompile(`(?m)^Page \[\[.*\]\] saved\n`)
)

// quiet is stderr without loginLine and savedLine.
func quiet(stderr string) string {
	return savedLine.ReplaceAllString(loginLine.ReplaceAllString(stderr, ""), "")
}

// TestArchiveSideBySide runs archiveRows side by side, as TestScripts963
// (the same rules; ARCHIVE_ONLY=name,name runs a subset).
func TestArchiveSideBySide(t *testing.T) {
	if testing.Short() {
		t.Skip("side-by-side runs need two test wikis; skipped in -short mode")
	}
	// Without the checkout only the user script's row runs (the others
	// run the checkout's script files).
	scriptDir := filepath.Join(pwbDir(), "scripts")
	withScripts := exists(filepath.Join(scriptDir, "archivebot.py"))
	if !withScripts {
		t.Logf("pywikibot 9.6.3 checkout missing at %s: only the user script rows run", pwbDir())
	}
	gwb := testbin.Gowikibot(t)
	pwb963, withPwb := checkout963(t)
	moreNamespaces(t, "3")
	start := func(t *testing.T, name string) (*side, error) {
		return startSeededSide(t, name, sideOptions{extra: archiveSeed()})
	}
	g, p := startBoth(t, withPwb, start)
	// archivebot and unlink report through pywikibot.info (stderr), which
	// the rows compare as quiet() leaves it
	with773 := exists(filepath.Join(pwb773Dir(), "scripts", "archivebot.py"))
	pwb773 := pwb773Dir()
	if withPwb && with773 {
		pwb773 = withMessages(t, pwb773)
	}
	g.runner = func(cfg, stdin, script string, args []string) (string, string, int) {
		out, errs, code := runCmd(cfg, withStdin(stdin, append([]string{gwb, "-dir:" + cfg, "python", script}, args...)))
		return out, quiet(errs), code
	}
	if p != nil {
		p.runner = func(cfg, stdin, script string, args []string) (string, string, int) {
			name := script // a user script: by path
			if filepath.Dir(script) == scriptDir {
				name = strings.TrimSuffix(filepath.Base(script), ".py")
			}
			pwb := filepath.Join(pwb963, "pwb.py")
			if strings.HasPrefix(script, pwb11Dir()+string(filepath.Separator)) {
				name = strings.TrimSuffix(filepath.Base(script), ".py") // 9.6.3's script of that name
			}
			if strings.HasPrefix(script, pwb773Dir()+string(filepath.Separator)) {
				name, pwb = strings.TrimSuffix(filepath.Base(script), ".py"), filepath.Join(pwb773, "pwb.py")
			}
			out, errs, code := runCmd(cfg, withStdin(stdin, append([]string{"/usr/bin/python3", pwb, "-dir:" + cfg, name}, args...)))
			return out, quiet(errs), code
		}
	}
	only := onlyRows("ARCHIVE_ONLY")
	for _, sc := range archiveRows() {
		if !only(sc.name) || (!withScripts && sc.release != "user") {
			continue
		}
		sc := sc
		script := sc.script
		switch sc.release {
		case "7.7.3":
			if !with773 {
				t.Logf("%s: pywikibot 7.7.3 checkout missing at %s", sc.name, pwb773Dir())
				continue
			}
			script = filepath.Join(pwb773Dir(), "scripts", sc.script+".py")
		case "11.7.0":
			script = filepath.Join(pwb11Dir(), "scripts", sc.script+".py")
			if !exists(script) {
				t.Logf("%s: pywikibot 11.7.0 checkout missing at %s", sc.name, pwb11Dir())
				continue
			}
		case "9.6.3-file":
			script = filepath.Join(scriptDir, sc.script+".py")
		}
		t.Run(sc.name, func(t *testing.T) {
			runScenario(t, g, p, sc, script)
		})
	}
}
