package auth

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestCheckCredentialStore: every problem of the store is reported with
// its file and line, and no value of the file appears in the messages.
func TestCheckCredentialStore(t *testing.T) {
	secret := "S3CRET-value-never-shown"
	tests := []struct {
		name, content string
		mode          os.FileMode
		want          []string // "line: substring"
	}{
		{"ok", "[en.wikipedia.org]\nkind = oauth1\nuser = Bot\nconsumer_key = a\nconsumer_secret = " + secret + "\naccess_key = c\naccess_secret = d\n\n[w.example.org]\nkind = oauth2\naccess_token = " + secret + "\n", 0o600, nil},
		{"garbage", "\x00\x01garbage " + secret + "\n[x.org\nkey_outside = " + secret + "\n", 0o600,
			[]string{"1: not a key = value line", "2: not a [host] section header", "3: key key_outside outside a [host] section"}},
		{"mode", "[h]\nkind = oauth2\naccess_token = " + secret + "\n", 0o644, []string{"0: can be read or written by other users (mode 0644)"}},
		{"missing", "; comment\n[h.org]\nkind = oauth1\nconsumer_key = " + secret + "\naccess_key = x\n\n[other]\nuser = Bot\n[third]\nkind = oauth3\n", 0o600,
			[]string{"2: [h.org]: consumer_secret is missing", "2: [h.org]: access_secret is missing", "7: [other]: kind is missing", "9: [third]: kind is neither oauth1 nor oauth2"}},
	}
	for _, tc := range tests {
		dir := t.TempDir()
		p := filepath.Join(dir, CredentialsFileName)
		os.WriteFile(p, []byte(tc.content), tc.mode)
		os.Chmod(p, tc.mode)
		probs := CheckCredentialStore(dir)
		var got []string
		for _, pr := range probs {
			if pr.File != p {
				t.Errorf("%s: file %s", tc.name, pr.File)
			}
			if strings.Contains(pr.Msg+pr.Fix, secret) || strings.Contains(pr.Msg, "garbage") {
				t.Errorf("%s: a value leaked: %+v", tc.name, pr)
			}
			got = append(got, strconv.Itoa(pr.Line)+": "+pr.Msg)
		}
		for _, w := range tc.want {
			found := false
			for _, g := range got {
				found = found || strings.HasPrefix(g, strings.SplitN(w, ": ", 2)[0]+": ") && strings.Contains(g, strings.SplitN(w, ": ", 2)[1])
			}
			if !found {
				t.Errorf("%s: no problem %q in %q", tc.name, w, got)
			}
		}
		if tc.want == nil && len(got) > 0 {
			t.Errorf("%s: problems %q", tc.name, got)
		}
	}
	// A symbolic link is refused; a missing store is no problem.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "real.ini"), []byte("[h]\nkind = oauth2\naccess_token = x\n"), 0o600)
	os.Symlink(filepath.Join(dir, "real.ini"), filepath.Join(dir, CredentialsFileName))
	if probs := CheckCredentialStore(dir); len(probs) != 1 || !strings.Contains(probs[0].Msg, "symbolic link") || !probs[0].Fatal {
		t.Errorf("symlink: %+v", probs)
	}
	if probs := CheckCredentialStore(t.TempDir()); len(probs) != 0 {
		t.Errorf("missing store: %+v", probs)
	}
}
