// Package conformance runs the differential conformance corpus: every
// cases/*.py program is run by "gowikibot python" and its stdout and exit
// status are compared with the CPython output recorded beside it in
// cases/*.out (recorded by record.sh; the test itself needs no CPython).
package conformance

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

func TestConformance(t *testing.T) {
	bin := testbin.Gowikibot(t)
	cases, _ := filepath.Glob("cases/*.py")
	sort.Strings(cases)
	if len(cases) == 0 {
		t.Fatal("no conformance cases found in cases/")
	}
	known := knownDifferences(t)
	pass := 0
	for _, c := range cases {
		name := strings.TrimSuffix(filepath.Base(c), ".py")
		want, err := os.ReadFile(strings.TrimSuffix(c, ".py") + ".out")
		if err != nil {
			t.Errorf("%s: no recorded output (run tests/conformance/record.sh): %v", name, err)
			continue
		}
		t.Run(name, func(t *testing.T) {
			if reason, ok := known[name]; ok {
				t.Skipf("known difference: %s", reason)
			}
			got := runCase(t, bin, c)
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from CPython\n--- want\n%s\n--- got\n%s", want, got)
				return
			}
			pass++
		})
	}
	t.Logf("conformance: %d of %d cases identical to CPython", pass, len(cases))
}

// runCase runs one case and returns its stdout followed, for a non-zero
// exit, by a line "[exit N]" and the last line of stderr (the exception).
func runCase(t *testing.T, bin, file string) []byte {
	abs, _ := filepath.Abs(file)
	cmd := exec.Command(bin, "python", filepath.Base(abs))
	cmd.Dir = filepath.Dir(abs)
	cmd.Stdin = strings.NewReader("line one\nline two\n")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			stdout.WriteString("[exit " + itoa(ee.ExitCode()) + "]\n")
			lines := strings.Split(strings.TrimRight(stderr.String(), "\n"), "\n")
			stdout.WriteString(lines[len(lines)-1] + "\n")
		} else {
			t.Fatalf("running %s: %v", file, err)
		}
	}
	return stdout.Bytes()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		b = append([]byte{'-'}, b...)
	}
	return string(b)
}

// knownDifferences reads known-differences.txt: lines "case-name: reason".
func knownDifferences(t *testing.T) map[string]string {
	m := map[string]string{}
	data, err := os.ReadFile("known-differences.txt")
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
