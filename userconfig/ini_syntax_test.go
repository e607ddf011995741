package userconfig

import (
	"strings"
	"testing"
)

// TestINISyntaxErrorHidesTheLine: a malformed gowikibot.ini (which may hold
// authenticate tokens) is reported by file and line, never with the line.
func TestINISyntaxErrorHidesTheLine(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"[config]\nfamily = \"test\"\nauthenticate  TOPSECRET\n", ":3: not a 'key = value' line"},
		{"[config\nTOPSECRET = 1\n", ":1: the section header has no closing ']'"},
	} {
		e := newEnv(t)
		p := writeFile(t, e.cwd, INIFileName, tc.body)
		_, _, err := e.load(t)
		if err == nil {
			t.Fatalf("%q: no error", tc.body)
		}
		msg := err.Error()
		if strings.Contains(msg, "TOPSECRET") {
			t.Errorf("the error shows the secret: %s", msg)
		}
		if !strings.Contains(msg, p+tc.want) || !strings.Contains(msg, "Fix:") {
			t.Errorf("error = %s; want %q and a fix", msg, p+tc.want)
		}
	}
}
