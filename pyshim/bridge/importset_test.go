package bridge

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gowikibot/gowikibot/pyshim/python"
)

// Issue #10's start-up rule: `import pywikibot` loads the same few modules
// however the package grows, builds none of _lazy's tables (they are for
// names a script asks for) and, at exit, imports nothing more (the exit
// functions ran with traceback imported before).
func TestImportPywikibotStaysSmall(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte("family = 'wikipedia'\nmylang = 'test'\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PYWIKIBOT_DIR", dir)
	in, err := python.New(python.Options{Argv: []string{"t.py"}})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	err = in.Exec(`import sys
before = set(sys.modules)
import pywikibot
got = sorted(set(sys.modules) - before)
want = ['atexit', 'collections', 'collections.abc', 'datetime', 'pywikibot', 'pywikibot.__metadata__',
        'pywikibot._deprecate', 'pywikibot._lazy', 'pywikibot.config', 'pywikibot.exceptions',
        'pywikibot.page', 'pywikibot.site', 're']
if got != want:
    raise AssertionError('import pywikibot loaded %r, want %r' % (got, want))
if sys.modules['pywikibot._lazy']._tables:
    raise AssertionError('import pywikibot built the lazy tables')
sys.modules['atexit']._run_exitfuncs()
if 'traceback' in sys.modules:
    raise AssertionError('the exit functions imported traceback')
pywikibot.Bot
if not sys.modules['pywikibot._lazy']._tables:
    raise AssertionError('pywikibot.Bot did not use the tables')
`, "t.py", nil)
	if err != nil {
		t.Fatal(err)
	}
}
