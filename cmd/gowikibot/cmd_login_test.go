package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// login and logout against the test wiki, a wrong password, and the
// error paths (unknown argument, no config, -oauth without a key).
func TestLoginInProcess(t *testing.T) {
	t.Setenv("PYWIKIBOT_DIR", "")
	for _, env := range []string{"GOWIKIBOT_OAUTH_CONSUMER_KEY", "GOWIKIBOT_OAUTH_CONSUMER_SECRET"} {
		t.Setenv(env, "")
	}
	userConfig := func(text string) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) { writeFile(t, filepath.Join(dir, "user-config.py"), text) }
	}
	runCases(t, []cmdCase{
		{name: "login unknown argument", args: []string{"login", "-frob"}, code: 2,
			setup: userConfig("family = 'wikipedia'\nmylang = 'en'\n"), err: []string{"Unknown argument: -frob"}},
		{name: "login without user-config", args: []string{"login"}, withDir: true, code: 1, err: []string{"No user-config.py found in directory"}},
	})
	w := wikitest.Get(t)
	dir := cliConfig(t, w, w.BotPasswordSecret)
	bad := cliConfig(t, w, strings.Repeat("0", 32))
	runCases(t, []cmdCase{
		{name: "login", args: []string{"-dir:" + dir, "-v", "login"}, code: 0,
			err: []string{"Logged in on cliwiki:cliwiki as TestBot.", "gowikibot: 3 API requests"}},
		{name: "logout", args: []string{"-dir:" + dir, "login", "-logout"}, code: 0, err: []string{"Logged out of cliwiki:cliwiki."}},
		{name: "wrong password", args: []string{"-dir:" + bad, "login"}, code: 1,
			err: []string{"ERROR: login as TestBot@ci failed: Failed: Incorrect username or password entered. Please try again.", "Not logged in on cliwiki:cliwiki."}},
		{name: "login -oauth without a consumer key", args: []string{"-dir:" + dir, "login", "-oauth"}, code: 1,
			err: []string{"Enter your consumer key: ", "ERROR: no consumer key given (prompt, or GOWIKIBOT_OAUTH_CONSUMER_KEY)"}},
	})
	if _, err := os.Stat(filepath.Join(dir, "pywikibot-TestBot.lwp")); !os.IsNotExist(err) {
		t.Fatalf("cookie file after logout: %v", err)
	}
}
