package auth

import (
	"bufio"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestHelperKilledMidSave is not a test: run by TestKill9BetweenWriteAndRename
// as a child process, it saves a jar and stops between writing the
// temporary file and renaming it, to be killed there.
func TestHelperKilledMidSave(t *testing.T) {
	path := os.Getenv("GOWIKIBOT_JAR_HELPER")
	if path == "" {
		t.Skip("helper process only")
	}
	beforeRename = func(tmp string) {
		os.Stdout.WriteString("written " + tmp + "\n")
		time.Sleep(time.Hour)
	}
	j := NewJar(path)
	u, _ := url.Parse("https://wiki.example/w/api.php")
	j.SetCookies(u, []*http.Cookie{{Name: "wiki_session", Value: "LIVESESSION"}})
	j.Save()
}

// TestKill9BetweenWriteAndRename: a process killed with SIGKILL after
// writing the jar's temporary file and before renaming it leaves that file
// (with the live session cookie); the next start removes it, and leaves a
// temporary file of a running writer alone.
func TestKill9BetweenWriteAndRename(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, CookieFileName("Bot"))
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperKilledMidSave$")
	cmd.Env = append(os.Environ(), "GOWIKIBOT_JAR_HELPER="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	tmp, ok := strings.CutPrefix(strings.TrimSpace(line), "written ")
	if !ok {
		cmd.Process.Kill()
		t.Fatalf("helper said %q", line)
	}
	// a second writer, alive, mid-save: its file must survive
	live := filepath.Join(dir, "."+filepath.Base(path)+".tmp-"+strconv.Itoa(os.Getpid())+"-123")
	if err := os.WriteFile(live, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	b, err := os.ReadFile(tmp)
	if err != nil || !strings.Contains(string(b), "LIVESESSION") {
		t.Fatalf("the killed save left no temporary file with the cookie (%v): %q", err, b)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("the jar itself exists: %v", err)
	}
	j, err := LoadJar(path)
	if err != nil || j.Len() != 0 {
		t.Fatalf("LoadJar: %v, %d cookies", err, j.Len())
	}
	if _, err := os.Stat(tmp); !os.IsNotExist(err) {
		t.Fatalf("stale temporary file %s still there (%v)", tmp, err)
	}
	if _, err := os.Stat(live); err != nil {
		t.Fatalf("the running writer's temporary file was removed: %v", err)
	}
	// one from an older version (no pid in the name), old enough
	old := filepath.Join(dir, "."+filepath.Base(path)+".tmp-987654")
	os.WriteFile(old, []byte("x"), 0o600)
	past := time.Now().Add(-time.Hour)
	os.Chtimes(old, past, past)
	if n := RemoveStaleTemps(path); n != 1 {
		t.Fatalf("removed %d, want the old one", n)
	}
}
