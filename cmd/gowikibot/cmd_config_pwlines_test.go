package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestConfigCheckPasswordLinesRead: config check reports the bad
// password-file lines pywikibot 9.6.3's login reads, in the order it reads
// them, for the sites it checks (here wikipedia:en as EnBot and
// wikipedia:de as DeBot): from the last line up to each login's matching
// entry, or to a line whose evaluation raises (a NameError: pywikibot's
// login stops there). The expected lines are those 9.6.3's readPassword
// warned about for the two logins (a LoginManager per site, from
// PYWIKIBOT_DIR=DIR python3); before, config check listed every bad line
// in file order.
func TestConfigCheckPasswordLinesRead(t *testing.T) {
	const cfg = "family = 'wikipedia'\nmylang = 'en'\nusernames['wikipedia']['en'] = 'EnBot'\n" +
		"usernames['wikipedia']['de'] = 'DeBot'\npassword_file = 'user-password.py'\n"
	const pw = "('wikipedia', 'DeBot', 'depw')\n" +
		"bad line one\n" +
		"('wikipedia', 'a', 'b', 'c', 'd', 'e')\n" +
		"('EnBot', BotPassword('s', 'enpw'))\n" +
		"('wikipedia', 'EnBot', 'x', 'y', 'z')\n" +
		"%s" +
		"('OtherBot', 'opw')\n" +
		"'just a string'\n"
	for _, tc := range []struct {
		name, extra string
		want        string // the lines reported, in order
	}{
		// en reads 7, 5 and stops at 4; de reads on to 3, 2 and its entry at 1
		{"lines below each match", "", "7 5 3 2"},
		// both logins stop at the NameError of line 6
		{"a line that stops the reader", "undefined_name\n", "8 6"},
		// an import line is read by both: a warning (pywikibot warns and
		// reads on), not an error
		{"an import line", "import os\n", "8 5 3 2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "user-config.py"), cfg)
			writeFile(t, filepath.Join(dir, "user-password.py"), strings.Replace(pw, "%s", tc.extra, 1))
			stdout, stderr, code := runIn(t, "", "-dir:"+dir, "config", "check")
			var got []string
			for _, m := range regexp.MustCompile(`user-password\.py:(\d+): error`).FindAllStringSubmatch(stdout, -1) {
				got = append(got, m[1])
			}
			if code != 1 || strings.Join(got, " ") != tc.want {
				t.Errorf("exit %d, lines %v, want %s\n%s%s", code, got, tc.want, stdout, stderr)
			}
			if strings.HasPrefix(tc.extra, "import") && !strings.Contains(stdout, "user-password.py:6: warning: Invalid tuple: pywikibot's login warns about this import line") {
				t.Errorf("no warning for the import line:\n%s", stdout)
			}
			if strings.HasPrefix(tc.extra, "undefined") && !strings.Contains(stdout, "NameError: a name alone on the line is not defined (the name is not shown: it may be a secret); pywikibot's login stops at this line") {
				t.Errorf("no NameError report:\n%s", stdout)
			}
			if strings.Contains(stdout+stderr, "undefined_name") {
				t.Errorf("the bare name (perhaps a password) is shown:\n%s%s", stdout, stderr)
			}
		})
	}
}
