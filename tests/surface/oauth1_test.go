package surface

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/gohttp"
	"github.com/gowikibot/gowikibot/tests/testbin"
)

// TestCommsHTTPOAuth1 runs oauth1/fetch_oauth1.py against a server that
// verifies OAuth 1.0a signatures (gohttp.CheckOAuth1) and compares its
// output with pywikibot 9.6.3's, oauth1/fetch_oauth1.out (record: run the
// script with this server's URL in BASE under PYWIKIBOT_NO_USER_CONFIG=2
// PYTHONPATH=/tmp/pwb963 /usr/bin/python3, with SERVER for the URL).
func TestCommsHTTPOAuth1(t *testing.T) {
	secrets := map[string]string{"consumer-key": "consumer secret", "access-token": "access~secret"}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.Header.Get("Authorization"), "Basic ") {
			user, pass, _ := r.BasicAuth()
			body, _ := io.ReadAll(r.Body)
			_, _ = fmt.Fprintf(w, "basic %s:%s, body %q\n", user, pass, body)
			return
		}
		_, _ = w.Write([]byte(gohttp.CheckOAuth1(r, secrets) + "\n"))
	}))
	defer srv.Close()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte("family = 'wikipedia'\nmylang = 'test'\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	src, _ := filepath.Abs(filepath.Join("oauth1", "fetch_oauth1.py"))
	cmd := exec.Command(testbin.Gowikibot(t), "python", src)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYWIKIBOT_DIR="+dir, "BASE="+srv.URL)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("fetch_oauth1.py: %v\n%s", err, out)
	}
	want, err := os.ReadFile(filepath.Join("oauth1", "fetch_oauth1.out"))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.ReplaceAll(string(out), srv.URL, "SERVER"); got != string(want) {
		t.Errorf("fetch_oauth1.py output differs from pywikibot 9.6.3's:\n--- gowikibot\n%s--- pywikibot 9.6.3\n%s", got, want)
	}
}
