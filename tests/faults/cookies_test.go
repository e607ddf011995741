package faults

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// gwb runs gowikibot in dir and returns its output and exit status.
func gwb(t *testing.T, dir string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(testbin.Gowikibot(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYWIKIBOT_DIR=")
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok {
		return string(out), ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return string(out), 0
}

// TestStaleCookieTempFileRemovedAtStart: the temporary file that a save of
// the cookie jar killed with SIGKILL before its rename leaves (holding
// live session cookies) is gone after the next run.
func TestStaleCookieTempFileRemovedAtStart(t *testing.T) {
	w := wikitest.Get(t)
	dir := botDir(t, w, w.APIURL, "")
	if out, code := gwb(t, dir, "login"); code != 0 {
		t.Fatalf("login: %s", out)
	}
	jar, err := os.ReadFile(filepath.Join(dir, "pywikibot-TestBot.lwp"))
	if err != nil {
		t.Fatal(err)
	}
	// what a process with this (dead) pid left between write and rename
	dead := exec.Command("true")
	dead.Run()
	stale := filepath.Join(dir, fmt.Sprintf(".pywikibot-TestBot.lwp.tmp-%d-1234567", dead.Process.Pid))
	os.WriteFile(stale, jar, 0o600)
	if out, code := gwb(t, dir, "whoami"); code != 0 || !strings.Contains(out, "TestBot") {
		t.Fatalf("whoami (%d): %s", code, out)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Fatalf("%s is still there (%v)", stale, err)
	}
}

// TestHugeCookieJarAgainstTheWiki: a cookie file with 400,000 cookies for
// the wiki's host no longer hangs the next run: it is cut to the newest
// 180 and the run (login check and a userinfo request) finishes quickly.
func TestHugeCookieJarAgainstTheWiki(t *testing.T) {
	w := wikitest.Get(t)
	dir := botDir(t, w, w.APIURL, "")
	if out, code := gwb(t, dir, "login"); code != 0 {
		t.Fatalf("login: %s", out)
	}
	p := filepath.Join(dir, "pywikibot-TestBot.lwp")
	real, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("#LWP-Cookies-2.0\n")
	for i := 0; i < 400000; i++ {
		fmt.Fprintf(&b, "Set-Cookie3: junk%d=\"v\"; path=\"/\"; domain=\"127.0.0.1\"; path_spec; discard; version=0\n", i)
	}
	// the real session cookies last: the newest, kept
	b.WriteString(strings.SplitN(string(real), "\n", 2)[1])
	os.WriteFile(p, []byte(b.String()), 0o600)
	start := time.Now()
	out, code := gwb(t, dir, "-v", "whoami")
	took := time.Since(start)
	if code != 0 || !strings.Contains(out, "TestBot") {
		t.Fatalf("whoami (%d) after %s:\n%s", code, took, out)
	}
	t.Logf("whoami with a 400,000-cookie jar (%d MB): %s", b.Len()>>20, took.Round(time.Millisecond))
	if took > 20*time.Second {
		t.Fatalf("took %s", took)
	}
}
