package configcorpus

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGenerateFamilyFileFromHostileWiki: a wiki whose siteinfo carries
// Python code in its script path gets no family file (the payload);
// a quote in the wiki's name or server never reaches the file unescaped.
func TestGenerateFamilyFileFromHostileWiki(t *testing.T) {
	payload := `'+__import__('os').system('touch /tmp/x')*0*''+'`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]any{"query": map[string]any{"general": map[string]any{
			"server": "http://" + r.Host, "scriptpath": payload, "lang": "en", "generator": "MediaWiki 1.39.17",
		}}})
	}))
	defer srv.Close()
	dir := t.TempDir()
	out, errOut, code := gwb(t, dir, "", nil, "-dir:"+dir, "generate_family_file", srv.URL+"/api.php", "evil")
	if code != 1 || !strings.Contains(errOut, "script path") || !strings.Contains(errOut, "no family file written") {
		t.Errorf("exit %d\n%s%s", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "families", "evil_family.py")); err == nil {
		t.Errorf("a family file was written")
	}
}

// TestFamilyMethodErrorIsReported: a family method that raises (protocol()
// raising ValueError) is reported by whoami with the family file, its line
// and the exception, not as a bad API URL.
func TestFamilyMethodErrorIsReported(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "families"), 0o755)
	famFile := filepath.Join(dir, "families", "raising_family.py")
	os.WriteFile(famFile, []byte(`from pywikibot import family


class Family(family.Family):
    name = 'raising'
    langs = {'en': 'wiki.example.org'}

    def protocol(self, code):
        raise ValueError('no protocol configured for ' + code)
`), 0o644)
	os.WriteFile(filepath.Join(dir, "user-config.py"), []byte("family = 'raising'\nmylang = 'en'\nusernames['raising']['en'] = 'Bot'\n"), 0o644)
	out, errOut, code := gwb(t, dir, "", nil, "-dir:"+dir, "whoami")
	for _, want := range []string{"error in family file " + famFile + ", line 9:", "in protocol", "ValueError: no protocol configured for en"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("whoami output lacks %q (exit %d):\n%s%s", want, code, out, errOut)
		}
	}
	if code == 0 || strings.Contains(errOut, "bad API URL") {
		t.Errorf("exit %d\n%s", code, errOut)
	}
}

// TestConfigCheckOpensCredentialStore: config check reports a broken OAuth
// credential store with its file and line, without its content.
func TestConfigCheckOpensCredentialStore(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "user-config.py"), []byte("family = 'wikipedia'\nmylang = 'test'\nusernames['wikipedia']['test'] = 'Bot'\n"), 0o644)
	store := filepath.Join(dir, "gowikibot-credentials.ini")
	os.WriteFile(store, []byte("[test.wikipedia.org]\nkind = oauth1\nconsumer_key = TOPSECRET1\nGARBAGE-TOPSECRET2\n"), 0o644)
	os.Chmod(store, 0o644)
	out, errOut, code := gwb(t, dir, "", nil, "-dir:"+dir, "config", "check")
	for _, want := range []string{
		store + ": error: the credential store can be read or written by other users (mode 0644)",
		store + ":4: error: not a key = value line",
		store + ":1: error: [test.wikipedia.org]: consumer_secret is missing",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("config check lacks %q:\n%s%s", want, out, errOut)
		}
	}
	if code != 1 || strings.Contains(out+errOut, "TOPSECRET") {
		t.Errorf("exit %d or a secret shown:\n%s%s", code, out, errOut)
	}
}
