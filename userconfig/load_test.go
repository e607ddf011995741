package userconfig

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// writeFile writes name under dir with mode 0644 (0600 for *password*).
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	mode := os.FileMode(0o644)
	if strings.Contains(name, "password") {
		mode = 0o600
	}
	if err := os.WriteFile(p, []byte(content), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, mode); err != nil {
		t.Fatal(err)
	}
	return p
}

type env struct {
	cwd, home string
	vars      []string
}

func newEnv(t *testing.T) *env {
	root := t.TempDir()
	e := &env{cwd: filepath.Join(root, "cwd"), home: filepath.Join(root, "home")}
	for _, d := range []string{e.cwd, e.home} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	e.vars = []string{"HOME=" + e.home}
	return e
}

func (e *env) load(t *testing.T, args ...string) (*Config, string, error) {
	t.Helper()
	var buf bytes.Buffer
	cfg, err := Load(LoadOptions{Args: args, Env: e.vars, Cwd: e.cwd, Home: e.home, Stderr: &buf})
	return cfg, buf.String(), err
}

const minimal = "family = 'wikipedia'\nmylang = 'en'\n"

func TestBaseDirLookupOrder(t *testing.T) {
	tests := []struct {
		name       string
		setup      func(e *env) (want string)
		args       []string
		envKey     string
		wantReason string
	}{
		{"dir argument wins", func(e *env) string {
			d := filepath.Join(e.home, "argdir")
			writeFile(t, d, "user-config.py", minimal)
			writeFile(t, e.cwd, "user-config.py", minimal)
			e.vars = append(e.vars, "PYWIKIBOT_DIR="+e.cwd)
			return d
		}, []string{"-dir:../home/argdir"}, "", "-dir: argument"},
		{"PYWIKIBOT_DIR holding the file", func(e *env) string {
			d := filepath.Join(e.home, "envdir")
			writeFile(t, d, "user-config.py", minimal)
			writeFile(t, e.cwd, "user-config.py", minimal)
			e.vars = append(e.vars, "PYWIKIBOT_DIR="+d)
			return d
		}, nil, "", "PYWIKIBOT_DIR environment variable"},
		{"PYWIKIBOT_DIR without the file is skipped", func(e *env) string {
			d := filepath.Join(e.home, "empty")
			os.MkdirAll(d, 0o755)
			writeFile(t, e.cwd, "user-config.py", minimal)
			e.vars = append(e.vars, "PYWIKIBOT_DIR="+d)
			return e.cwd
		}, nil, "", "found in the current directory"},
		{"current directory before ~/.pywikibot", func(e *env) string {
			writeFile(t, e.cwd, "user-config.py", minimal)
			writeFile(t, filepath.Join(e.home, ".pywikibot"), "user-config.py", minimal)
			return e.cwd
		}, nil, "", "found in the current directory"},
		{"PYWIKIBOT_DIR_PWB before home", func(e *env) string {
			d := filepath.Join(e.home, "pwb")
			writeFile(t, d, "user-config.py", minimal)
			writeFile(t, filepath.Join(e.home, ".pywikibot"), "user-config.py", minimal)
			e.vars = append(e.vars, "PYWIKIBOT_DIR_PWB="+d)
			return d
		}, nil, "", "PYWIKIBOT_DIR_PWB environment variable"},
		{"home .pywikibot last", func(e *env) string {
			d := filepath.Join(e.home, ".pywikibot")
			writeFile(t, d, "user-config.py", minimal)
			return d
		}, nil, "", "~/.pywikibot"},
		{"-config:NAME selects another file", func(e *env) string {
			writeFile(t, e.cwd, "user-config.py", minimal)
			d := filepath.Join(e.home, ".pywikibot")
			writeFile(t, d, "other.py", minimal)
			return d
		}, []string{"-config:other"}, "", "~/.pywikibot"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			want := tc.setup(e)
			cfg, warns, err := e.load(t, tc.args...)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if cfg.BaseDir != want || cfg.BaseDirReason != tc.wantReason {
				t.Errorf("base dir = %q (%s), want %q (%s)", cfg.BaseDir, cfg.BaseDirReason, want, tc.wantReason)
			}
			if warns != "" {
				t.Errorf("unexpected warnings: %s", warns)
			}
		})
	}
}

func TestNoConfig(t *testing.T) {
	e := newEnv(t)
	_, _, err := e.load(t)
	var nc *NoConfigError
	if !errors.As(err, &nc) {
		t.Fatalf("err = %v, want NoConfigError", err)
	}
	if nc.Dir != e.cwd || !strings.Contains(err.Error(), "gowikibot generate_user_files") ||
		!strings.HasPrefix(err.Error(), "No user-config.py found in directory") {
		t.Errorf("message = %q", err.Error())
	}
	if fi, err := os.Stat(filepath.Join(e.home, ".pywikibot")); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("~/.pywikibot not created 0700: %v", err)
	}
	// PYWIKIBOT_NO_USER_CONFIG=1 loads the defaults with a warning.
	e.vars = append(e.vars, "PYWIKIBOT_NO_USER_CONFIG=1")
	cfg, warns, err := e.load(t)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Family != "wikipedia" || cfg.Mylang != "test" {
		t.Errorf("defaults: %s:%s", cfg.Family, cfg.Mylang)
	}
	want := "WARNING: user-config.py cannot be loaded.\nWARNING: family and mylang are not set.\nDefaulting to family='wikipedia' and mylang='test'.\n"
	if warns != want {
		t.Errorf("warnings = %q, want %q", warns, want)
	}
}

func TestDefaultSiteFixup(t *testing.T) {
	e := newEnv(t)
	writeFile(t, e.cwd, "user-config.py", "# nothing set\n")
	cfg, warns, err := e.load(t)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Family != "wikipedia" || cfg.Mylang != "test" {
		t.Errorf("site = %s:%s, want wikipedia:test", cfg.Family, cfg.Mylang)
	}
	if warns != "WARNING: family and mylang are not set.\nDefaulting to family='wikipedia' and mylang='test'.\n" {
		t.Errorf("warnings = %q", warns)
	}
	// -lang: on the command line still gets the warning (config.py runs
	// first), but the site is the given one.
	cfg, warns, _ = e.load(t, "-lang:de")
	if cfg.Mylang != "de" || !strings.Contains(warns, "family and mylang are not set") {
		t.Errorf("with -lang:de: %s, %q", cfg.Mylang, warns)
	}
}

func TestTypeWarnings(t *testing.T) {
	e := newEnv(t)
	writeFile(t, e.cwd, "user-config.py", minimal+`
put_throttle = '5'
minthrottle = 2
maxlag = 7.5
noisysleep = 1
simulate = 1
socket_timeout = 30
console_encoding = None
my_unknown = 1
sysopnames = {}
_private = 3
verbose_output = True
`)
	cfg, warns, err := e.load(t)
	if err != nil {
		t.Fatal(err)
	}
	// pywikibot 9.6.3's order: its variables in config.py's order, then
	// the names the file adds in the order it binds them.
	want := []string{
		`WARNING: Configuration variable "put_throttle" is defined as "str" in your user-config.py but expected "int".`,
		`WARNING: Configuration variable "maxlag" is defined as "float" in your user-config.py but expected "int".`,
		`WARNING: Configuration variable "simulate" is defined as "int" in your user-config.py but expected "bool".`,
		`WARNING: Configuration variable "my_unknown" is defined in your user-config.py but unknown. It can be a misspelled one or a variable that is no longer supported.`,
		`WARNING: "sysopnames" present in our user-config.py is no longer a supported configuration variable and should be removed. Please inform the maintainers if you depend on it.`,
	}
	if got := strings.Split(strings.TrimSpace(warns), "\n"); !reflect.DeepEqual(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Values that warn are kept, as pywikibot 9.6.3 keeps them (its
	// config.put_throttle is then '5', maxlag 7.5, simulate 1); the Go
	// core's typed fields take what they can use.
	if cfg.Vars["put_throttle"] != "5" || cfg.Vars["maxlag"] != 7.5 || cfg.Vars["simulate"] != int64(1) {
		t.Errorf("values that warn: %#v %#v %#v", cfg.Vars["put_throttle"], cfg.Vars["maxlag"], cfg.Vars["simulate"])
	}
	if cfg.PutThrottle != 10 || cfg.Maxlag != 7 || !cfg.Simulate {
		t.Errorf("typed fields: %v %v %v", cfg.PutThrottle, cfg.Maxlag, cfg.Simulate)
	}
	if cfg.Vars["minthrottle"] != int64(2) || cfg.Vars["noisysleep"] != 1.0 || cfg.SocketTimeout.Seconds() != 30 {
		t.Errorf("int for float not converted: %#v %#v %v", cfg.Vars["minthrottle"], cfg.Vars["noisysleep"], cfg.SocketTimeout)
	}
	if cfg.Vars["console_encoding"] != nil || cfg.Vars["verbose_output"] != true {
		t.Errorf("None/bool-as-int not accepted: %#v %#v", cfg.Vars["console_encoding"], cfg.Vars["verbose_output"])
	}
	if _, ok := cfg.Vars["_private"]; ok {
		t.Error("underscore names must be ignored")
	}
}

func TestUsernamesAutovivify(t *testing.T) {
	e := newEnv(t)
	writeFile(t, e.cwd, "user-config.py", minimal+`
usernames['wikipedia']['en'] = 'ExampleBot'
usernames['wikipedia']['de'] = 'BeispielBot'
usernames['wiktionary'] = {'fr': 'RobotFr'}
usernames['*']['*'] = 'Everywhere'
_c = usernames['commons']
_c['commons'] = 'CommonsBot'
assert 'wikipedia' in usernames and 'nope' not in usernames
assert usernames.get('nope') is None
`)
	cfg, warns, err := e.load(t)
	if err != nil {
		t.Fatal(err)
	}
	if warns != "" {
		t.Errorf("warnings: %s", warns)
	}
	want := map[string]map[string]string{
		"wikipedia":  {"en": "ExampleBot", "de": "BeispielBot"},
		"wiktionary": {"fr": "RobotFr"},
		"*":          {"*": "Everywhere"},
		"commons":    {"commons": "CommonsBot"},
	}
	if !reflect.DeepEqual(cfg.Usernames, want) {
		t.Errorf("usernames = %v, want %v", cfg.Usernames, want)
	}
}

func TestUsernameLookup(t *testing.T) {
	c := Defaults()
	c.Usernames = map[string]map[string]string{
		"wikipedia":  {"en": "EnBot", "*": "WpBot"},
		"wiktionary": {"fr": "FrBot"},
		"*":          {"*": "AnyBot", "de": "DeAny"},
	}
	tests := []struct {
		fam, code, want, site string
		err                   bool
	}{
		{"wikipedia", "en", "EnBot", "EnBot", false},
		{"wikipedia", "de", "WpBot", "DeAny", false},      // family wildcard code; Site() merges usernames['*'] first
		{"wiktionary", "fr", "FrBot", "FrBot", false},     // exact
		{"wiktionary", "de", "", "DeAny", true},           // usernames[fam] exists: no fallback to '*' family
		{"wikibooks", "de", "DeAny", "DeAny", false},      // '*' family, exact code
		{"wikibooks", "it", "AnyBot", "AnyBot", false},    // '*' family, '*' code
		{"commons", "commons", "AnyBot", "AnyBot", false}, // '*' family
	}
	for _, tc := range tests {
		got, err := c.Username(tc.fam, tc.code)
		if (err != nil) != tc.err || got != tc.want {
			t.Errorf("Username(%s, %s) = %q, %v; want %q (error %v)", tc.fam, tc.code, got, err, tc.want, tc.err)
		}
		if s := c.SiteUsername(tc.fam, tc.code); s != tc.site {
			t.Errorf("SiteUsername(%s, %s) = %q, want %q", tc.fam, tc.code, s, tc.site)
		}
	}
	_, err := c.Username("wiktionary", "de")
	want := "ERROR: username for wiktionary:de is undefined.\nIf you have a username for that site, please add a line to user config file (user-config.py) as follows:\nusernames['wiktionary']['de'] = 'myUsername'"
	var nu *NoUsernameError
	if !errors.As(err, &nu) || err.Error() != want {
		t.Errorf("error = %q", err)
	}
}

func TestGlobalArgs(t *testing.T) {
	globals, rest := SplitGlobalArgs([]string{"-lang:de", "-maxlag:10", "-step:50", "-always", "-maxlag:x",
		"-simulate", "-page:Foo", "-user:Bot", "-v", "-minthrottle:3", "-put_throttle:2", "-dir:/x", "-summary:s"})
	// -minthrottle:3 is global as in 9.6.3, whose minthrottle is the int 0
	wantG := []string{"-lang:de", "-maxlag:10", "-step:50", "-simulate", "-user:Bot", "-v", "-minthrottle:3", "-put_throttle:2", "-dir:/x"}
	wantR := []string{"-always", "-maxlag:x", "-page:Foo", "-summary:s"}
	if !reflect.DeepEqual(globals, wantG) || !reflect.DeepEqual(rest, wantR) {
		t.Errorf("SplitGlobalArgs:\n globals %v\n rest %v", globals, rest)
	}
	e := newEnv(t)
	writeFile(t, e.cwd, "user-config.py", minimal+"usernames['wikipedia']['en'] = 'Old'\n")
	cfg, _, err := e.load(t, "-maxlag:10", "-step:50", "-max_retries:3", "-pt:2.5", "-simulate",
		"-family:wiktionary", "-code:fr", "-user:NewBot", "-v", "-v", "-debug", "-retry_wait:1")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Maxlag != 10 || cfg.Step != 50 || cfg.MaxRetries != 3 || cfg.PutThrottle != 2.5 || !cfg.Simulate ||
		cfg.Family != "wiktionary" || cfg.Mylang != "fr" || cfg.VerboseOutput != 2 || !cfg.Debug || cfg.RetryWait != 1 {
		t.Errorf("overrides not applied: %+v", cfg)
	}
	if u, _ := cfg.Username("wiktionary", "fr"); u != "NewBot" {
		t.Errorf("-user: sets usernames[family][mylang]; got %q", u)
	}
	if u, _ := cfg.Username("wikipedia", "en"); u != "Old" {
		t.Errorf("-user: must not change other sites; got %q", u)
	}
	_, warns, _ := e.load(t, "-v")
	if want := "The base directory is " + e.cwd + "\nThe user config file is user-config.py\n"; warns != want {
		t.Errorf("-v prints %q, want %q", warns, want)
	}
	cfg, _, _ = e.load(t, "-site:wikidata:wikidata")
	if cfg.Family != "wikidata" || cfg.Mylang != "wikidata" {
		t.Errorf("-site: %s:%s", cfg.Family, cfg.Mylang)
	}
	cfg, _, _ = e.load(t, "-site:meta")
	if cfg.Family != "meta" || cfg.Mylang != "meta" {
		t.Errorf("-site:meta: %s:%s", cfg.Family, cfg.Mylang)
	}
}

func TestConfigFileChecks(t *testing.T) {
	e := newEnv(t)
	p := writeFile(t, e.cwd, "user-config.py", "family = 'wiktionary'\nmylang = 'fr'\n")
	if err := os.Chmod(p, 0o666); err != nil {
		t.Fatal(err)
	}
	cfg, warns, err := e.load(t)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Family != "wikipedia" {
		t.Errorf("world-writable config was read: family %s", cfg.Family)
	}
	if !strings.HasPrefix(warns, "WARNING: Skipped '"+p+"': writeable by others.\n") {
		t.Errorf("warnings = %q", warns)
	}
	if os.Getuid() != 0 {
		t.Skip("chown to another user needs root")
	}
	// Owned by another user (not root): skipped too.
	os.Chmod(p, 0o644)
	if err := os.Chown(p, 65534, 65534); err != nil {
		t.Fatal(err)
	}
	cfg, warns, _ = e.load(t)
	if cfg.Family != "wikipedia" || !strings.HasPrefix(warns, "WARNING: Skipped '"+p+"': owned by someone else.\n") {
		t.Errorf("family %s, warnings = %q", cfg.Family, warns)
	}
	// Owned by root is accepted (pywikibot allows uid 0 and the user).
	os.Chown(p, 0, 0)
	if cfg, _, _ = e.load(t); cfg.Family != "wiktionary" {
		t.Errorf("root-owned config skipped: family %s", cfg.Family)
	}
}

func TestConfigErrorsNameFileAndLine(t *testing.T) {
	tests := []struct {
		src      string
		line     int
		lastLine string
	}{
		{"family = 'wikipedia'\nmylang = en\n", 2, "NameError: name 'en' is not defined"},
		{"family = 'wikipedia'\n\nusernames['x'] = 1 +\n", 3, "SyntaxError"},
		{"import nosuchmodule\n", 1, "ModuleNotFoundError: No module named 'nosuchmodule'"},
		{"import os\n\nx = open('/nonexistent/token')\n", 3, "FileNotFoundError"},
		{"from pywikibot.config import nosuchname\n", 1, "ImportError: cannot import name"},
		{"d = {}\nd['a']\n", 2, "KeyError"},
	}
	for _, tc := range tests {
		e := newEnv(t)
		p := writeFile(t, e.cwd, "user-config.py", tc.src)
		_, _, err := e.load(t)
		var ce *ConfigError
		if !errors.As(err, &ce) {
			t.Errorf("%q: err = %v, want ConfigError", tc.src, err)
			continue
		}
		if ce.File != p || ce.Line != tc.line {
			t.Errorf("%q: at %s:%d, want %s:%d", tc.src, ce.File, ce.Line, p, tc.line)
		}
		lines := strings.Split(strings.TrimSpace(ce.Msg), "\n")
		if last := lines[len(lines)-1]; !strings.HasPrefix(last, tc.lastLine) {
			t.Errorf("%q: last line %q, want prefix %q", tc.src, last, tc.lastLine)
		}
		if strings.Contains(err.Error(), "goroutine") || strings.Contains(err.Error(), ".go:") {
			t.Errorf("Go internals leaked: %s", err)
		}
	}
}

func TestHelpersAndFamilyFolders(t *testing.T) {
	e := newEnv(t)
	writeFile(t, e.cwd, "families/local_family.py", "")
	writeFile(t, e.cwd, "extra/x_family.py", "")
	writeFile(t, e.cwd, "more/y_family.py", "")
	writeFile(t, e.cwd, "user-config.py", minimal+`
import os
import os.path
user_families_paths = ['extra']
family_files['auto'] = 'https://wiki.example.org/w/api.php'
register_families_folder(os.path.join(base_dir, 'more'))
log_dir = datafilepath('logs', create=False)
home_file = user_home_path('pw.txt')
assert os.path.basename(home_file) == 'pw.txt'
`)
	cfg, warns, err := e.load(t)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"local": filepath.Join(e.cwd, "families", "local_family.py"),
		"x":     filepath.Join(e.cwd, "extra", "x_family.py"),
		"y":     filepath.Join(e.cwd, "more", "y_family.py"),
		"auto":  "https://wiki.example.org/w/api.php",
	}
	if !reflect.DeepEqual(cfg.FamilyFiles, want) {
		t.Errorf("family files = %v\nwant %v", cfg.FamilyFiles, want)
	}
	if cfg.Extra["log_dir"] != filepath.Join(e.cwd, "logs") || cfg.Extra["home_file"] != filepath.Join(e.home, "pw.txt") {
		t.Errorf("helpers: %v %v", cfg.Extra["log_dir"], cfg.Extra["home_file"])
	}
	if !strings.Contains(warns, `"log_dir" is defined in your user-config.py but unknown`) {
		t.Errorf("warnings = %q", warns)
	}
	// A user_families_paths entry that does not exist is an error.
	writeFile(t, e.cwd, "user-config.py", minimal+"user_families_paths = ['nowhere']\n")
	_, _, err = e.load(t)
	if err == nil || err.Error() != "FileNotFoundError: Family folder '"+filepath.Join(e.cwd, "nowhere")+"' does not exist" {
		t.Errorf("err = %v", err)
	}
}

func TestFutureImportAndAuthenticate(t *testing.T) {
	e := newEnv(t)
	writeFile(t, e.cwd, "user-config.py", "from __future__ import annotations\n"+minimal+`
authenticate['en.wikipedia.org'] = ('user', 'pass')
authenticate['*.example.org'] = ('ck', 'cs', 'ak', 'as')
authenticate['wiki.local:8080'] = ('Bearer', 'tok')
authenticate['bad.org'] = ('a', 'b', 'c')
`)
	cfg, warns, err := e.load(t)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(warns, "Invalid authentication tuple for bad.org") {
		t.Errorf("warnings = %q", warns)
	}
	tests := []struct{ host, kind, first string }{
		{"en.wikipedia.org", "basic", "user"},
		{"de.wikipedia.org", "", ""},
		{"www.example.org", "oauth1", "ck"},
		{"a.b.example.org", "oauth1", "ck"},
		{"example.org", "", ""},
		{"wiki.local:8080", "oauth2", "tok"},
		{"wiki.local", "", ""},
	}
	for _, tc := range tests {
		e, ok := cfg.AuthFor(tc.host)
		if ok != (tc.kind != "") || e.Kind != tc.kind || (ok && e.Values[0] != tc.first) {
			t.Errorf("AuthFor(%s) = %+v, %v; want %s", tc.host, e, ok, tc.kind)
		}
	}
	cfg.Authenticate["*"] = AuthEntry{Kind: "basic", Values: []string{"x", "y"}}
	if e, ok := cfg.AuthFor("other.net"); !ok || e.Values[0] != "x" {
		t.Errorf("'*' fallback: %+v %v", e, ok)
	}
	cfg.Authenticate["*.example.org:8443"] = AuthEntry{Kind: "basic", Values: []string{"p", "q"}}
	if e, ok := cfg.AuthFor("w.example.org:8443"); !ok || e.Values[0] != "p" {
		t.Errorf("port wildcard: %+v %v", e, ok)
	}
}
