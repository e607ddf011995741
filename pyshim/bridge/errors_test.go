package bridge

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/gowikibot/gowikibot/pyshim/python"
)

// runScript runs src as a script with a user-config.py for wikipedia:test
// and returns its error (a *python.PyError for an uncaught exception).
func runScript(t *testing.T, src string) error {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte("family = 'wikipedia'\nmylang = 'test'\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PYWIKIBOT_DIR", dir)
	SetGlobalArgs(nil)
	in, err := python.New(python.Options{Argv: []string{"t.py"}})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	return in.Exec(src, "t.py", nil)
}

// Scripts catch the Go core's errors by their pywikibot class: an unknown
// family is UnknownFamilyError, an unknown code UnknownSiteError (both
// were a plain Error before the one mapping in package errclass).
func TestScriptCatchesSiteDefinitionErrors(t *testing.T) {
	src := `import pywikibot
from pywikibot.exceptions import UnknownFamilyError, UnknownSiteError, SiteDefinitionError
try:
    pywikibot.Site('en', 'nosuchfamily')
except UnknownFamilyError as e:
    assert isinstance(e, SiteDefinitionError)
    assert str(e) == 'Family nosuchfamily does not exist', str(e)
else:
    raise AssertionError('no UnknownFamilyError')
try:
    pywikibot.Site('nosuchcode', 'wikipedia')
except UnknownSiteError as e:
    assert isinstance(e, SiteDefinitionError)
    assert str(e) == "Language 'nosuchcode' does not exist in family wikipedia", str(e)
else:
    raise AssertionError('no UnknownSiteError')
`
	if err := runScript(t, src); err != nil {
		var pe *python.PyError
		if errors.As(err, &pe) {
			t.Fatal(pe.Traceback)
		}
		t.Fatal(err)
	}
}

// Wrong arguments to the bridge are TypeErrors a script can catch, with
// CPython's wording, never an internal error that ends the run.
func TestBridgeArgumentErrors(t *testing.T) {
	src := `import _gowikibot
def message(f, *args):
    try:
        f(*args)
    except TypeError as e:
        return str(e)
    raise AssertionError('no TypeError from {}{}'.format(f, args))
cases = [
    (message(_gowikibot.site_call, 'wikipedia', 'test', 'token'), 'token() takes exactly 1 argument (0 given)'),
    (message(_gowikibot.site_call, 'wikipedia', 'test', 'token', 5), 'token() argument 1 must be str, not int'),
    (message(_gowikibot.site_call, 'wikipedia', 'test', 'info', 1), 'info() takes no arguments (1 given)'),
    (message(_gowikibot.site_call, 'wikipedia', 'test', 'api', {}, True, None, 4), 'api() takes at most 3 arguments (4 given)'),
    (message(_gowikibot.site_call, 'wikipedia', 'test', 'load_pages'), 'load_pages() takes at least 1 argument (0 given)'),
    (message(_gowikibot.site_call, 'wikipedia'), 'site_call() takes at least 3 arguments (1 given)'),
    (message(_gowikibot.site_call, 'wikipedia', 'test', 3), 'site_call() argument 3 must be str, not int'),
    (message(_gowikibot.site_call, 1, 'test', 'info'), 'site_call() argument 1 must be str or None, not int'),
    (message(_gowikibot.query, 'wikipedia', 'test'), 'query() takes at least 3 arguments (2 given)'),
    (message(_gowikibot.site_from_url, None), 'site_from_url() argument 1 must be str, not NoneType'),
    (message(_gowikibot.config, 1), 'config() takes no arguments (1 given)'),
    (message(_gowikibot.quick_ratio, 'a', 2), 'quick_ratio() argument 2 must be str, not int'),
    (message(_gowikibot.handle_args, [], []), 'handle_args() takes at most 1 argument (2 given)'),
]
for got, want in cases:
    assert got == want, 'got {!r}, want {!r}'.format(got, want)
try:
    _gowikibot.site_call('wikipedia', 'test', 'nosuchmethod')
except AttributeError:
    pass
else:
    raise AssertionError('no AttributeError for an unknown method')
`
	if err := runScript(t, src); err != nil {
		var pe *python.PyError
		if errors.As(err, &pe) {
			t.Fatal(pe.Traceback)
		}
		t.Fatal(err)
	}
}
