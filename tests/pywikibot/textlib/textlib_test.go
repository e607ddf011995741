// Package textlib tests gowikibot's pywikibot.textlib: each tl_*.py
// program is run by "gowikibot python" and its output compared with the
// output recorded from the same program on pywikibot 9.6.3 (tests/testbin/record.sh).
package textlib

import (
	"testing"

	"github.com/gowikibot/gowikibot/tests/pywikibot/textlib/pyprog"
)

func TestTextlibAgainstPywikibot(t *testing.T) {
	n := pyprog.CompareAll(t, ".", "PYWIKIBOT_NO_USER_CONFIG=1")
	if n < 40 {
		t.Errorf("only %d recorded checks, want at least 40", n)
	}
	t.Logf("%d recorded textlib checks", n)
}
