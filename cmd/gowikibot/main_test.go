package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

func TestMain(m *testing.M) { os.Exit(wikitest.Main(m)) }

// runIn runs a gowikibot command line in process with stdin and returns
// its stdout, stderr and exit status.
func runIn(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	ios, out, errOut := testStreams(stdin)
	code = run(ios, args)
	return out.String(), errOut.String(), code
}

// cmdCase is one command line and what it must print and return.
type cmdCase struct {
	name    string
	args    []string
	stdin   string
	code    int
	out     []string // substrings of stdout
	err     []string // substrings of stderr
	exact   *string  // stdout exactly
	noErr   bool     // stderr empty
	notOut  []string // must not be in stdout
	setup   func(t *testing.T, dir string)
	withDir bool // prepend -dir:<a new temporary directory>
}

func checkCase(t *testing.T, c cmdCase, stdout, stderr string, code int) {
	t.Helper()
	if code != c.code {
		t.Errorf("status %d, want %d\nstdout:\n%s\nstderr:\n%s", code, c.code, stdout, stderr)
	}
	for _, w := range c.out {
		if !strings.Contains(stdout, w) {
			t.Errorf("stdout lacks %q:\n%s", w, stdout)
		}
	}
	for _, w := range c.notOut {
		if strings.Contains(stdout, w) {
			t.Errorf("stdout has %q:\n%s", w, stdout)
		}
	}
	for _, w := range c.err {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
	if c.exact != nil && stdout != *c.exact {
		t.Errorf("stdout %q, want %q", stdout, *c.exact)
	}
	if c.noErr && stderr != "" {
		t.Errorf("stderr not empty:\n%s", stderr)
	}
}

func runCases(t *testing.T, cases []cmdCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := c.args
			if c.withDir || c.setup != nil {
				dir := t.TempDir()
				if c.setup != nil {
					c.setup(t, dir)
				}
				args = append([]string{"-dir:" + dir}, args...)
			}
			stdout, stderr, code := runIn(t, c.stdin, args...)
			checkCase(t, c, stdout, stderr, code)
		})
	}
}

func str(s string) *string { return &s }

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

// Commands that need no wiki: output, errors and exit statuses.
func TestCommandsInProcess(t *testing.T) {
	t.Setenv("PYWIKIBOT_DIR", "")
	t.Setenv("PYWIKIBOT_NO_USER_CONFIG", "")
	userConfig := func(text string) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) { writeFile(t, filepath.Join(dir, "user-config.py"), text) }
	}
	runCases(t, []cmdCase{
		{name: "no arguments", args: nil, code: 2, err: []string{"usage: gowikibot [global options] COMMAND|SCRIPT [args]", "  whoami "}},
		{name: "only global options", args: []string{"-v"}, code: 2, err: []string{"usage: gowikibot"}},
		{name: "help", args: []string{"help"}, code: 0, out: []string{"commands:", "  python ", "  shell ", "  login "}, noErr: true},
		{name: "version", args: []string{"version"}, withDir: true, code: 0, out: []string{"gowikibot: ", "Go: go1.", "config: none ("}},
		{name: "scripts", args: []string{"scripts"}, code: 0, out: []string{"basic\n", "listpages\n", "demo_edit\n"}, noErr: true},
		{name: "unknown script", args: []string{"nosuchscript"}, withDir: true, code: 1,
			err: []string{`ERROR: script "nosuchscript" not found: not a file, not in user_script_paths, and not a bundled script (run 'gowikibot scripts' for the list)`}},
		{name: "config path without config", args: []string{"config", "path"}, withDir: true, code: 1,
			err: []string{"No user-config.py found in directory", "gowikibot generate_user_files"}},
		{name: "config without subcommand", args: []string{"config"}, code: 2, err: []string{"usage: gowikibot config path|show"}},
		{name: "config bad subcommand", args: []string{"config", "frob"}, withDir: true, code: 2, err: []string{`unknown subcommand "frob"`}},
		{name: "config path", args: []string{"config", "path"}, code: 0,
			setup: userConfig("family = 'wikipedia'\nmylang = 'en'\n"),
			out:   []string{"base_dir: ", "config_file: ", "user-config.py", "password_file: (none)"}},
		{name: "config show masks secrets", args: []string{"config", "show", "-modified"}, code: 0,
			setup: userConfig("family = 'wikipedia'\nmylang = 'de'\nauthenticate['de.wikipedia.org'] = ('k', 's', 'a', 'b')\nput_throttle = 3\n"),
			out:   []string{"mylang='de'", "put_throttle=3", "authenticate={ ...xxxxxxxx... }"}, notOut: []string{"'s', 'a'"}},
		{name: "config check names the line", args: []string{"config", "check"}, code: 1,
			setup: userConfig("family = 'wikipedia'\nmylang = 'en'\nx = (\n"),
			out:   []string{"user-config.py:", "error:", "1 error(s)"}},
		{name: "config check ok", args: []string{"config", "check"}, code: 0,
			setup: userConfig("family = 'wikipedia'\nmylang = 'en'\nusernames['wikipedia']['en'] = 'Bot'\n"),
			out:   []string{"OK: configuration loads without errors"}},
		{name: "family without subcommand", args: []string{"family"}, code: 2, err: []string{"usage: gowikibot family check NAME"}},
		{name: "family list", args: []string{"family", "list"}, withDir: true, code: 0, out: []string{"wikipedia ", "wikidata "}},
		{name: "credentials empty", args: []string{"credentials"}, code: 0,
			setup: userConfig("family = 'wikipedia'\nmylang = 'en'\n"),
			out:   []string{"No OAuth credentials in ", "gowikibot-credentials.ini"}},
		{name: "credentials bad usage", args: []string{"credentials", "frob"}, code: 2,
			setup: userConfig("family = 'wikipedia'\nmylang = 'en'\n"), err: []string{"usage: gowikibot [global options] credentials [-reveal]"}},
		{name: "login unknown argument", args: []string{"login", "-frob"}, code: 2,
			setup: userConfig("family = 'wikipedia'\nmylang = 'en'\n"), err: []string{"Unknown argument: -frob"}},
		{name: "login without user-config", args: []string{"login"}, withDir: true, code: 1, err: []string{"No user-config.py found in directory"}},
		{name: "whoami unknown family", args: []string{"whoami"}, code: 1,
			setup: userConfig("family = 'nosuchfam'\nmylang = 'en'\n"), err: []string{"ERROR: ", "nosuchfam"}},
		{name: "generate_user_files unknown argument", args: []string{"generate_user_files", "-frob"}, withDir: true, code: 2,
			out: []string{"Unknown argument: -frob"}},
		{name: "generate_user_files", args: []string{"-family:wikipedia", "-lang:de", "-user:MyBot", "generate_user_files"}, withDir: true, code: 0,
			out: []string{"Automatically generating user-config.py", "user-config.py' written."}},
	})
}

// generate_user_files writes a config that config show then reads.
func TestGenerateThenShow(t *testing.T) {
	t.Setenv("PYWIKIBOT_DIR", "")
	dir := t.TempDir()
	if _, stderr, code := runIn(t, "", "-dir:"+dir, "-family:wikipedia", "-lang:de", "-user:MyBot", "generate_user_files"); code != 0 {
		t.Fatalf("generate_user_files: %d\n%s", code, stderr)
	}
	out, stderr, code := runIn(t, "", "-dir:"+dir, "config", "show", "-modified")
	if code != 0 || !strings.Contains(out, "mylang='de'") || !strings.Contains(out, "family='wikipedia'") {
		t.Fatalf("config show: %d\n%s\n%s", code, out, stderr)
	}
}

// cliConfig writes a pywikibot config for the test wiki (user-config.py
// and a BotPassword password file) into a new directory.
func cliConfig(t *testing.T, w *wikitest.Wiki, secret string) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "user-config.py"),
		"family_files['cliwiki'] = '"+w.APIURL+"'\nfamily = 'cliwiki'\nmylang = 'cliwiki'\n"+
			"usernames['cliwiki']['*'] = '"+w.BotUser+"'\npassword_file = 'user-password.cfg'\nput_throttle = 0\nminthrottle = 0\nretry_wait = 1\n")
	writeFile(t, filepath.Join(dir, "user-password.cfg"), "('"+w.BotUser+"', BotPassword('ci', '"+secret+"'))\n")
	return dir
}

// login, whoami and logout against a real wiki, in process.
func TestWikiCommandsInProcess(t *testing.T) {
	w := wikitest.Get(t)
	t.Setenv("PYWIKIBOT_DIR", "")
	dir := cliConfig(t, w, w.BotPasswordSecret)
	bad := cliConfig(t, w, strings.Repeat("0", 32))
	runCases(t, []cmdCase{
		{name: "login", args: []string{"-dir:" + dir, "-v", "login"}, code: 0,
			err: []string{"Logged in on cliwiki:cliwiki as TestBot.", "gowikibot: 3 API requests"}},
		{name: "whoami", args: []string{"-dir:" + dir, "whoami"}, code: 0,
			out: []string{"site:     cliwiki:cliwiki (TestWiki, MediaWiki 1.39", "user:     TestBot (id ", "groups:   *, autoconfirmed, bot, user", "bot flag: yes"}},
		{name: "whoami unknown argument", args: []string{"-dir:" + dir, "whoami", "extra"}, code: 2, err: []string{"Unknown argument: extra"}},
		{name: "logout", args: []string{"-dir:" + dir, "login", "-logout"}, code: 0, err: []string{"Logged out of cliwiki:cliwiki."}},
		{name: "wrong password", args: []string{"-dir:" + bad, "login"}, code: 1,
			err: []string{"ERROR: login as TestBot@ci failed: Failed: Incorrect username or password entered. Please try again.", "Not logged in on cliwiki:cliwiki."}},
	})
	if _, err := os.Stat(filepath.Join(dir, "pywikibot-TestBot.lwp")); !os.IsNotExist(err) {
		t.Fatalf("cookie file after logout: %v", err)
	}
	runCases(t, []cmdCase{
		{name: "script against the wiki", args: []string{"-dir:" + dir, "python", "-c",
			"import pywikibot\ns = pywikibot.Site()\np = pywikibot.Page(s, 'Cmd in process')\np.text = 'x'\np.save('in-process test')\nprint(pywikibot.Page(s, 'Cmd in process').exists())"},
			code: 0, out: []string{"True\n"}},
	})
}

// python3 returns Debian's CPython for comparisons; CI=true requires it.
func python3(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat("/usr/bin/python3"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("/usr/bin/python3 required (CI=true): %v", err)
		}
		t.Skipf("no /usr/bin/python3: %v", err)
	}
	return "/usr/bin/python3"
}

// cpython runs CPython in dir with args and stdin.
func cpython(t *testing.T, dir, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(python3(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONPATH=", "PYTHONSTARTUP=")
	cmd.Stdin = strings.NewReader(stdin)
	var o, e strings.Builder
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return o.String(), e.String(), code
}

// More commands in process: the family-file generator and checker against
// the test wiki, config migrate, a bundled script by name, and the error
// paths of login -oauth and credentials.
func TestMoreCommandsInProcess(t *testing.T) {
	w := wikitest.Get(t)
	t.Setenv("PYWIKIBOT_DIR", "")
	for _, env := range []string{"GOWIKIBOT_OAUTH_CONSUMER_KEY", "GOWIKIBOT_OAUTH_CONSUMER_SECRET"} {
		t.Setenv(env, "")
	}
	dir := t.TempDir()
	famFile := filepath.Join(dir, "families", "cmdwiki_family.py")
	runCases(t, []cmdCase{
		{name: "generate_family_file", args: []string{"-dir:" + dir, "generate_family_file", w.URL + "/index.php/Main_Page", "cmdwiki"}, code: 0,
			out: []string{"API url: " + w.APIURL, "MediaWiki version: 1.39", "Writing " + famFile}},
		{name: "generate_family_file bad name", args: []string{"-dir:" + dir, "generate_family_file", w.URL, "bad-name"}, code: 1,
			out: []string{`ERROR: Name of family "bad-name" must be ASCII letters and digits [a-zA-Z0-9]`}},
		{name: "family check", args: []string{"-dir:" + dir, "family", "check", "cmdwiki"}, code: 0,
			out: []string{"family cmdwiki (", "en: " + w.APIURL, "ok: MediaWiki 1.39"}},
		{name: "family check unknown code", args: []string{"-dir:" + dir, "family", "check", "cmdwiki", "-lang:xx"}, code: 1,
			out: []string{"error: Language xx does not exist in family cmdwiki"}},
	})
	writeFile(t, filepath.Join(dir, "user-config.py"), "family = 'cmdwiki'\nmylang = 'en'\nusernames['cmdwiki']['en'] = '"+w.BotUser+"'\nput_throttle = 0\n")
	runCases(t, []cmdCase{
		{name: "config migrate -n", args: []string{"-dir:" + dir, "config", "migrate", "-n"}, code: 0, out: []string{"cmdwiki"}},
		{name: "config migrate bad option", args: []string{"-dir:" + dir, "config", "migrate", "-frob"}, code: 2, err: []string{`unknown option "-frob"`}},
		{name: "bundled script by name", args: []string{"-dir:" + dir, "listpages", "-start:Main"}, code: 0, out: []string{"Main Page"}},
		{name: "login -oauth without a consumer key", args: []string{"-dir:" + dir, "login", "-oauth"}, code: 1,
			err: []string{"Enter your consumer key: ", "ERROR: no consumer key given (prompt, or GOWIKIBOT_OAUTH_CONSUMER_KEY)"}},
		{name: "credentials delete", args: []string{"-dir:" + dir, "credentials", "delete", "nosuch.example.org"}, code: 0,
			out: []string{"Deleted the credentials for nosuch.example.org"}},
		{name: "credentials migrate without answers", args: []string{"-dir:" + dir, "credentials", "migrate"}, code: 1,
			out: []string{"register an owner-only OAuth consumer"}, err: []string{"ERROR: no Consumer key given"}},
	})
}
