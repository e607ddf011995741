package core

import (
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// TestScriptSetsPutThrottle: a script's `pywikibot.config.put_throttle = 1.5`
// before its Site() spaces its saves as in pywikibot, whose site throttle
// reads the config module; the Go core used to keep user-config.py's
// put_throttle (0 here), saving at once.
func TestScriptSetsPutThrottle(t *testing.T) {
	w := wikitest.Get(t)
	dir := wikiDir(t, w, "script_throttle.py")
	out := runPy(t, dir, "", "script_throttle.py")
	if !strings.Contains(out, "saves 3 gaps of at least 1.3 s: True") {
		t.Fatalf("the script's put_throttle did not space its saves:\n%s", out)
	}
	if got := revisions(t, w, "Script throttle test"); len(got) != 3 || got[0][0] != "throttle 2" {
		t.Fatalf("Script throttle test history: %q", got)
	}
}
