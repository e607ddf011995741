package python

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTracebackPositionLines: uncaught tracebacks have CPython 3.11's
// position lines under their source lines (the want strings are
// /usr/bin/python3 3.11.7's stderr, the directory replaced by DIR): "^"
// under a failing call, attribute or name, "~" and "^" for operators and
// subscripts (even over a whole line), none for a call that is the whole
// line; in chained tracebacks, in an imported module, and on lines the
// pre-pass rewrote ({} and f-strings) when the failing part is outside
// the rewritten text.
func TestTracebackPositionLines(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"binop", "a, b = 7, 0\nprint('r', [a, a / b], 'x')\n", "Traceback (most recent call last):\n  File \"DIR/binop.py\", line 2, in <module>\n    print('r', [a, a / b], 'x')\n                   ~~^~~\nZeroDivisionError: division by zero"},
		{"wholeline", "def f():\n    1 / 0\nf()\n", "Traceback (most recent call last):\n  File \"DIR/wholeline.py\", line 3, in <module>\n    f()\n  File \"DIR/wholeline.py\", line 2, in f\n    1 / 0\n    ~~^~~\nZeroDivisionError: division by zero"},
		{"chain", "def inner(d):\n    return d['k'] + 1\ntry:\n    inner({})\nexcept KeyError as e:\n    raise RuntimeError('wrapped') from e\n", "Traceback (most recent call last):\n  File \"DIR/chain.py\", line 4, in <module>\n    inner({})\n  File \"DIR/chain.py\", line 2, in inner\n    return d['k'] + 1\n           ~^^^^^\nKeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"DIR/chain.py\", line 6, in <module>\n    raise RuntimeError('wrapped') from e\nRuntimeError: wrapped"},
		{"context", "try:\n    x = {}['a']\nexcept KeyError:\n    y = 1 + int('z') * 2\n", "Traceback (most recent call last):\n  File \"DIR/context.py\", line 2, in <module>\n    x = {}['a']\n        ~~^^^^^\nKeyError: 'a'\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"DIR/context.py\", line 4, in <module>\n    y = 1 + int('z') * 2\n            ^^^^^^^^\nValueError: invalid literal for int() with base 10: 'z'"},
		{"attr", "import os\nx = [os.path.joinn('a'), 1]\n", "Traceback (most recent call last):\n  File \"DIR/attr.py\", line 2, in <module>\n    x = [os.path.joinn('a'), 1]\n         ^^^^^^^^^^^^^\nAttributeError: module 'posixpath' has no attribute 'joinn'. Did you mean: 'join'?"},
		{"rewritten", "def f(k):\n    return {}[k] if k else {'a': 1}\nf(f'{1}')\n", "Traceback (most recent call last):\n  File \"DIR/rewritten.py\", line 3, in <module>\n    f(f'{1}')\n  File \"DIR/rewritten.py\", line 2, in f\n    return {}[k] if k else {'a': 1}\n           ~~^^^\nKeyError: '1'"},
		{"imported", "import tbmod\nv = tbmod.half(3) + 1\n", "Traceback (most recent call last):\n  File \"DIR/imported.py\", line 2, in <module>\n    v = tbmod.half(3) + 1\n        ^^^^^^^^^^^^^\n  File \"DIR/tbmod.py\", line 3, in half\n    return n / d\n           ~~^~~\nZeroDivisionError: division by zero"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "tbmod.py"), []byte("def half(n):\n    d = n - 3\n    return n / d\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			p := filepath.Join(dir, c.name+".py")
			if err := os.WriteFile(p, []byte(c.src), 0o600); err != nil {
				t.Fatal(err)
			}
			in, err := New(Options{Paths: []string{dir}}) // the script's directory, as gowikibot python's sys.path[0]
			if err != nil {
				t.Fatal(err)
			}
			defer in.Close()
			_, err = in.RunFile(p)
			want := strings.ReplaceAll(c.want, "DIR", dir)
			if err == nil || err.Error() != want {
				t.Fatalf("got:\n%v\nwant:\n%s", err, want)
			}
		})
	}
}
