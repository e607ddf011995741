// Package tools tests the parts of gowikibot's pywikibot package that
// pywikibot 7.7.3's template and misspelling scripts reach besides the
// bots: pywikibot.tools.chars, pywikibot.tools.formatter, the answer
// options of pywikibot.bot_choice with input_choice, and
// pywikibot.editor. The *.py programs are compared with the output
// recorded from pywikibot 7.7.3 on CPython (tests/testbin/record.sh); pywikibot.fixes,
// whose predefined fixes gowikibot does not ship, is checked on its own.
package tools

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gowikibot/gowikibot/tests/pywikibot/textlib/pyprog"
)

func TestToolsAgainstPywikibot773(t *testing.T) {
	n := pyprog.CompareAll(t, ".", "PYWIKIBOT_NO_USER_CONFIG=1")
	if n < 80 {
		t.Errorf("only %d recorded checks, want at least 80", n)
	}
	t.Logf("%d recorded checks", n)
}

// TestUserFixes checks that pywikibot.fixes runs user-fixes.py of the
// config directory and keeps what it adds to fixes.
func TestUserFixes(t *testing.T) {
	cases := []struct {
		name, userFixes, want string
	}{
		{"without user-fixes.py", "",
			"[] False True\n"},
		{"with user-fixes.py",
			"fixes['colour'] = {'regex': False, 'msg': 'Fix colour', 'replacements': [('color', 'colour')]}\n" +
				"fixes['again'] = dict(fixes['colour'], msg='again')\n",
			"['again', 'colour'] True True\n[('color', 'colour')] again\n"},
		{"a broken user-fixes.py", "fixes['x'] = undefined_name\n",
			// the last line of stderr: pywikibot's exit hook names the
			// uncaught exception after its traceback
			"[exit 1]\nCRITICAL: Exiting due to uncaught exception NameError: name 'undefined_name' is not defined\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			write := func(name, text string) {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			write("user-config.py", "family = 'wikipedia'\nmylang = 'en'\n")
			if c.userFixes != "" {
				write("user-fixes.py", c.userFixes)
			}
			write("prog.py", `import os
from pywikibot import fixes
print(sorted(fixes.fixes), fixes.user_fixes_loaded, os.path.basename(fixes.filename) == 'user-fixes.py')
if fixes.fixes:
    print(fixes.fixes['again']['replacements'], fixes.fixes['again']['msg'])
`)
			got := string(pyprog.Run(t, filepath.Join(dir, "prog.py"), "PYWIKIBOT_DIR="+dir))
			if got != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, c.want)
			}
		})
	}
}
