package bridge

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/pyshim/python"
)

// password_entries reads a password file as literals: each tuple's line,
// code and family (None where the tuple leaves them out), user, password
// and bot password suffix; the lines it does not understand as problems
// (without their text); a missing file raises FileNotFoundError. Given the
// text, it parses that instead of reading the file.
func TestPasswordEntries(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "passwords.py")
	lines := []string{
		"('Bot', 'plain')",
		"# comment",
		"('wikipedia', 'Bot', os.environ['GWB_TEST_PASSWORD'])",
		"('en', 'wikipedia', 'Bot', BotPassword('ci', 'bp secret'))",
		"__import__('os').system('false')",
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GWB_TEST_PASSWORD", "from env")
	in, err := python.New(python.Options{Argv: []string{"t.py"}})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	src := `import _gowikibot_surface as s
entries, problems = s.password_entries(PATH)
assert entries == [(1, None, None, 'Bot', 'plain', None),
                   (3, None, 'wikipedia', 'Bot', 'from env', None),
                   (4, 'en', 'wikipedia', 'Bot', 'bp secret', 'ci')], entries
assert [line for line, _ in problems] == [5], problems
try:
    s.password_entries(PATH + '.missing')
except FileNotFoundError as e:
    assert str(e).startswith('[Errno 2] No such file or directory'), str(e)
else:
    raise AssertionError('no FileNotFoundError')
# text (what Python read from the file) is parsed instead of the file
assert s.password_entries(PATH + '.missing', "('x', 'y')\n# c\n('A', BotPassword('s', 'p'))\n") == (
    [(1, None, None, 'x', 'y', None), (3, None, None, 'A', 'p', 's')], [])
assert s.password_entries(PATH, None)[0] == entries
`
	src = strings.Replace(src, "PATH", "'"+path+"'", -1)
	if err := in.Exec(src, "t.py", nil); err != nil {
		t.Fatal(err)
	}
}
