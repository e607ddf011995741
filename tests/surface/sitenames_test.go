package surface

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// TestSiteNames checks the forms of pywikibot.Site(code) that name a site
// without its family: a family whose only site has the family's name
// (Site('meta') in the wikipedia family is the meta family's site, as 7.7.3's
// maintenance/sorting_order uses it), 'family:code', and a code of the
// configured family; a code the family lacks raises pywikibot's
// UnknownSiteError with its message. Site('test') is the wikipedia test
// site, as in pywikibot 9.6.3, which has no 'test' family (gowikibot keeps
// one for older configurations). pywikibot 9.6.3 logs in when it makes a
// site, so it cannot print this offline; the expected lines are its
// documented results (Site's docstring: "Short creation if site code is
// equal to family name like Site('commons'), Site('meta') or
// Site('wikidata')", and _basesite's message).
func TestSiteNames(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte("family = 'wikipedia'\nmylang = 'test'\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	script := `import pywikibot
for args in [('meta',), ('commons',), ('wikidata',), ('species',), ('wikipedia:de',), ('de',), (), ('test',)]:
    s = pywikibot.Site(*args)
    print(args, repr(s), s.code, s.family.name, s is pywikibot.Site(*args))
try:
    pywikibot.Site('meta', 'wikipedia')
except pywikibot.exceptions.UnknownSiteError as e:
    print(type(e).__name__, e)
`
	src := filepath.Join(dir, "sitenames.py")
	if err := os.WriteFile(src, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(testbin.Gowikibot(t), "python", src)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYWIKIBOT_DIR="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("sitenames.py: %v\n%s", err, out)
	}
	want := `('meta',) APISite('meta', 'meta') meta meta True
('commons',) APISite('commons', 'commons') commons commons True
('wikidata',) DataSite('wikidata', 'wikidata') wikidata wikidata True
('species',) APISite('species', 'species') species species True
('wikipedia:de',) APISite('de', 'wikipedia') de wikipedia True
('de',) APISite('de', 'wikipedia') de wikipedia True
() APISite('test', 'wikipedia') test wikipedia True
('test',) APISite('test', 'wikipedia') test wikipedia True
UnknownSiteError Language 'meta' does not exist in family wikipedia
`
	if string(out) != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}
