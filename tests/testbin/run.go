package testbin

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Cmd is one run of the gowikibot binary.
type Cmd struct {
	Dir   string   // working directory
	Args  []string // arguments after the program name
	Stdin string   // standard input (empty: none)
	// Env is added to the environment: to os.Environ(), or to BaseEnv
	// when that is not nil.
	Env     []string
	BaseEnv []string
	// Merge sends stderr to Stdout too, as a terminal shows them.
	Merge bool
}

// Result is what a run printed and its exit status.
type Result struct {
	Stdout, Stderr string
	Code           int
}

// Run runs the gowikibot binary (built once per test process) as c says.
// A binary that cannot be started fails the test; a non-zero exit does
// not (it is in Result.Code).
func Run(t testing.TB, c Cmd) Result {
	t.Helper()
	cmd := exec.Command(Gowikibot(t), c.Args...)
	cmd.Dir = c.Dir
	base := c.BaseEnv
	if base == nil {
		base = os.Environ()
	}
	cmd.Env = append(append([]string{}, base...), c.Env...)
	cmd.Stdin = strings.NewReader(c.Stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if c.Merge {
		cmd.Stderr = &stdout
	}
	err := cmd.Run()
	r := Result{Stdout: stdout.String(), Stderr: stderr.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		r.Code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running gowikibot %s: %v", strings.Join(c.Args, " "), err)
	}
	return r
}

// PythonCase runs file with "gowikibot python" in the file's directory and
// returns what record.sh records for CPython: stdout, followed for a
// non-zero exit by "[exit N]" and the last line of stderr.
func PythonCase(t testing.TB, file, stdin string, env ...string) []byte {
	t.Helper()
	abs, err := filepath.Abs(file)
	if err != nil {
		t.Fatal(err)
	}
	r := Run(t, Cmd{Dir: filepath.Dir(abs), Args: []string{"python", filepath.Base(abs)}, Stdin: stdin, Env: env})
	out := r.Stdout
	if r.Code != 0 {
		lines := strings.Split(strings.TrimRight(r.Stderr, "\n"), "\n")
		out += "[exit " + strconv.Itoa(r.Code) + "]\n" + lines[len(lines)-1] + "\n"
	}
	return []byte(out)
}
