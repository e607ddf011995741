package bridge

import (
	"testing"

	"github.com/gowikibot/gowikibot/pyshim/python"
)

// The _gowikibot_surface helpers check their arguments as the _gowikibot
// functions do, and parameters() reads a function's parameter list.
func TestSurfaceModule(t *testing.T) {
	in, err := python.New(python.Options{Argv: []string{"t.py"}})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	src := `import _gowikibot_surface as s
def f(a, b=1, *c, d, e=2, **g): pass
def h(x): pass
pos, star, kwonly, starstar = s.parameters(f)
assert (pos, star, sorted(kwonly), starstar) == (('a', 'b'), 'c', ['d', 'e'], 'g'), s.parameters(f)
assert s.parameters(h) == (('x',), None, (), None), s.parameters(h)
assert s.parameters(len) is None
for call, want in ((lambda: s.parameters(), 'parameters() takes exactly 1 argument (0 given)'),
                   (lambda: s.parameters(3), 'parameters() needs a function, not int'),
                   (lambda: s.auth_kind(1, 'x'), 'auth_kind() argument 1 must be str or None, not int')):
    try:
        call()
    except TypeError as e:
        assert str(e) == want, str(e)
    else:
        raise AssertionError(want)
`
	if err := in.Exec(src, "t.py", nil); err != nil {
		t.Fatal(err)
	}
}
