package surface

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// TestDataRepository: Site.data_repository() asks the wiki for its
// repository (meta=wikibase) as pywikibot does and returns the repository's
// site, a DataSite, for a Wikibase client, and None for a wiki without
// Wikibase. The fake API answers as MediaWiki does: a client names its
// repository's URL; a wiki without the extension warns about the unknown
// meta value.
func TestDataRepository(t *testing.T) {
	var mu sync.Mutex
	var seen []string
	mux := http.NewServeMux()
	answer := func(client bool) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			_ = r.ParseForm()
			mu.Lock()
			seen = append(seen, r.Host+r.URL.Path+" "+r.Form.Encode())
			mu.Unlock()
			w.Header().Set("Content-Type", "application/json")
			var out any = map[string]any{"batchcomplete": true}
			if r.Form.Get("meta") == "wikibase" {
				if client {
					out = map[string]any{"batchcomplete": true, "query": map[string]any{"wikibase": map[string]any{
						"repo": map[string]any{"url": map[string]any{"base": "http://localhost:" + port(r.Host),
							"scriptpath": "/repo", "articlepath": "/wiki/$1"}},
						"siteid": "clientwiki"}}}
				} else {
					out = map[string]any{"batchcomplete": true, "warnings": map[string]any{"query": map[string]any{
						"warnings": "Unrecognized value for parameter \"meta\": wikibase"}}}
				}
			}
			_ = json.NewEncoder(w).Encode(out)
		}
	}
	mux.HandleFunc("/client/api.php", answer(true))
	mux.HandleFunc("/plain/api.php", answer(false))
	mux.HandleFunc("/repo/api.php", answer(false))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	p := port(strings.TrimPrefix(srv.URL, "http://"))

	dir := t.TempDir()
	fams := filepath.Join(dir, "families")
	if err := os.MkdirAll(fams, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct{ name, host, path string }{
		{"client", "127.0.0.1", "/client"}, {"plain", "127.0.0.1", "/plain"}, {"repo", "localhost", "/repo"},
	} {
		src := fmt.Sprintf("from pywikibot import family\n\n\nclass Family(family.Family):\n    name = %q\n"+
			"    langs = {%q: '%s:%s'}\n\n    def scriptpath(self, code):\n        return %q\n\n"+
			"    def protocol(self, code):\n        return 'http'\n", f.name, f.name, f.host, p, f.path)
		if err := os.WriteFile(filepath.Join(fams, f.name+"_family.py"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := "family = 'client'\nmylang = 'client'\nuser_families_paths = ['families']\nmax_retries = 1\nretry_wait = 1\n"
	if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	script := `import pywikibot
from pywikibot.site import DataSite
site = pywikibot.Site()
repo = site.data_repository()
print(repr(repo), type(repo).__name__, isinstance(repo, DataSite), repo.code, repo.family.name)
print(site.has_data_repository, repo is site.data_repository(), repo.data_repository() is repo)
print(repo is pywikibot.Site('repo', 'repo'))
plain = pywikibot.Site('plain', 'plain')
print(plain.data_repository(), plain.has_data_repository)
`
	src := filepath.Join(dir, "repo.py")
	if err := os.WriteFile(src, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, testbin.Gowikibot(t), "python", src)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYWIKIBOT_DIR="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("repo.py: %v\n%s\nrequests: %s", err, out, strings.Join(seen, "\n"))
	}
	want := `DataSite('repo', 'repo') DataSite True repo repo
True True True
True
None False
`
	if string(out) != want {
		t.Errorf("got\n%s\nwant\n%s\nrequests:\n%s", out, want, strings.Join(seen, "\n"))
	}
	wikibaseAsked := 0
	for _, s := range seen {
		if strings.Contains(s, "meta=wikibase") {
			wikibaseAsked++
		}
	}
	if wikibaseAsked != 2 {
		t.Errorf("meta=wikibase asked %d times, want once per site (client, plain):\n%s", wikibaseAsked, strings.Join(seen, "\n"))
	}
}

// port is the port of a host:port.
func port(hostport string) string {
	_, p, _ := net.SplitHostPort(hostport)
	return p
}
