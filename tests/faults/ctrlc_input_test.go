package faults

import (
	"bufio"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// askLoop waits in input() and keeps its state in finally, as interactive
// bots do; KeyboardInterrupt is not caught, so the run ends as CPython's:
// the traceback's last line and exit status 130.
const askLoop = `try:
    print('asking', flush=True)
    answer = input('Continue? ')
finally:
    with open('progress.txt', 'w') as f:
        f.write('saved')
    print('finally ran', flush=True)
`

// TestCtrlCDuringInput: Ctrl-C while input() waits for a line that never
// comes (standard input open, nothing typed) raises KeyboardInterrupt in
// the script at once, so its finally runs (before: the forced exit after
// 2 s, and no finally).
func TestCtrlCDuringInput(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "ask.py")
	if err := os.WriteFile(script, []byte(askLoop), 0o600); err != nil {
		t.Fatal(err)
	}
	stdin, keep, err := os.Pipe() // kept open and silent: input() blocks
	if err != nil {
		t.Fatal(err)
	}
	defer keep.Close()
	cmd := exec.Command(testbin.Gowikibot(t), "python", script)
	cmd.Dir = dir
	cmd.Stdin = stdin
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stdin.Close()
	lines := bufio.NewScanner(out)
	if !lines.Scan() || lines.Text() != "asking" {
		t.Fatalf("the script did not start: %q %s", lines.Text(), stderr.String())
	}
	time.Sleep(200 * time.Millisecond) // inside input()
	sent := time.Now()
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	rest, _ := io.ReadAll(out)
	err = cmd.Wait()
	took := time.Since(sent)
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 130 {
		t.Errorf("exit: %v, want status 130", err)
	}
	if !strings.Contains(string(rest), "finally ran") {
		t.Errorf("the finally block did not run; stdout after the prompt: %q", rest)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "progress.txt")); string(data) != "saved" {
		t.Errorf("progress.txt = %q, want the finally block's 'saved'", data)
	}
	if !strings.HasSuffix(strings.TrimSpace(stderr.String()), "KeyboardInterrupt") {
		t.Errorf("stderr does not end with the KeyboardInterrupt traceback: %q", stderr.String())
	}
	t.Logf("SIGINT during input(): finally ran, exit 130 %s after the signal", took.Round(time.Millisecond))
}
