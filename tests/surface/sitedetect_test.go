package surface

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// TestSiteDetectOnWiki runs wiki/site_detect.py (pywikibot.site_detect's
// MWSite from the test wiki's main page, an article URL, api.php, and a
// missing page) with gowikibot and with real pywikibot 9.6.3 on the same
// wiki: both must print wiki/site_detect.out (pywikibot's output, the
// wiki's URL written as WIKI; -update rewrites it from pywikibot's run).
// Without the pywikibot checkout or /usr/bin/python3 the comparison is
// with the recorded file alone (CI without the checkouts, as issue #10 asks).
func TestSiteDetectOnWiki(t *testing.T) {
	w := wikitest.Get(t)
	script, err := filepath.Abs(filepath.Join("wiki", "site_detect.py"))
	must(t, err)
	outFile := filepath.Join("wiki", "site_detect.out")

	run := func(name string, args []string, env ...string) string {
		t.Helper()
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Dir = t.TempDir()
		cmd.Env = append(os.Environ(), env...)
		var out, errb strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s: %v\n%s%s", name, err, out.String(), errb.String())
		}
		return out.String()
	}
	cfg := t.TempDir()
	must(t, os.WriteFile(filepath.Join(cfg, "user-config.py"), []byte("family = 'wikipedia'\nmylang = 'test'\n"), 0o600))
	got := run("gowikibot", []string{testbin.Gowikibot(t), "python", script, w.URL}, "PYWIKIBOT_DIR="+cfg, "NO_COLOR=1")

	pwb := pwb963Dir()
	_, errPwb := os.Stat(filepath.Join(pwb, "pywikibot", "site_detect.py"))
	_, errPy := os.Stat("/usr/bin/python3")
	switch {
	case errPwb == nil && errPy == nil:
		theirs := run("pywikibot 9.6.3", []string{"/usr/bin/python3", script, w.URL},
			"PYTHONPATH="+pwb, "PYWIKIBOT_NO_USER_CONFIG=2", "PYWIKIBOT_DIR=", "NO_COLOR=1")
		if *update {
			must(t, os.WriteFile(outFile, []byte(theirs), 0o644))
		}
		if got != theirs {
			t.Errorf("site_detect.py: gowikibot and pywikibot 9.6.3 differ:\n--- gowikibot\n%s--- pywikibot 9.6.3\n%s", got, theirs)
		}
	default:
		// CI without the checkouts: the recorded outcome below is the reference (issue #10).
		t.Logf("no pywikibot 9.6.3 (%s) or /usr/bin/python3 (%v %v): compared with the recorded output only", pwb, errPwb, errPy)
	}
	want, err := os.ReadFile(outFile)
	must(t, err)
	if got != string(want) {
		t.Errorf("site_detect.py output differs from %s:\n--- got\n%s--- want\n%s", outFile, got, want)
	}
}

// TestPywikibotGenerateFamilyFile runs pywikibot 9.6.3's own
// pywikibot/scripts/generate_family_file.py (from the checkout; it imports
// pywikibot.scripts and pywikibot.site_detect) with gowikibot against the
// test wiki, and with real pywikibot: both write the same family file,
// which is also wiki/generate_family_file.out (pywikibot's file, the wiki's
// host written as WIKIHOST; -update rewrites it), and so does gowikibot's
// own command `gowikibot generate_family_file`. Without the checkout or
// /usr/bin/python3 (CI without the checkouts, as issue #10 asks) gowikibot's
// command is compared with the recorded file alone.
func TestPywikibotGenerateFamilyFile(t *testing.T) {
	w := wikitest.Get(t)
	script := filepath.Join(pwb963Dir(), "pywikibot", "scripts", "generate_family_file.py")
	outFile := filepath.Join("wiki", "generate_family_file.out")
	generate := func(name string, argv []string, env ...string) string {
		t.Helper()
		dir := t.TempDir()
		must(t, os.WriteFile(filepath.Join(dir, "user-config.py"), []byte("family = 'wikipedia'\nmylang = 'test'\n"), 0o600))
		cmd := exec.Command(argv[0], append(argv[1:], w.URL+"/index.php/Main_Page", "surfacegff", "n", "y")...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), append(env, "PYWIKIBOT_DIR="+dir, "NO_COLOR=1")...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, out)
		}
		fam, err := os.ReadFile(filepath.Join(dir, "families", "surfacegff_family.py"))
		if err != nil {
			t.Fatalf("%s wrote no family file: %v\n%s", name, err, out)
		}
		return string(fam)
	}
	recorded := func(fam string) string { return strings.ReplaceAll(fam, w.Host, "WIKIHOST") }
	own := generate("gowikibot generate_family_file", []string{testbin.Gowikibot(t), "generate_family_file"})
	_, errPwb := os.Stat(script)
	_, errPy := os.Stat("/usr/bin/python3")
	if errPwb == nil && errPy == nil {
		got := generate("gowikibot", []string{testbin.Gowikibot(t), "python", script})
		want := generate("pywikibot 9.6.3", []string{"/usr/bin/python3", script}, "PYTHONPATH="+pwb963Dir())
		if *update {
			must(t, os.WriteFile(outFile, []byte(recorded(want)), 0o644))
		}
		if got != want {
			t.Errorf("family files differ:\n--- gowikibot\n%s--- pywikibot 9.6.3\n%s", got, want)
		}
		if !strings.Contains(got, "'"+w.Host+"'") || !strings.Contains(got, "class Family(family.Family)") {
			t.Errorf("the family file does not name the wiki's host %s:\n%s", w.Host, got)
		}
	} else {
		t.Logf("no pywikibot 9.6.3 (%s) or /usr/bin/python3 (%v %v): gowikibot's command compared with the recorded file only", script, errPwb, errPy)
	}
	want, err := os.ReadFile(outFile)
	must(t, err)
	if recorded(own) != string(want) {
		t.Errorf("gowikibot generate_family_file differs from %s (pywikibot 9.6.3's):\n--- gowikibot\n%s--- want\n%s", outFile, recorded(own), want)
	}
}
