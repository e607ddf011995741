package userconfig

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParsePasswordFile(t *testing.T) {
	env := map[string]string{"BOT_PW": "from-env", "EMPTY": ""}
	src := `# comment line
import os
from pywikibot.login import BotPassword

('ExampleBot', 'plain')
('wikipedia', 'ExampleBot', "fam pw")   # trailing comment
('en', 'wikipedia', 'ExampleBot', 'code pw')
('ExampleBot', BotPassword('mybot', 'bp secret'))
("Other_bot", r'raw\npw')
('EnvBot', os.environ['BOT_PW'])
('EnvBot2', os.environ.get('MISSING', 'dflt'))
('EnvBot3', os.getenv('BOT_PW'))
('EnvBot4', BotPassword('s', os.getenv('MISSING', 'd2')))
('Esc', 'a\'b\x41\u00e9')
not a tuple at all
('one',)
('a', 'b', 'c', 'd', 'e')
('Bad', os.environ['MISSING'])
('Bad', os.getenv('MISSING'))
('Bad', __import__('os').system('id'))
('Bad', 'pw') + ('x',)
('Bad', BotPassword('a@b', 'pw'))
(1, 'pw')
    # indented comment
`
	entries, probs := ParsePasswordFile([]byte(src), env)
	want := []PasswordEntry{
		{Line: 5, User: "ExampleBot", Password: "plain", Fields: 2},
		{Line: 6, Family: "wikipedia", User: "ExampleBot", Password: "fam pw", Fields: 3},
		{Line: 7, Code: "en", Family: "wikipedia", User: "ExampleBot", Password: "code pw", Fields: 4},
		{Line: 8, User: "ExampleBot", Bot: &BotPassword{"mybot", "bp secret"}, Fields: 2},
		{Line: 9, User: "Other_bot", Password: `raw\npw`, Fields: 2},
		{Line: 10, User: "EnvBot", Password: "from-env", Fields: 2},
		{Line: 11, User: "EnvBot2", Password: "dflt", Fields: 2},
		{Line: 12, User: "EnvBot3", Password: "from-env", Fields: 2},
		{Line: 13, User: "EnvBot4", Bot: &BotPassword{"s", "d2"}, Fields: 2},
		{Line: 14, User: "Esc", Password: "a'bAé", Fields: 2},
	}
	if !reflect.DeepEqual(entries, want) {
		t.Errorf("entries:\n%+v\nwant\n%+v", entries, want)
	}
	wantProbs := []LineProblem{
		{Line: 15, Msg: "Invalid tuple"},
		{Line: 16, Msg: "The length of tuple in line 16 should be 2 to 4 (1 given)"},
		{Line: 17, Msg: "The length of tuple in line 17 should be 2 to 4 (5 given)"},
		{Line: 18, Msg: "environment variable MISSING is not set (KeyError)", Stops: true},
		{Line: 19, Msg: "environment variable MISSING is not set and has no default"},
		{Line: 20, Msg: "Invalid tuple"},
		{Line: 21, Msg: "Invalid tuple"},
		{Line: 22, Msg: "The BotPassword entry should only include the suffix"},
		{Line: 23, Msg: "Invalid tuple"},
	}
	if !reflect.DeepEqual(probs, wantProbs) {
		t.Errorf("problems:\n%v\nwant\n%v", probs, wantProbs)
	}
	for _, p := range probs {
		if strings.Contains(p.Msg, "pw") || strings.Contains(p.Msg, "Bad") {
			t.Errorf("line content echoed: %q", p.Msg)
		}
	}
}

func TestNormalizeUsername(t *testing.T) {
	for in, want := range map[string]string{
		"exampleBot": "ExampleBot", "my_bot": "My bot", " a__b  c ": "A b c", "élan": "Élan", "": "",
	} {
		if got := NormalizeUsername(in); got != want {
			t.Errorf("NormalizeUsername(%q) = %q, want %q", in, got, want)
		}
	}
}

func pwConfig(t *testing.T, content string, mode os.FileMode) (*Config, string) {
	t.Helper()
	dir := t.TempDir()
	p := filepath.Join(dir, "user-password.py")
	if err := os.WriteFile(p, []byte(content), mode); err != nil {
		t.Fatal(err)
	}
	os.Chmod(p, mode)
	c := Defaults()
	c.PasswordFile = p
	return c, p
}

func TestPasswordLastMatchWins(t *testing.T) {
	c, _ := pwConfig(t, `('ExampleBot', 'global')
('wikipedia', 'ExampleBot', 'wikipedia-wide')
('en', 'wikipedia', 'ExampleBot', 'en-only')
('wiktionary', 'ExampleBot', BotPassword('wikt', 'wikt-pw'))
('exampleBot', 'later-global')
('de', 'wikipedia', 'Other', 'other')
`, 0o600)
	tests := []struct{ fam, code, user, login, pw string }{
		{"wikipedia", "en", "ExampleBot", "ExampleBot", "later-global"}, // last line matches everywhere
		{"wiktionary", "fr", "ExampleBot", "ExampleBot", "later-global"},
		{"wikipedia", "de", "Other", "Other", "other"},
		{"wikipedia", "en", "Other", "Other", ""},
		{"wikipedia", "en", "exampleBot", "exampleBot", ""}, // the configured name is compared as given
	}
	for _, tc := range tests {
		login, pw, err := c.PasswordW(tc.fam, tc.code, tc.user, nil)
		if err != nil || login != tc.login || pw != tc.pw {
			t.Errorf("Password(%s,%s,%s) = %q, %q, %v; want %q, %q", tc.fam, tc.code, tc.user, login, pw, err, tc.login, tc.pw)
		}
	}
	c2, _ := pwConfig(t, `('exampleBot', 'global')
('wikipedia', 'ExampleBot', 'wikipedia-wide')
('en', 'wikipedia', 'ExampleBot', 'en-only')
('wiktionary', 'ExampleBot', BotPassword('wikt', 'wikt-pw'))
`, 0o600)
	tests = []struct{ fam, code, user, login, pw string }{
		{"wikipedia", "en", "ExampleBot", "ExampleBot", "en-only"},
		{"wikipedia", "de", "ExampleBot", "ExampleBot", "wikipedia-wide"},
		{"wiktionary", "fr", "ExampleBot", "ExampleBot@wikt", "wikt-pw"},
		{"commons", "commons", "ExampleBot", "ExampleBot", "global"},
	}
	for _, tc := range tests {
		login, pw, err := c2.PasswordW(tc.fam, tc.code, tc.user, nil)
		if err != nil || login != tc.login || pw != tc.pw {
			t.Errorf("Password(%s,%s,%s) = %q, %q, %v; want %q, %q", tc.fam, tc.code, tc.user, login, pw, err, tc.login, tc.pw)
		}
	}
}

func TestPasswordFilePermissions(t *testing.T) {
	c, p := pwConfig(t, "('Bot', 'pw')\n", 0o644)
	var buf bytes.Buffer
	_, pw, err := c.PasswordW("wikipedia", "en", "Bot", &buf)
	if err != nil || pw != "pw" {
		t.Fatalf("pw=%q err=%v", pw, err)
	}
	fi, _ := os.Stat(p)
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mode = %o, want 600", fi.Mode().Perm())
	}
	if want := "WARNING: File " + p + " had 644 mode; converted to 600 mode.\n"; buf.String() != want {
		t.Errorf("warning = %q, want %q", buf.String(), want)
	}
	// Symlinks are refused.
	link := filepath.Join(filepath.Dir(p), "link.py")
	if err := os.Symlink(p, link); err != nil {
		t.Fatal(err)
	}
	c.PasswordFile = link
	if _, _, err := c.PasswordW("wikipedia", "en", "Bot", nil); err == nil || !strings.Contains(err.Error(), "must not be a symbolic link") {
		t.Errorf("symlink: err = %v", err)
	}
	// A missing file is an error naming it.
	c.PasswordFile = filepath.Join(filepath.Dir(p), "missing.py")
	if _, _, err := c.PasswordW("wikipedia", "en", "Bot", nil); err == nil || !strings.Contains(err.Error(), "missing.py: [Errno 2] No such file or directory") {
		t.Errorf("missing: err = %v", err)
	}
	// Invalid lines warn by number, never with their content.
	c2, p2 := pwConfig(t, "('Bot', 'pw')\nsecret garbage\n", 0o600)
	buf.Reset()
	if _, pw, _ := c2.PasswordW("wikipedia", "en", "Bot", &buf); pw != "pw" {
		t.Errorf("pw = %q", pw)
	}
	if want := "WARNING: " + p2 + ": Invalid tuple in line 2\n"; buf.String() != want {
		t.Errorf("warning = %q, want %q", buf.String(), want)
	}
}

func TestPasswordFileResolvedAgainstBaseDir(t *testing.T) {
	e := newEnv(t)
	writeFile(t, e.cwd, "user-config.py", minimal+"password_file = 'user-password.py'\nusernames['wikipedia']['en'] = 'ExampleBot'\n")
	writeFile(t, e.cwd, "user-password.py", "('ExampleBot', BotPassword('suffix', 'secret'))\n")
	e.cwd, _ = os.MkdirTemp(t.TempDir(), "elsewhere")
	cfg, _, err := e.load(t, "-dir:"+filepath.Join(filepath.Dir(e.home), "cwd"))
	if err != nil {
		t.Fatal(err)
	}
	login, pw, err := cfg.PasswordW("wikipedia", "en", "ExampleBot", nil)
	if err != nil || login != "ExampleBot@suffix" || pw != "secret" {
		t.Errorf("got %q %q %v", login, pw, err)
	}
}

func FuzzParsePasswordFile(f *testing.F) {
	for _, s := range []string{
		"('a', 'b')", "('en', 'wikipedia', 'u', 'p')", "('u', BotPassword('s', 'p'))",
		"('u', os.environ['X'])", "('u', os.getenv('X', 'd'))", `('u', '\x4`, "('u', '''p''')",
		"import os", "# c", "('a' 'b', \"c\")", "(", "('", `('\`, "('u', BotPassword(",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, probs := ParsePasswordFile(data, map[string]string{"X": "x"})
		for _, e := range entries {
			if e.Fields < 2 || e.Fields > 4 || e.Line < 1 {
				t.Fatalf("bad entry %+v", e)
			}
		}
		for _, p := range probs {
			if p.Line < 1 {
				t.Fatalf("bad problem %+v", p)
			}
		}
	})
}

// TestBotPasswordFromUnsetEnv: BotPassword('suffix', os.environ.get('X'))
// with X unset is BotPassword('suffix', None) in pywikibot: the login name
// is still user@suffix, with no password; a plain (user, None) line is
// skipped ("Invalid password format") and earlier lines still match.
func TestBotPasswordFromUnsetEnv(t *testing.T) {
	c, _ := pwConfig(t, `('Batman', 'older')
('Batman', BotPassword('update-statistics', os.environ.get('GWB_TEST_UNSET')))
('Robin', 'robin-pw')
('Robin', os.getenv('GWB_TEST_UNSET'))
`, 0o600)
	c.Env = map[string]string{"HOME": "/nonexistent"}
	var w strings.Builder
	login, pw, err := c.PasswordW("wikipedia", "test", "Batman", &w)
	if err != nil || login != "Batman@update-statistics" || pw != "" {
		t.Errorf("Batman: %q, %q, %v", login, pw, err)
	}
	if !strings.Contains(w.String(), "line 2: environment variable GWB_TEST_UNSET is not set and has no default; no password") {
		t.Errorf("warnings = %q", w.String())
	}
	if login, pw, err := c.PasswordW("wikipedia", "test", "Robin", nil); err != nil || login != "Robin" || pw != "robin-pw" {
		t.Errorf("Robin: %q, %q, %v", login, pw, err)
	}
}
