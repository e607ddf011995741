package auth

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCredentialStoreErrorsNeverShowSecrets: a malformed or incomplete
// store is reported by file and line, and no byte of its content reaches
// the message.
func TestCredentialStoreErrorsNeverShowSecrets(t *testing.T) {
	cases := []struct{ text, want string }{
		{"[h]\nkind=oauth1\nconsumer_secret TOPSECRET\n", ":3: not a 'key = value' line (the line is not shown: the file may hold secrets). Fix: put '=' between the key and its value"},
		{"; tokens\n\n[h TOPSECRET\nkind = oauth1\n", ":3: the section header has no closing ']'"},
		{"[h]\r\nkind = oauth1\r\nTOPSECRET\r\n", ":3: not a 'key = value' line"},
		{"[h]\nkind = TOPSECRET\n", ":2: [h]: kind is neither oauth1 nor oauth2. Fix: kind = oauth1 (or oauth2)"},
		{"[a]\nkind = oauth2\naccess_token = x\n[h]\nuser = TOPSECRET\n", ":4: [h]: kind is missing"},
		{"[h]\nkind = oauth1\nconsumer_key = TOPSECRET\n", ":1: [h]: consumer_secret is missing"},
	}
	for _, c := range cases {
		dir := t.TempDir()
		p := filepath.Join(dir, CredentialsFileName)
		if err := os.WriteFile(p, []byte(c.text), 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := OpenCredentialStore(dir)
		if err == nil {
			_, err = s.Entries()
		}
		if err == nil {
			t.Fatalf("%q: no error", c.text)
		}
		msg := err.Error()
		if strings.Contains(msg, "TOPSECRET") || !strings.HasPrefix(msg, p+":") || !strings.Contains(msg, c.want) {
			t.Errorf("%q:\n got %s\nwant %s%s...", c.text, msg, p, c.want)
		}
	}
}
