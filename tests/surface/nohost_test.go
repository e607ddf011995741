package surface

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// TestUnresolvableHost runs nohost/nohost.py against a family whose host
// (nosuch.invalid, a reserved name that never resolves) does not exist:
// the first request raises Python's built-in ConnectionError with requests'
// wording, at once and not after retries, as pywikibot 9.6.3 does
// (nohost/nohost.out is its output; record: cd to a directory holding
// nohost/families and a user-config.py as this test writes, then
// PYWIKIBOT_DIR=. /usr/bin/python3 /tmp/pwb963/pwb.py nohost.py).
func TestUnresolvableHost(t *testing.T) {
	dir := t.TempDir()
	cfg := "family = 'nohost'\nmylang = 'en'\nuser_families_paths = ['families']\n"
	if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "families"), 0o755); err != nil {
		t.Fatal(err)
	}
	fam, err := os.ReadFile(filepath.Join("nohost", "families", "nohost_family.py"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "families", "nohost_family.py"), fam, 0o644); err != nil {
		t.Fatal(err)
	}
	src, _ := filepath.Abs(filepath.Join("nohost", "nohost.py"))
	cmd := exec.Command(testbin.Gowikibot(t), "python", src)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYWIKIBOT_DIR="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("nohost.py: %v\n%s", err, out)
	}
	want, err := os.ReadFile(filepath.Join("nohost", "nohost.out"))
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != string(want) {
		t.Errorf("nohost.py output differs from pywikibot 9.6.3's:\n--- gowikibot\n%s--- pywikibot 9.6.3\n%s", out, want)
	}
}
