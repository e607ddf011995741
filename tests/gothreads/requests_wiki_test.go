package gothreads

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// A bot written against the raw API with requests, as many are: log in
// with the bot password (session cookies), fetch a CSRF token, edit a
// page, read it back. The wiki's own revision history must show the edit
// by the bot with the summary.
const editScript = `
import os, sys, requests
API = os.environ['WIKI_API']
s = requests.Session()
s.headers['User-Agent'] = 'gowikibot-test/1.0'
tok = s.get(API, params={'action': 'query', 'meta': 'tokens', 'type': 'login', 'format': 'json'}).json()
tok = tok['query']['tokens']['logintoken']
r = s.post(API, data={'action': 'login', 'lgname': os.environ['BOT_NAME'], 'lgpassword': os.environ['BOT_PASS'],
                      'lgtoken': tok, 'format': 'json'})
r.raise_for_status()
print('login', r.json()['login']['result'])
csrf = s.get(API, params={'action': 'query', 'meta': 'tokens', 'format': 'json'}).json()['query']['tokens']['csrftoken']
r = s.post(API, data={'action': 'edit', 'title': 'Requests sandbox', 'text': 'Written by requests. Käse.',
                      'summary': 'requests edit test', 'token': csrf, 'bot': '1', 'assert': 'user',
                      'format': 'json'})
print('edit', r.json()['edit']['result'])
r = s.get(API, params={'action': 'query', 'prop': 'revisions', 'titles': 'Requests sandbox',
                       'rvprop': 'content|user|comment', 'rvslots': 'main', 'format': 'json', 'formatversion': '2'})
rev = r.json()['query']['pages'][0]['revisions'][0]
print('read', rev['slots']['main']['content'], rev['user'], rev['comment'])
print('cookies', len(s.cookies) > 0)
r = s.post(API, data={'action': 'edit', 'title': 'X', 'text': 'x', 'token': 'bad', 'format': 'json'})
print('badtoken', r.json()['error']['code'])
`

func TestRequestsEditsWiki(t *testing.T) {
	w := wikitest.Get(t)
	bin := testbin.Gowikibot(t)
	file := filepath.Join(t.TempDir(), "edit.py")
	if err := os.WriteFile(file, []byte(editScript), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "python", file)
	cmd.Env = append(os.Environ(), "WIKI_API="+w.APIURL, "BOT_NAME="+w.BotLoginName, "BOT_PASS="+w.BotPasswordSecret, "NO_PROXY=127.0.0.1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("script failed: %v\n%s%s", err, stdout.String(), stderr.String())
	}
	want := "login Success\nedit Success\nread Written by requests. Käse. " + w.BotUser + " requests edit test\ncookies True\nbadtoken badtoken\n"
	if got := stdout.String(); got != want {
		t.Fatalf("script output:\n%s\nwant:\n%s\nstderr:\n%s", got, want, stderr.String())
	}
	// The wiki itself, asked without the script: the revision is the bot's.
	q := url.Values{"action": {"query"}, "prop": {"revisions"}, "titles": {"Requests sandbox"},
		"rvprop": {"user|comment|flags"}, "rvlimit": {"5"}, "format": {"json"}, "formatversion": {"2"}}
	resp, err := http.Get(w.APIURL + "?" + q.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body struct {
		Query struct {
			Pages []struct {
				Revisions []struct {
					User    string `json:"user"`
					Comment string `json:"comment"`
				} `json:"revisions"`
			} `json:"pages"`
		} `json:"query"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	revs := body.Query.Pages[0].Revisions
	if len(revs) != 1 || revs[0].User != w.BotUser || !strings.Contains(revs[0].Comment, "requests edit test") {
		t.Fatalf("revision history = %+v, want one revision by %s with the summary", revs, w.BotUser)
	}
}
