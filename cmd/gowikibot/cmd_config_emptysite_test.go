package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestConfigCheckEmptySite: family and mylang empty strings (the shape of
// an eighth-round public user-config, its usernames entry empty too): pywikibot
// 9.6.3's Site() raises ValueError: Missing Site code (checked from
// PYWIKIBOT_DIR=DIR python3), and config check says so, once; before it
// reported "Family  does not exist" twice and advised "families/_family.py".
func TestConfigCheckEmptySite(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "user-config.py"), "family = ''\nmylang = ''\nusernames[''][''] = ''")
	stdout, stderr, code := runIn(t, "", "-dir:"+dir, "config", "check")
	want := "error: family = '', mylang = '': pywikibot.Site() raises ValueError: Missing Site code"
	if code != 1 || !strings.Contains(stdout, want) || strings.Contains(stdout, "does not exist") || !strings.Contains(stdout, "1 error(s)") {
		t.Errorf("exit %d, want 1 and %q alone:\n%s%s", code, want, stdout, stderr)
	}
}
