package main

import (
	"path/filepath"
	"testing"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

func TestWhoamiInProcess(t *testing.T) {
	t.Setenv("PYWIKIBOT_DIR", "")
	userConfig := func(text string) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) { writeFile(t, filepath.Join(dir, "user-config.py"), text) }
	}
	runCases(t, []cmdCase{
		{name: "whoami unknown family", args: []string{"whoami"}, code: 1,
			setup: userConfig("family = 'nosuchfam'\nmylang = 'en'\n"), err: []string{"ERROR: ", "nosuchfam"}},
	})
	w := wikitest.Get(t)
	dir := cliConfig(t, w, w.BotPasswordSecret)
	runCases(t, []cmdCase{
		{name: "whoami", args: []string{"-dir:" + dir, "whoami"}, code: 0,
			out: []string{"site:     cliwiki:cliwiki (TestWiki, MediaWiki 1.39", "user:     TestBot (id ", "groups:   *, autoconfirmed, bot, user", "bot flag: yes"}},
		{name: "whoami unknown argument", args: []string{"-dir:" + dir, "whoami", "extra"}, code: 2, err: []string{"Unknown argument: extra"}},
	})
}
