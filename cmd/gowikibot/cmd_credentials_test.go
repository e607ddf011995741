package main

import (
	"path/filepath"
	"testing"
)

// The credential store's listing, usage, delete and the migration's error
// path without answers (the OAuth flows themselves are in tests/oauth).
func TestCredentialsInProcess(t *testing.T) {
	t.Setenv("PYWIKIBOT_DIR", "")
	for _, env := range []string{"GOWIKIBOT_OAUTH_CONSUMER_KEY", "GOWIKIBOT_OAUTH_CONSUMER_SECRET", "GOWIKIBOT_OAUTH_ACCESS_KEY", "GOWIKIBOT_OAUTH_ACCESS_SECRET"} {
		t.Setenv(env, "")
	}
	userConfig := func(text string) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) { writeFile(t, filepath.Join(dir, "user-config.py"), text) }
	}
	runCases(t, []cmdCase{
		{name: "credentials empty", args: []string{"credentials"}, code: 0,
			setup: userConfig("family = 'wikipedia'\nmylang = 'en'\n"),
			out:   []string{"No OAuth credentials in ", "gowikibot-credentials.ini"}},
		{name: "credentials bad usage", args: []string{"credentials", "frob"}, code: 2,
			setup: userConfig("family = 'wikipedia'\nmylang = 'en'\n"), err: []string{"usage: gowikibot [global options] credentials [-reveal]"}},
	})
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "user-config.py"), "family = 'wikipedia'\nmylang = 'de'\nusernames['wikipedia']['de'] = 'MyBot'\n")
	runCases(t, []cmdCase{
		{name: "credentials delete", args: []string{"-dir:" + dir, "credentials", "delete", "nosuch.example.org"}, code: 0,
			out: []string{"Deleted the credentials for nosuch.example.org"}},
		{name: "credentials migrate without answers", args: []string{"-dir:" + dir, "credentials", "migrate"}, code: 1,
			out: []string{"register an owner-only OAuth consumer"}, err: []string{"ERROR: no Consumer key given"}},
	})
}
