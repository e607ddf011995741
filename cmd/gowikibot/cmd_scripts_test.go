package main

import (
	"testing"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// The bundled scripts' list, a script by name against the test wiki, and
// an unknown name.
func TestScriptsInProcess(t *testing.T) {
	t.Setenv("PYWIKIBOT_DIR", "")
	runCases(t, []cmdCase{
		{name: "scripts", args: []string{"scripts"}, code: 0, out: []string{"basic\n", "listpages\n", "demo_edit\n"}, noErr: true},
		{name: "unknown script", args: []string{"nosuchscript"}, withDir: true, code: 1,
			err: []string{`ERROR: script "nosuchscript" not found: not a file, not in user_script_paths, and not a bundled script (run 'gowikibot scripts' for the list)`}},
	})
	// A refused global option stops before the script runs, with the fix.
	ptErr := "ERROR: -pt:nan: put_throttle must be a finite number of seconds. Fix: give -pt: a number from 0 to maxthrottle"
	runCases(t, []cmdCase{
		{name: "-pt:nan before python", args: []string{"-pt:nan", "python", "-c", "print('ran')"}, code: 1, err: []string{ptErr}},
		{name: "-pt:nan after a script name", args: []string{"touch", "-pt:nan", "-page:X"}, withDir: true, code: 1, err: []string{ptErr}},
	})
	w := wikitest.Get(t)
	dir := cliConfig(t, w, w.BotPasswordSecret)
	runCases(t, []cmdCase{
		{name: "bundled script by name", args: []string{"-dir:" + dir, "listpages", "-start:Main"}, code: 0, out: []string{"Main Page"}},
	})
}
