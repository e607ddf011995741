package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

func TestMain(m *testing.M) { os.Exit(wikitest.Main(m)) }

// testStreams returns streams reading stdin and writing into the returned
// buffers; none of them is a terminal.
func testStreams(stdin string) (ios *ioStreams, out, errOut *bytes.Buffer) {
	out, errOut = &bytes.Buffer{}, &bytes.Buffer{}
	return &ioStreams{In: strings.NewReader(stdin), Out: out, Err: errOut}, out, errOut
}

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

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

// The command line itself: usage and help.
func TestMainInProcess(t *testing.T) {
	runCases(t, []cmdCase{
		{name: "no arguments", args: nil, code: 2, err: []string{"usage: gowikibot [global options] COMMAND|SCRIPT [args]", "  whoami "}},
		{name: "only global options", args: []string{"-v"}, code: 2, err: []string{"usage: gowikibot"}},
		{name: "help", args: []string{"help"}, code: 0, out: []string{"commands:", "  python ", "  shell ", "  login "}, noErr: true},
	})
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
