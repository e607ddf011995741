package core

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// gaps773.out was recorded by running gaps773.py with pywikibot 9.6.3
// (Debian's python3, pwb.py -dir:DIR, logged in as Admin with the main
// password) against a fresh test wiki whose LocalSettings.php had the
// settings of pageLanguageSettings appended.
// gapsmark.out was recorded the same way right after it, as TestBot (bot
// password, no delete right).
const pageLanguageSettings = "$wgPageLanguageUseDB = true;\n$wgGroupPermissions['sysop']['pagelang'] = true;\n"

// runSplit runs "gowikibot python script args" in dir and returns stdout
// and stderr apart, failing the test on a non-zero exit.
func runSplit(t *testing.T, dir, script string, args ...string) (string, string) {
	t.Helper()
	r := testbin.Run(t, testbin.Cmd{Dir: dir, Args: append([]string{"python", script}, args...),
		Env: []string{"PYWIKIBOT_DIR=", "NO_COLOR=1"}})
	if r.Code != 0 {
		t.Fatalf("%s: exit status %d\nstdout:\n%s\nstderr:\n%s", script, r.Code, r.Stdout, r.Stderr)
	}
	return r.Stdout, r.Stderr
}

// TestPywikibot773Gaps checks the names pywikibot 7.7.3's scripts need
// from the package (config defaults and datafilepath, namespaces by
// canonical name, Page._cache_attrs, applicable_protections, paraminfo,
// simple_request in formatversion 1, get_tokens) on a wiki of its own that
// allows page languages, then the wiki's logs of what it did.
func TestPywikibot773Gaps(t *testing.T) {
	if err := wikitest.Available(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("test wiki required (CI=true): %v", err)
		}
		t.Skipf("no test wiki: %v", err)
	}
	w, err := wikitest.Start(wikitest.Options{ExtraSettings: pageLanguageSettings})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Stop() })
	dir := plainDir(t, "gaps773.py")
	write(t, filepath.Join(dir, "user-config.py"), fmt.Sprintf(
		"family_files['demowiki'] = '%s'\nfamily = 'demowiki'\nmylang = 'demowiki'\n"+
			"usernames['demowiki']['*'] = '%s'\npassword_file = 'user-password.cfg'\nput_throttle = 0\n",
		w.APIURL, w.AdminUser))
	write(t, filepath.Join(dir, "user-password.cfg"), fmt.Sprintf("('%s', '%s')\n", w.AdminUser, w.AdminPassword))

	stdout, stderr := runSplit(t, dir, "gaps773.py")
	compare(t, "gaps773.py", stdout, golden(t, "gaps773.out"))
	for _, want := range []string{"Logging in to demowiki:demowiki as Admin\n", "Page [[Gap probe]] saved\n"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}

	r := query(t, w, url.Values{"action": {"query"}, "list": {"logevents"}, "letitle": {"Gap probe"},
		"leprop": {"type|user|comment"}, "ledir": {"newer"}})
	var got []string
	for _, e := range r["query"].(map[string]any)["logevents"].([]any) {
		m := e.(map[string]any)
		got = append(got, fmt.Sprintf("%s %s %s", m["type"], m["user"], m["comment"]))
	}
	want := []string{"create Admin gap probe", "pagelang Admin ", "protect Admin gap protect", "delete Admin gap delete"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("log of Gap probe: got %q, want %q", got, want)
	}

	botDir := wikiDir(t, w, "gapsmark.py")
	stdout, stderr = runSplit(t, botDir, "gapsmark.py")
	compare(t, "gapsmark.py", stdout, golden(t, "gapsmark.out"))
	if want := "Page [[Gap mark]] saved\nPage [[Gap mark]] saved\n"; !strings.HasSuffix(stderr, want) {
		t.Errorf("gapsmark.py stderr: got %q, want it to end with %q", stderr, want)
	}
	revs := revisions(t, w, "Gap mark")
	if len(revs) != 2 || revs[0] != [3]string{"gap mark reason", w.BotUser, "{{delete|1=gap mark reason}}\ngap mark text"} {
		t.Fatalf("Gap mark history: %q", revs)
	}
}

// TestScriptsPackageImport checks that a script inside a "scripts"
// package imports its siblings as scripts.NAME (pywikibot's pwb.py puts
// the package's parent on sys.path), and that other scripts do not get
// that entry.
func TestScriptsPackageImport(t *testing.T) {
	dir := plainDir(t)
	pkg := filepath.Join(dir, "tree", "scripts")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(pkg, "__init__.py"), "")
	write(t, filepath.Join(pkg, "helper.py"), "GREETING = 'hello from scripts.helper'\n")
	write(t, filepath.Join(pkg, "main.py"), "import sys\nimport pywikibot\nfrom scripts.helper import GREETING\n"+
		"import scripts.helper\nprint(GREETING, scripts.helper.GREETING == GREETING)\n"+
		"print(sys.path[1].endswith('/tree'))\n")
	stdout, _ := runSplit(t, dir, filepath.Join(pkg, "main.py"))
	if want := "hello from scripts.helper True\nTrue\n"; stdout != want {
		t.Fatalf("scripts package import: got %q, want %q", stdout, want)
	}

	// A "scripts" folder without __init__.py is not a package: no entry.
	plain := filepath.Join(dir, "other", "scripts")
	if err := os.MkdirAll(plain, 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(plain, "probe.py"), "import sys\nimport pywikibot\n"+
		"print([p for p in sys.path if p.endswith('/other')])\n")
	stdout, _ = runSplit(t, dir, filepath.Join(plain, "probe.py"))
	if want := "[]\n"; stdout != want {
		t.Fatalf("scripts folder without __init__.py: got %q, want %q", stdout, want)
	}
}
