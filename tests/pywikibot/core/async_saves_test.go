package core

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// Asynchronous saves (Page.save(asynchronous=True), pywikibot's
// page_put_queue and Put-Thread) on the test wiki, against pywikibot
// 9.6.3's output recorded by the same test: with GWB_ASYNC_RECORD=PWB963
// (a pywikibot 9.6.3 checkout) the programs run under /usr/bin/python3
// with that pywikibot instead of gowikibot, the wiki's history is checked
// the same way, and async_*.out/.err are written.

// step is one interaction with a running program: wait until stderr holds
// after (past the previous step's match), then send a line to stdin or,
// with interrupt, Ctrl-C (SIGINT).
type step struct {
	after     string
	interrupt bool
	send      string
}

// asyncConfig writes a pywikibot configuration for w with a put throttle
// of one second (pywikibot's default is ten): the waiting line is printed
// only when the estimated time is over noisysleep (3 s).
func asyncConfig(t *testing.T, w *wikitest.Wiki, files ...string) string {
	t.Helper()
	dir := plainDir(t, files...)
	cfg := fmt.Sprintf("family_files['demowiki'] = '%s'\nfamily = 'demowiki'\nmylang = 'demowiki'\n"+
		"usernames['demowiki']['*'] = '%s'\npassword_file = 'user-password.cfg'\nput_throttle = 1\n",
		w.APIURL, w.BotUser)
	write(t, filepath.Join(dir, "user-config.py"), cfg)
	write(t, filepath.Join(dir, "user-password.cfg"),
		fmt.Sprintf("('%s', BotPassword('ci', '%s'))\n", w.BotUser, w.BotPasswordSecret))
	return dir
}

// lockedBuffer is a buffer written by one goroutine and read by another.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// runInteractive runs script in dir (gowikibot, or pywikibot 9.6.3 when
// recording) with args, takes the steps, and returns stdout, stderr and the
// exit status. Nothing waits longer than a minute: a program that hangs is
// killed and the test fails with what it printed.
func runInteractive(t *testing.T, dir, script string, steps []step, args ...string) (string, string, int) {
	t.Helper()
	var cmd *exec.Cmd
	env := append(os.Environ(), "PYWIKIBOT_DIR="+dir, "NO_COLOR=1")
	if pwb := os.Getenv("GWB_ASYNC_RECORD"); pwb != "" {
		cmd = exec.Command("/usr/bin/python3", append([]string{script}, args...)...)
		env = append(env, "PYTHONPATH="+pwb)
	} else {
		cmd = exec.Command(testbin.Gowikibot(t), append([]string{"python", script}, args...)...)
	}
	cmd.Dir, cmd.Env = dir, env
	var stdout, stderr lockedBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	deadline := time.After(60 * time.Second)
	fail := func(format string, a ...any) {
		t.Helper()
		_ = cmd.Process.Kill()
		<-exited
		t.Fatalf("%s %s: %s\nstdout:\n%s\nstderr:\n%s", script, strings.Join(args, " "),
			fmt.Sprintf(format, a...), stdout.String(), stderr.String())
	}
	from := 0
	for _, s := range steps {
		for {
			if i := strings.Index(stderr.String()[from:], s.after); i >= 0 {
				from += i + len(s.after)
				break
			}
			select {
			case err := <-exited:
				exited <- err
				fail("ended (%v) before stderr showed %q", err, s.after)
			case <-deadline:
				fail("no %q on stderr within a minute (hung?)", s.after)
			case <-time.After(20 * time.Millisecond):
			}
		}
		if s.interrupt {
			time.Sleep(200 * time.Millisecond) // inside the wait, not just before it
			if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
				fail("SIGINT: %v", err)
			}
		}
		if s.send != "" {
			if _, err := io.WriteString(stdin, s.send); err != nil {
				fail("writing %q: %v", s.send, err)
			}
		}
	}
	stdin.Close()
	select {
	case err = <-exited:
	case <-deadline:
		fail("did not end within a minute (hung?)")
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return stdout.String(), stderr.String(), code
}

// checkRecorded compares a run's output with async_NAME.out/.err (the wiki's
// URL written as http://WIKI), or writes them when recording.
func checkRecorded(t *testing.T, w *wikitest.Wiki, name, stdout, stderr string) {
	t.Helper()
	stderr = strings.ReplaceAll(stderr, w.URL, "http://WIKI")
	if os.Getenv("GWB_ASYNC_RECORD") != "" {
		write(t, name+".out", stdout)
		write(t, name+".err", stderr)
		return
	}
	compare(t, name+".out", stdout, golden(t, name+".out"))
	compare(t, name+".err", stderr, golden(t, name+".err"))
}

// runTag makes the texts of a run new (" run N"), so that a run on a wiki
// where the pages exist (go test -count=2) saves new revisions too; the
// programs print no text.
func runTag() string { return fmt.Sprintf(" run %d", time.Now().UnixNano()) }

// histories returns the number of revisions of each title.
func histories(t *testing.T, w *wikitest.Wiki, titles []string) map[string]int {
	t.Helper()
	n := map[string]int{}
	for _, title := range titles {
		n[title] = len(revisions(t, w, title))
	}
	return n
}

// wantHistory checks the revisions a run added to a page (before: how
// many it had), newest first: summary, user and text of each.
func wantHistory(t *testing.T, w *wikitest.Wiki, before map[string]int, title string, want ...[3]string) {
	t.Helper()
	got := revisions(t, w, title)
	got = got[:len(got)-before[title]]
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("revisions the run added to %s:\ngot  %q\nwant %q", title, got, want)
	}
}

// TestAsyncSaves: five saves queued with callbacks and waited for by
// stopme(), then four requests waited for by the exit, one of them
// refused by the wiki.
func TestAsyncSaves(t *testing.T) {
	w := wikitest.Get(t)
	dir := asyncConfig(t, w, "async_saves.py")
	var titles []string
	for i := 0; i < 5; i++ {
		titles = append(titles, fmt.Sprintf("Async save %d", i))
	}
	titles = append(titles, "MediaWiki:Async denied")
	before := histories(t, w, titles)
	tag := runTag()
	stdout, stderr, code := runInteractive(t, dir, "async_saves.py", []step{
		{after: "Waiting for 5 pages to be put. Estimated time remaining: 0:00:05", send: "\n"},
		{after: "Waiting for 4 pages to be put. Estimated time remaining: 0:00:04", send: "\n"},
	}, tag)
	if code != 0 {
		t.Fatalf("exit status %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	checkRecorded(t, w, "async_saves", stdout, stderr)
	for i := 0; i < 5; i++ {
		var want [][3]string
		if i < 3 {
			want = append(want, [3]string{fmt.Sprintf("async put %d", i), w.BotUser, fmt.Sprintf("Text %d, saved again.%s", i, tag)})
		}
		want = append(want, [3]string{fmt.Sprintf("async save %d", i), w.BotUser, fmt.Sprintf("Text %d of an asynchronous save.%s", i, tag)})
		wantHistory(t, w, before, titles[i], want...)
	}
	wantHistory(t, w, before, "MediaWiki:Async denied")
}

// TestAsyncInterrupt: Ctrl-C while the exit waits for four saves asks
// whether to really exit; "n" saves them in the main thread, "y" leaves
// them unsaved.
func TestAsyncInterrupt(t *testing.T) {
	w := wikitest.Get(t)
	for _, answer := range []string{"no", "yes"} {
		t.Run(answer, func(t *testing.T) {
			dir := asyncConfig(t, w, "async_interrupt.py")
			var titles []string
			for i := 0; i < 4; i++ {
				titles = append(titles, fmt.Sprintf("Async interrupt %s %d", answer, i))
			}
			before := histories(t, w, titles)
			tag := runTag()
			stdout, stderr, code := runInteractive(t, dir, "async_interrupt.py", []step{
				{after: "Waiting for 4 pages to be put. Estimated time remaining: 0:00:04", interrupt: true},
				{after: "Really exit?", send: answer[:1] + "\n"},
			}, answer, tag)
			if code != 0 {
				t.Fatalf("exit status %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
			}
			checkRecorded(t, w, "async_interrupt_"+answer, stdout, stderr)
			for i, title := range titles {
				if answer == "no" {
					wantHistory(t, w, before, title, [3]string{fmt.Sprintf("async interrupt %d", i), w.BotUser,
						fmt.Sprintf("Text %d of an interrupted queue.%s", i, tag)})
				} else {
					wantHistory(t, w, before, title)
				}
			}
		})
	}
}
