package python

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// interruptScript catches the first Ctrl-C (running finally and an
// except clause), then lets the second one escape through a with block.
const interruptScript = `import sys
def work(n):
    return n + 1
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__, flush=True)
try:
    print("ready", flush=True)
    i = 0
    while True:
        i = work(i)
except KeyboardInterrupt as e:
    print("caught", type(e).__name__, repr(str(e)), flush=True)
finally:
    print("finally ran", flush=True)
def gen():
    while True:
        yield 1
with CM():
    print("ready", flush=True)
    for x in gen():
        pass
print("not reached")
`

// TestInterruptInProcess: Interrupt raises KeyboardInterrupt inside the
// running code at its next call, so handlers and finally blocks run.
func TestInterruptInProcess(t *testing.T) {
	var out bytes.Buffer
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	in, err := New(Options{Stdout: pw, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	done := make(chan error, 1)
	go func() {
		_, err := in.RunSource(interruptScript, "<interrupt>", "__main__")
		pw.Close()
		done <- err
	}()
	sc := bufio.NewScanner(pr)
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
		if sc.Text() == "ready" {
			time.Sleep(50 * time.Millisecond)
			Interrupt(in)
		}
	}
	err = <-done
	want := "ready\ncaught KeyboardInterrupt ''\nfinally ran\nready\nexit KeyboardInterrupt"
	if got := strings.Join(lines, "\n"); got != want {
		t.Fatalf("output:\n%s\nwant:\n%s", got, want)
	}
	if !IsKeyboardInterrupt(err) {
		t.Fatalf("error %v, want an uncaught KeyboardInterrupt", err)
	}
	if !strings.HasSuffix(err.Error(), "\nKeyboardInterrupt") {
		t.Fatalf("traceback does not end with KeyboardInterrupt:\n%s", err)
	}
}

// buildBinary builds gowikibot into a temporary directory.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "gowikibot")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/gowikibot/gowikibot/cmd/gowikibot")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building gowikibot: %v\n%s", err, out)
	}
	return bin
}

// childScript runs until interrupted; the KeyboardInterrupt passes through
// a with block and a finally clause and ends the program.
const childScript = `def work(n):
    return n + 1
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__, flush=True)
try:
    with CM():
        print("ready", flush=True)
        i = 0
        while True:
            i = work(i)
finally:
    print("finally ran", flush=True)
`

// TestSIGINTChild sends a real SIGINT to a "gowikibot python" child: the
// with block's __exit__ and the finally clause run, and the process ends
// with CPython's status 130 and a traceback ending in KeyboardInterrupt.
func TestSIGINTChild(t *testing.T) {
	bin := buildBinary(t)
	script := filepath.Join(t.TempDir(), "intr.py")
	if err := os.WriteFile(script, []byte(childScript), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "python", script)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killer := time.AfterFunc(20*time.Second, func() { _ = cmd.Process.Kill() })
	defer killer.Stop()
	sc := bufio.NewScanner(stdout)
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
		if sc.Text() == "ready" {
			time.Sleep(100 * time.Millisecond)
			_ = cmd.Process.Signal(syscall.SIGINT)
		}
	}
	err = cmd.Wait()
	want := "ready\nexit KeyboardInterrupt\nfinally ran"
	if got := strings.Join(lines, "\n"); got != want {
		t.Fatalf("output:\n%s\nwant:\n%s\nstderr:\n%s", got, want, stderr.String())
	}
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 130 {
		t.Fatalf("exit: %v, want status 130", err)
	}
	if s := strings.TrimRight(stderr.String(), "\n"); !strings.HasPrefix(s, "Traceback (most recent call last):") || !strings.HasSuffix(s, "\nKeyboardInterrupt") {
		t.Fatalf("stderr:\n%s", s)
	}
}

// TestSIGINTStuckLoop: a loop that calls nothing cannot see the interrupt;
// the process still ends with status 130 within the fallback delay.
func TestSIGINTStuckLoop(t *testing.T) {
	bin := buildBinary(t)
	script := filepath.Join(t.TempDir(), "stuck.py")
	if err := os.WriteFile(script, []byte("print('ready', flush=True)\nwhile True:\n    pass\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "python", script)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killer := time.AfterFunc(20*time.Second, func() { _ = cmd.Process.Kill() })
	defer killer.Stop()
	sc := bufio.NewScanner(stdout)
	if !sc.Scan() || sc.Text() != "ready" {
		t.Fatalf("no ready line")
	}
	start := time.Now()
	_ = cmd.Process.Signal(syscall.SIGINT)
	err = cmd.Wait()
	if el := time.Since(start); el > 5*time.Second {
		t.Fatalf("took %v", el)
	}
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 130 || strings.TrimSpace(stderr.String()) != "KeyboardInterrupt" {
		t.Fatalf("exit %v, stderr %q", err, stderr.String())
	}
}

// TestInterruptSleep: Interrupt ends a long time.sleep with
// KeyboardInterrupt well before it would have returned.
func TestInterruptSleep(t *testing.T) {
	var out bytes.Buffer
	in, err := New(Options{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	time.AfterFunc(200*time.Millisecond, func() { Interrupt(in) })
	start := time.Now()
	_, err = in.RunSource("import time\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('woke')\n", "<sleep>", "__main__")
	if err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el > 3*time.Second {
		t.Fatalf("sleep lasted %v", el)
	}
	if out.String() != "woke\n" {
		t.Fatalf("output %q", out.String())
	}
}
