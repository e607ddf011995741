package bot

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// helpHeading is a heading of -help's output and its underline.
var helpHeading = regexp.MustCompile(`(?m)^[A-Z][A-Z ]+\n=+\n`)

// TestHelpAgainstPywikibot963 compares -help and -help:global with what
// pywikibot 9.6.3 printed for the same scripts (help_*.out, recorded on the
// test wiki: python3 PWB963/pwb.py -dir:WIKIDIR tests/pywikibot/bot/help_noopts.py
// -help > help_noopts.out, likewise help_withopts.out and, with -help:global,
// help_noopts.global.out). A script without options of its own gets
// pywikibot's output exactly; for one with options the script's docstring
// is printed as it is and the sections (headings, underlines, order) are
// pywikibot's, while the text of pywikibot's own generator and global
// options is gowikibot's wording. The help is printed once, and the script
// does not go on after handle_args.
func TestHelpAgainstPywikibot963(t *testing.T) {
	w := wikitest.Get(t)
	dir := workDir(t, w)
	for _, name := range []string{"help_noopts.py", "help_withopts.py"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, name), string(b))
	}
	recorded := func(name string) string {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	check := func(script, option string) string {
		t.Helper()
		stdout, stderr, code := run(t, dir, "", "python", script, option)
		if code != 0 || stderr != "" {
			t.Fatalf("%s %s: exit %d\nstdout:\n%s\nstderr:\n%s", script, option, code, stdout, stderr)
		}
		if strings.Contains(stdout, "after handle_args") {
			t.Errorf("%s %s: the script went on after the help:\n%s", script, option, stdout)
		}
		if n := strings.Count(stdout, "GLOBAL OPTIONS\n"); n != 1 {
			t.Errorf("%s %s: %d GLOBAL OPTIONS sections (help printed more than once?):\n%s", script, option, n, stdout)
		}
		return stdout
	}
	// the docstring part, everything before the first heading
	before := func(s string) string {
		if loc := helpHeading.FindStringIndex(s); loc != nil {
			return s[:loc[0]]
		}
		return s
	}
	headings := func(s string) string { return strings.Join(helpHeading.FindAllString(s, -1), "") }

	if got, want := check("help_noopts.py", "-help"), recorded("help_noopts.out"); got != want {
		t.Errorf("help_noopts.py -help differs from pywikibot 9.6.3's\n--- gowikibot\n%s--- pywikibot\n%s", got, want)
	}

	got, want := check("help_withopts.py", "-help"), recorded("help_withopts.out")
	if before(got) != before(want) {
		t.Errorf("help_withopts.py -help: the docstring part differs\n--- gowikibot\n%s--- pywikibot\n%s", before(got), before(want))
	}
	if headings(got) != headings(want) {
		t.Errorf("help_withopts.py -help: sections %q, pywikibot's %q", headings(got), headings(want))
	}
	const tail = "GLOBAL OPTIONS\n==============\nFor global options use -help:global or run pwb.py -help\n\n\n"
	if !strings.HasSuffix(got, tail) || !strings.HasSuffix(want, tail) {
		t.Errorf("help_withopts.py -help does not end as pywikibot's (%q):\n%s", tail, got)
	}
	if strings.Contains(got, "&params;") {
		t.Errorf("help_withopts.py -help left &params; in:\n%s", got)
	}

	got, want = check("help_noopts.py", "-help:global"), recorded("help_noopts.global.out")
	const global = "GLOBAL OPTIONS\n==============\n(Global arguments available for all bots)\n\n-dir:PATH "
	if before(got) != before(want) || !strings.Contains(got, global) || !strings.Contains(want, global) {
		t.Errorf("help_noopts.py -help:global differs in structure from pywikibot 9.6.3's\n--- gowikibot\n%s--- pywikibot\n%s",
			got, want)
	}
}
