package pyshim

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/gowikibot/gowikibot/pyshim/pyrt"
)

// OnPackageLoad runs once per process, when the package loads its config.
func TestOnPackageLoad(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte("family = 'wikipedia'\nmylang = 'test'\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PYWIKIBOT_DIR", dir)
	calls := 0
	defer func(f func()) { OnPackageLoad = f }(OnPackageLoad)
	OnPackageLoad = func() { calls++ }
	packageLoadOnce = sync.Once{}
	for i := 0; i < 2; i++ {
		in, err := pyrt.New(pyrt.Options{Argv: []string{"t.py"}})
		if err != nil {
			t.Fatal(err)
		}
		if err := in.Exec("x = 1\n", "t.py", nil); err != nil {
			t.Fatal(err)
		}
		if i == 0 && calls != 0 {
			t.Fatal("hook called before the package was imported")
		}
		if err := in.Exec("import pywikibot\n", "t.py", nil); err != nil {
			t.Fatal(err)
		}
		in.Close()
	}
	if calls != 1 {
		t.Fatalf("hook called %d times, want 1", calls)
	}
}
