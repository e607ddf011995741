package bridge

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/gowikibot/gowikibot/pyshim/python"
)

// OnPackageLoad runs once per process, when the package loads its config;
// OnSiteOpen once, when a script first opens a site.
func TestOnPackageLoad(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte("family = 'wikipedia'\nmylang = 'test'\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PYWIKIBOT_DIR", dir)
	calls, opens := 0, 0
	defer func(f func()) { OnPackageLoad = f }(OnPackageLoad)
	defer func(f func()) { OnSiteOpen = f }(OnSiteOpen)
	OnPackageLoad = func() { calls++ }
	OnSiteOpen = func() { opens++ }
	packageLoadOnce, siteOpenOnce = sync.Once{}, sync.Once{}
	for i := 0; i < 2; i++ {
		in, err := python.New(python.Options{Argv: []string{"t.py"}})
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
		if i == 0 && opens != 0 {
			t.Fatal("OnSiteOpen called before a site was opened")
		}
		if err := in.Exec("import pywikibot\ns = pywikibot.Site('test', 'wikipedia')\n", "t.py", nil); err != nil {
			t.Fatal(err)
		}
		in.Close()
	}
	if calls != 1 || opens != 1 {
		t.Fatalf("OnPackageLoad called %d times, OnSiteOpen %d times; want 1 and 1", calls, opens)
	}
}
