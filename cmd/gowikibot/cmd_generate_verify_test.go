package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGenerateFamilyFileVerifyAnswer: generate_family_file's last answer
// is pywikibot 9.6.3's to "Retry with disabled ssl certificate
// validation": the wiki is read with verification first, and only a
// certificate failure is retried without it when the answer is y (the
// family file then has verify_SSL_certificate returning False). A wiki
// read without a certificate failure gets no such method, whatever the
// answer, as pywikibot writes it (TestPywikibotGenerateFamilyFile, 'n y'
// on an http wiki); before, y always wrote the method.
func TestGenerateFamilyFileVerifyAnswer(t *testing.T) {
	api := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		scheme := "http"
		if r.TLS != nil {
			scheme = "https"
		}
		json.NewEncoder(w).Encode(map[string]any{"query": map[string]any{"general": map[string]any{
			"server": scheme + "://" + r.Host, "scriptpath": "", "lang": "en", "generator": "MediaWiki 1.39.17",
			"sitename": "Verify", "articlepath": "/index.php/$1",
		}}})
	})
	plain := httptest.NewServer(api)
	defer plain.Close()
	selfSigned := httptest.NewTLSServer(api)
	defer selfSigned.Close()
	for _, tc := range []struct {
		name, url, answer string
		code              int
		method            bool // verify_SSL_certificate written
	}{
		{"http, y", plain.URL + "/api.php", "y", 0, false},
		{"self-signed, y", selfSigned.URL + "/api.php", "y", 0, true},
		{"self-signed, n", selfSigned.URL + "/api.php", "n", 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "user-config.py"), "family = 'wikipedia'\nmylang = 'test'\n")
			stdout, stderr, code := runIn(t, "", "-dir:"+dir, "generate_family_file", tc.url, "verifywiki", "n", tc.answer)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\n%s%s", code, tc.code, stdout, stderr)
			}
			fam, err := os.ReadFile(filepath.Join(dir, "families", "verifywiki_family.py"))
			if tc.code != 0 {
				if err == nil {
					t.Errorf("a family file was written:\n%s", fam)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(string(fam), "def verify_SSL_certificate"); got != tc.method {
				t.Errorf("verify_SSL_certificate written: %v, want %v\n%s", got, tc.method, fam)
			}
		})
	}
}
