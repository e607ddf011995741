package bridge

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/pyshim/python"
	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
)

// The embedded package is registered lazily: a module's source is read
// when it is first imported, and tracebacks still show its lines.
func TestEmbeddedModulesAreLazy(t *testing.T) {
	const mod = "pywikibot.tools.itertools"
	if !slices.Contains(lazymod.Names(), mod) {
		t.Fatalf("%s is not registered lazily (Names: %d entries)", mod, len(lazymod.Names()))
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte("family = 'wikipedia'\nmylang = 'test'\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PYWIKIBOT_DIR", dir)
	in, err := python.New(python.Options{Argv: []string{"t.py"}})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	if slices.Contains(lazymod.Names(), "pywikibot.tools") == false {
		t.Fatal("pywikibot.tools was made by start-up alone")
	}
	err = in.Exec("import pywikibot.tools.itertools as m\nlist(m.itergroup(5, 2))\n", "t.py", nil)
	var pe *python.PyError
	if !errors.As(err, &pe) {
		t.Fatalf("err = %v, want a Python error from inside the module", err)
	}
	if slices.Contains(lazymod.Names(), mod) {
		t.Fatalf("%s still lazy after its import:\n%s", mod, pe.Traceback)
	}
	if !strings.Contains(pe.Traceback, `File "<gowikibot>/pywikibot/tools/itertools.py", line `) {
		t.Fatalf("traceback does not name the embedded file:\n%s", pe.Traceback)
	}
	// every frame line of the embedded file is followed by its source line
	lines := strings.Split(pe.Traceback, "\n")
	for i, l := range lines {
		if strings.Contains(l, "<gowikibot>/pywikibot/tools/itertools.py") && (i+1 >= len(lines) || !strings.HasPrefix(lines[i+1], "    ") || strings.TrimSpace(lines[i+1]) == "") {
			t.Fatalf("no source line after %q:\n%s", l, pe.Traceback)
		}
	}
}
