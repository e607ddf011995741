package userconfig

import (
	"strings"
	"testing"
)

// TestPasswordWarningsOfScannedLines: pywikibot 9.6.3 reads the password
// file from its last line up and stops at the matching entry, warning
// "Invalid tuple in line N" for each bad line it reads on the way, an
// import line among them (it evaluates each line as an expression). The
// three shapes are those of the seventh round's public password files, with
// the warnings 9.6.3 gave for them.
func TestPasswordWarningsOfScannedLines(t *testing.T) {
	for _, tc := range []struct {
		name, file, user string
		want             []string // warnings, in order
		password         string
	}{
		{"imports above the match", "from pywikibot.exceptions import Error\nfrom pywikibot import BotPassword\n\n('Jim', BotPassword('jb', 's3'))\n",
			"Jim", nil, "s3"},
		{"no match: the import warned", "# generated\nfrom __future__ import annotations\n('user-password.py', BotPassword('', 'x'))\n",
			"Someone", []string{"Invalid tuple in line 2"}, ""},
		{"a dict, not tuples: last line first", "passwords = {\n    ('wikipedia', 'tr', 'Bot 2'): ''\n}\n",
			"Bot 2", []string{"Invalid tuple in line 3", "Invalid tuple in line 2", "Invalid tuple in line 1"}, ""},
		{"bad line above the match: not read", "bad line\n('Jim', 'pw')\n", "Jim", nil, "pw"},
		{"bad line below the match: read", "('Jim', 'pw')\nimport os\n", "Jim", []string{"Invalid tuple in line 2"}, "pw"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, path := pwConfig(t, tc.file, 0o600)
			var w strings.Builder
			_, pw, err := c.PasswordW("wikipedia", "tr", tc.user, &w)
			if err != nil || pw != tc.password {
				t.Fatalf("password %q, %v; want %q", pw, err, tc.password)
			}
			var want string
			for _, m := range tc.want {
				want += "WARNING: " + path + ": " + m + "\n"
			}
			if w.String() != want {
				t.Errorf("warnings:\n%s\nwant:\n%s", w.String(), want)
			}
		})
	}
}
