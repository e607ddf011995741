// Package realworld runs longer stdlib-only Python programs (written for
// this project in the style of public code) through "gowikibot python" and
// compares their output with CPython's, recorded beside each program in
// NAME.out by record.sh. Programs listed in known-failures.txt (with the
// reason) are skipped until the layer they need lands.
package realworld

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

func knownFailures(t *testing.T) map[string]string {
	m := map[string]string{}
	data, err := os.ReadFile("known-failures.txt")
	if err != nil {
		return m
	}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, ":")
		m[strings.TrimSpace(name)] = strings.TrimSpace(reason)
	}
	return m
}

func run(t *testing.T, bin, file string) []byte {
	abs, _ := filepath.Abs(file)
	cmd := exec.Command(bin, "python", filepath.Base(abs))
	cmd.Dir = filepath.Dir(abs)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("running %s: %v", file, err)
		}
		stdout.WriteString("[exit " + strconv.Itoa(ee.ExitCode()) + "]\n")
		lines := strings.Split(strings.TrimRight(stderr.String(), "\n"), "\n")
		stdout.WriteString(lines[len(lines)-1] + "\n")
	}
	return stdout.Bytes()
}

func TestRealWorld(t *testing.T) {
	bin := testbin.Gowikibot(t)
	files, _ := filepath.Glob("*.py")
	sort.Strings(files)
	if len(files) < 10 {
		t.Fatalf("expected at least 10 programs, found %d", len(files))
	}
	known := knownFailures(t)
	pass := 0
	for _, f := range files {
		name := strings.TrimSuffix(f, ".py")
		want, err := os.ReadFile(name + ".out")
		if err != nil {
			t.Errorf("%s: no recorded output (run record.sh): %v", name, err)
			continue
		}
		t.Run(name, func(t *testing.T) {
			if reason, ok := known[name]; ok {
				t.Skipf("known failure: %s", reason)
			}
			got := run(t, bin, f)
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from CPython\n--- want\n%s\n--- got\n%s", want, got)
				return
			}
			pass++
		})
	}
	t.Logf("real world: %d of %d programs identical to CPython", pass, len(files))
}
