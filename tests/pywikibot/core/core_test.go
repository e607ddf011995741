// Package core tests gowikibot's pywikibot package (pywikibot/__init__.py,
// page.py, site.py, exceptions.py) against outputs recorded with
// pywikibot 9.6.3 on Debian's python3.
//
// showdiff.out is what pywikibot 9.6.3 printed for showdiff.py with its
// output piped (colour tags dropped, coloured lines marked " ***");
// showdiff.tty.out is the same program run on a terminal (through
// script(1), carriage returns removed), with ANSI colours. family.out is
// pywikibot's Family data for the built-in wikipedia family.
//
// msgs.out, prompts.out, records.out and lists.out were recorded by running
// msgs.py, prompts.py (stdin "x\nn\n\nsome reason\n"), records.py and
// lists.py, in that order, with pywikibot 9.6.3 (Debian's python3, pwb.py
// -dir:DIR) against a fresh test wiki (testwiki up) with the family named
// demowiki; TestPywikibotForms runs them in the same order on its own fresh
// wiki. pywikibot's duplicate entries in Page.revisions() after saves were
// dropped by the program (it prints each revid once).
package core

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// plainDir is a configuration directory for programs that need no wiki.
func plainDir(t *testing.T, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	write(t, filepath.Join(dir, "user-config.py"), "family = 'wikipedia'\nmylang = 'en'\n")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, f), string(b))
	}
	return dir
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

func golden(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// compare reports the first differing line of got and want.
func compare(t *testing.T, what, got, want string) {
	t.Helper()
	if got == want {
		return
	}
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			t.Fatalf("%s: line %d differs:\n got: %q\nwant: %q", what, i+1, gl, wl)
		}
	}
}

func TestShowDiffPlain(t *testing.T) {
	dir := plainDir(t, "showdiff.py")
	cmd := exec.Command(testbin.Gowikibot(t), "python", "showdiff.py")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYWIKIBOT_DIR=")
	var out strings.Builder
	cmd.Stdout = &out
	cmd.Stderr = &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	compare(t, "piped output", out.String(), golden(t, "showdiff.out"))
}

func TestShowDiffTerminal(t *testing.T) {
	script, err := exec.LookPath("script")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("script(1) required (CI=true; Debian's bsdutils): %v", err)
		}
		t.Skip("script(1) is not installed")
	}
	dir := plainDir(t, "showdiff.py")
	cmd := exec.Command(script, "-q", "-e", "-c", testbin.Gowikibot(t)+" python showdiff.py", "/dev/null")
	cmd.Dir = dir
	var env []string
	for _, e := range os.Environ() {
		if !strings.HasPrefix(e, "NO_COLOR=") {
			env = append(env, e)
		}
	}
	cmd.Env = append(env, "PYWIKIBOT_DIR=")
	cmd.Stdin = strings.NewReader("")
	b, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	compare(t, "terminal output", strings.ReplaceAll(string(b), "\r", ""), golden(t, "showdiff.tty.out"))
}

// TestFamilyData compares a built-in family's data with what pywikibot
// 9.6.3's Family gives for it (family.out, recorded with pywikibot).
func TestFamilyData(t *testing.T) {
	dir := plainDir(t, "family.py")
	cmd := exec.Command(testbin.Gowikibot(t), "python", "family.py")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYWIKIBOT_DIR=")
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	compare(t, "family.py", string(b), golden(t, "family.out"))
}
