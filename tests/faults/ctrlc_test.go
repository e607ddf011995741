package faults

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/tests/faultproxy"
	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// editLoop saves the page over and over and writes the steps it finished
// in a finally block, the way bots keep their progress.
const editLoop = `import pywikibot
site = pywikibot.Site()
done = []
try:
    for i in range(1000):
        page = pywikibot.Page(site, TITLE)
        page.text = 'step %d' % i
        print('saving', i, flush=True)
        page.save(summary='step %d' % i)
        done.append(i)
except KeyboardInterrupt:
    print('interrupted after', len(done), flush=True)
    raise
finally:
    with open('progress.txt', 'w') as f:
        f.write(' '.join(str(i) for i in done))
    print('progress written', flush=True)
`

// ctrlC runs editLoop on title, sends SIGINT when ready(line) first says so,
// and checks that the script's finally ran and what the wiki holds: every
// step the script recorded is on the wiki, complete, in order, and at most
// the one interrupted step more. It returns the time from SIGINT to exit.
func ctrlC(t *testing.T, w *wikitest.Wiki, dir, title string, ready func(line string) bool) time.Duration {
	t.Helper()
	script := strings.Replace(editLoop, "TITLE", fmt.Sprintf("%q", title), 1)
	if err := os.WriteFile(filepath.Join(dir, "loop.py"), []byte(script), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(testbin.Gowikibot(t), "python", "loop.py")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYWIKIBOT_DIR=")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var out []string
	var sent time.Time
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		out = append(out, sc.Text())
		if sent.IsZero() && ready(sc.Text()) {
			if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
				t.Fatal(err)
			}
			sent = time.Now()
		}
	}
	io.Copy(io.Discard, stdout)
	err = cmd.Wait()
	took := time.Since(sent)
	if sent.IsZero() {
		t.Fatalf("never interrupted; stdout:\n%s\nstderr:\n%s", strings.Join(out, "\n"), stderr.String())
	}
	ee, _ := err.(*exec.ExitError)
	if ee == nil || ee.ExitCode() != 130 {
		t.Fatalf("exit %v, want status 130; stdout:\n%s\nstderr:\n%s", err, strings.Join(out, "\n"), stderr.String())
	}
	// pywikibot 9.6.3's atexit hook ends the traceback with its CRITICAL
	// line (tests/outside TestWrapperAsPwb).
	if !strings.HasSuffix(stderr.String(), "\nKeyboardInterrupt\nCRITICAL: Exiting due to uncaught exception KeyboardInterrupt: \n") || !strings.Contains(stderr.String(), "Traceback (most recent call last):\n") {
		t.Fatalf("stderr is not a KeyboardInterrupt traceback:\n%s", stderr.String())
	}
	if n := len(out); n < 2 || out[n-1] != "progress written" || !strings.HasPrefix(out[n-2], "interrupted after ") {
		t.Fatalf("the except and finally blocks did not run; stdout:\n%s", strings.Join(out, "\n"))
	}
	prog, err := os.ReadFile(filepath.Join(dir, "progress.txt"))
	if err != nil {
		t.Fatalf("progress lost: %v", err)
	}
	done := strings.Fields(string(prog))
	revs := history(t, w, title)
	if len(revs) < len(done) || len(revs) > len(done)+1 {
		t.Fatalf("progress %q but the wiki has %d revisions %v", prog, len(revs), revs)
	}
	for i, r := range revs {
		want := fmt.Sprintf("step %d", i)
		if r.Content != want || r.Comment != want {
			t.Fatalf("revision %d is %+v, want text and summary %q (a half edit?)", i, r, want)
		}
	}
	t.Logf("%s: SIGINT after %d saved steps; the wiki has %d revisions; exit 130 %s after the signal",
		t.Name(), len(done), len(revs), took.Round(time.Millisecond))
	return took
}

// TestCtrlCDuringPutThrottle: Ctrl-C in the 60 s put_throttle sleep
// between two saves raises KeyboardInterrupt in the script at once.
func TestCtrlCDuringPutThrottle(t *testing.T) {
	w := wikitest.Get(t)
	dir := botDir(t, w, w.APIURL, "put_throttle = 60\n")
	took := ctrlC(t, w, dir, "CtrlC throttle", func(l string) bool {
		if l == "saving 1" {
			time.Sleep(300 * time.Millisecond) // into the sleep
			return true
		}
		return false
	})
	if took > time.Second {
		t.Fatalf("the process took %s to end after SIGINT", took)
	}
}

// stepEdit matches the edit request that saves step n.
func stepEdit(n int) func(*http.Request, url.Values) bool {
	return func(_ *http.Request, p url.Values) bool {
		return p.Get("action") == "edit" && p.Get("text") == fmt.Sprintf("step %d", n)
	}
}

// inFlight reports whether the proxy has seen the edit of step n.
func inFlight(p *faultproxy.Proxy, n int) bool {
	for _, r := range p.Requests() {
		if r.Action == "edit" && r.Params.Get("text") == fmt.Sprintf("step %d", n) {
			return true
		}
	}
	return false
}

// TestCtrlCDuringRequest: Ctrl-C while an edit request hangs at the server
// abandons it and raises KeyboardInterrupt at once.
func TestCtrlCDuringRequest(t *testing.T) {
	w := wikitest.Get(t)
	p, err := faultproxy.New(w.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	p.Add(faultproxy.Fault{Match: stepEdit(2), Delay: 60 * time.Second})
	dir := botDir(t, w, p.URL+"/api.php", "put_throttle = 0\n")
	took := ctrlC(t, w, dir, "CtrlC request", func(l string) bool {
		if l != "saving 2" {
			return false
		}
		for end := time.Now().Add(10 * time.Second); !inFlight(p, 2) && time.Now().Before(end); {
			time.Sleep(20 * time.Millisecond)
		}
		time.Sleep(200 * time.Millisecond)
		return true
	})
	if took > time.Second {
		t.Fatalf("the process took %s to end after SIGINT", took)
	}
}

// TestCtrlCDuringRetryBackoff: Ctrl-C while waiting to retry a failed edit
// (HTTP 503, retry_wait 60 s) raises KeyboardInterrupt at once.
func TestCtrlCDuringRetryBackoff(t *testing.T) {
	w := wikitest.Get(t)
	p, err := faultproxy.New(w.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	p.Add(faultproxy.Fault{Match: stepEdit(1), Status: 503, Body: "Service Unavailable", Times: -1})
	dir := botDir(t, w, p.URL+"/api.php", "put_throttle = 0\nretry_wait = 60\nretry_max = 120\n")
	took := ctrlC(t, w, dir, "CtrlC backoff", func(l string) bool {
		if l != "saving 1" {
			return false
		}
		for end := time.Now().Add(10 * time.Second); !inFlight(p, 1) && time.Now().Before(end); {
			time.Sleep(20 * time.Millisecond)
		}
		time.Sleep(300 * time.Millisecond)
		return true
	})
	if took > time.Second {
		t.Fatalf("the process took %s to end after SIGINT", took)
	}
}
