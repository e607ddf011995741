package userconfig

import (
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestCoreNeedsNoPython checks the one-way layering: the Go core (site,
// auth, userconfig, family) links no interpreter; the Python evaluation of
// config and family files lives in pyshim/pyconfig and is registered.
func TestCoreNeedsNoPython(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to list the core's imports: %v", err)
	}
	cmd := exec.Command(gobin, "list", "-deps", "./site", "./auth", "./userconfig", "./family")
	cmd.Dir = ".."
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	var bad []string
	for _, p := range strings.Fields(string(out)) {
		if strings.Contains(p, "github.com/go-python/gpython") || strings.Contains(p, "/pyshim/") || strings.HasSuffix(p, "/pyshim") {
			bad = append(bad, p)
		}
	}
	if len(bad) > 0 {
		t.Errorf("the Go core links the interpreter: %s", strings.Join(bad, " "))
	}
}

// TestNoEvaluator: without the Python evaluator a user-config.py gives a
// clear error naming the file, and gowikibot.ini still loads.
func TestNoEvaluator(t *testing.T) {
	saved := registeredEvaluator()
	RegisterEvaluator(nil)
	defer RegisterEvaluator(saved)
	e := newEnv(t)
	p := writeFile(t, e.cwd, "user-config.py", minimal)
	_, _, err := e.load(t)
	var ce *ConfigError
	if !errors.As(err, &ce) || ce.File != p || !errors.Is(err, ErrNoEvaluator) {
		t.Fatalf("err = %v", err)
	}
	if !strings.Contains(err.Error(), "needs gowikibot's Python evaluator") || !strings.Contains(err.Error(), "gowikibot.ini") {
		t.Errorf("message does not say what is missing: %s", err)
	}
	if err := os.Remove(p); err != nil {
		t.Fatal(err)
	}
	writeFile(t, e.cwd, INIFileName, "[config]\nfamily = \"wiktionary\"\nmylang = \"fr\"\n")
	cfg, _, err := e.load(t)
	if err != nil || cfg.Family != "wiktionary" || cfg.Mylang != "fr" {
		t.Errorf("gowikibot.ini without the evaluator: %+v %v", cfg, err)
	}
}
