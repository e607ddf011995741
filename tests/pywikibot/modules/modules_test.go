// Package modules tests the modules of gowikibot's pywikibot package that
// scripts import besides the core (pywikibot.tools.collections, date,
// time, comms.http, data.api, the Wikibase classes, proofreadpage and
// flow). The *.py programs print what they see; their output is compared
// with the output recorded from pywikibot 9.6.3 on CPython (record.sh):
// the programs beside this file without a wiki, those of wiki/ against
// a fresh test wiki each, as record.sh recorded them.
package modules

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/pywikibot/textlib/pyprog"
	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

func TestMain(m *testing.M) { os.Exit(wikitest.Main(m)) }

// TestOfflineAgainstPywikibot963 runs the programs that need no wiki.
func TestOfflineAgainstPywikibot963(t *testing.T) {
	n := pyprog.CompareAll(t, ".", "PYWIKIBOT_NO_USER_CONFIG=1")
	if n < 40 {
		t.Errorf("only %d recorded checks, want at least 40", n)
	}
}

// TestWikiAgainstPywikibot963 runs the wiki/ programs against the test
// wiki (no Wikibase, no ProofreadPage, no Flow). data_api writes pages,
// so each program runs once, in record.sh's order.
func TestWikiAgainstPywikibot963(t *testing.T) {
	w := wikitest.Get(t)
	progs, _ := filepath.Glob("wiki/*.py")
	sort.Strings(progs)
	if len(progs) < 3 {
		t.Fatalf("only %d programs in wiki/", len(progs))
	}
	for _, p := range progs {
		p := p
		t.Run(strings.TrimSuffix(filepath.Base(p), ".py"), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(p, ".py") + ".out")
			if err != nil {
				t.Fatalf("no recorded output: %v", err)
			}
			dir := t.TempDir()
			cfg := fmt.Sprintf("family_files['demowiki'] = '%s'\nfamily = 'demowiki'\nmylang = 'demowiki'\n"+
				"usernames['demowiki']['*'] = '%s'\npassword_file = 'user-password.cfg'\nput_throttle = 0\n",
				w.APIURL, w.BotUser)
			pw := fmt.Sprintf("('%s', BotPassword('ci', '%s'))\n", w.BotUser, w.BotPasswordSecret)
			for name, text := range map[string]string{"user-config.py": cfg, "user-password.cfg": pw} {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			prog := filepath.Join(dir, filepath.Base(p))
			if err := os.WriteFile(prog, src, 0o644); err != nil {
				t.Fatal(err)
			}
			got := string(pyprog.Run(t, prog, "PYWIKIBOT_DIR="+dir))
			if got != string(want) {
				t.Errorf("output differs from pywikibot 9.6.3\ngot:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestCommsHTTPFetch runs pywikibot.comms.http.fetch against a local
// server: status, reason, headers, encoding and JSON of the response,
// the warning for a non-200 status, user_agent_username, and the
// exception of a refused connection. The expected lines are those
// pywikibot 9.6.3 prints for the same program and server.
func TestCommsHTTPFetch(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/x.json":
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"a": "é", "ua": "`+strings.ReplaceAll(r.UserAgent(), `"`, "")+`"}`)
		case "/latin":
			w.Header().Set("Content-Type", "text/plain; charset=ISO-8859-1")
			w.Write([]byte("caf\xe9"))
		default:
			http.Error(w, "File not found", http.StatusNotFound)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	prog := filepath.Join(dir, "fetch.py")
	src := `import os
from pywikibot.comms import http
from pywikibot.comms.http import fetch, get_charset_from_content_type
base = os.environ['BASE']
r = fetch(base + '/x.json')
data = r.json()
print(r.status_code, r.ok, r.headers['content-type'], r.encoding, data['a'], r.url == base + '/x.json')
print('Pywikibot/' in data['ua'])
r = fetch(base + '/latin')
print(r.encoding, r.text, r.content)
r = fetch(base + '/nothere')
print(r.status_code, r.ok, r.reason)
print(get_charset_from_content_type('text/html; charset="Windows-1252"'))
print(http.user_agent_username('Üser name'), http.user_agent_username('a%b c'))
try:
    fetch('http://127.0.0.1:1/')
except Exception as e:
    print(type(e).__name__)
`
	if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	got := string(pyprog.Run(t, prog, "PYWIKIBOT_NO_USER_CONFIG=1", "BASE="+srv.URL))
	want := "200 True application/json utf-8 é True\nTrue\niso-8859-1 café b'caf\\xe9'\n" +
		"404 False Not Found\ncp1252\n%C3%9Cser_name a%25b_c\nConnectionError\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// stdinConfig is the user-config.py of the stdin/ programs (record.sh
// writes the same).
const stdinConfig = "family = 'wikipedia'\nmylang = 'en'\n"

// TestWithInputAgainstPywikibot963 runs the programs of stdin/ with
// their .stdin file as standard input (stdout and stderr merged, as
// recorded from pywikibot 9.6.3: PatchManager and cherry_pick asking
// about each hunk).
func TestWithInputAgainstPywikibot963(t *testing.T) {
	progs, _ := filepath.Glob("stdin/*.py")
	if len(progs) == 0 {
		t.Fatal("no programs in stdin/")
	}
	for _, p := range progs {
		base := strings.TrimSuffix(p, ".py")
		t.Run(filepath.Base(base), func(t *testing.T) {
			in, err := os.ReadFile(base + ".stdin")
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(base + ".out")
			if err != nil {
				t.Fatal(err)
			}
			abs, _ := filepath.Abs(p)
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte(stdinConfig), 0o600); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(testbin.Gowikibot(t), "python", abs)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "PYWIKIBOT_DIR="+dir)
			cmd.Stdin = bytes.NewReader(in)
			got, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%v\n%s", err, got)
			}
			if string(got) != string(want) {
				t.Errorf("output differs from pywikibot 9.6.3\ngot:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
