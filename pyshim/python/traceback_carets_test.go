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
// line; in chained tracebacks, in an imported module, on lines the
// pre-pass rewrote ({} and f-strings) when the failing part is outside
// the rewritten text, and on lines of a statement written over several
// (a call going on past the line is marked to the line's end); an
// augmented assignment's target and value, in a for loop's body.
func TestTracebackPositionLines(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"binop", "a, b = 7, 0\nprint('r', [a, a / b], 'x')\n", "Traceback (most recent call last):\n  File \"DIR/binop.py\", line 2, in <module>\n    print('r', [a, a / b], 'x')\n                   ~~^~~\nZeroDivisionError: division by zero"},
		{"wholeline", "def f():\n    1 / 0\nf()\n", "Traceback (most recent call last):\n  File \"DIR/wholeline.py\", line 3, in <module>\n    f()\n  File \"DIR/wholeline.py\", line 2, in f\n    1 / 0\n    ~~^~~\nZeroDivisionError: division by zero"},
		{"chain", "def inner(d):\n    return d['k'] + 1\ntry:\n    inner({})\nexcept KeyError as e:\n    raise RuntimeError('wrapped') from e\n", "Traceback (most recent call last):\n  File \"DIR/chain.py\", line 4, in <module>\n    inner({})\n  File \"DIR/chain.py\", line 2, in inner\n    return d['k'] + 1\n           ~^^^^^\nKeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"DIR/chain.py\", line 6, in <module>\n    raise RuntimeError('wrapped') from e\nRuntimeError: wrapped"},
		{"context", "try:\n    x = {}['a']\nexcept KeyError:\n    y = 1 + int('z') * 2\n", "Traceback (most recent call last):\n  File \"DIR/context.py\", line 2, in <module>\n    x = {}['a']\n        ~~^^^^^\nKeyError: 'a'\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"DIR/context.py\", line 4, in <module>\n    y = 1 + int('z') * 2\n            ^^^^^^^^\nValueError: invalid literal for int() with base 10: 'z'"},
		{"attr", "import os\nx = [os.path.joinn('a'), 1]\n", "Traceback (most recent call last):\n  File \"DIR/attr.py\", line 2, in <module>\n    x = [os.path.joinn('a'), 1]\n         ^^^^^^^^^^^^^\nAttributeError: module 'posixpath' has no attribute 'joinn'. Did you mean: 'join'?"},
		{"rewritten", "def f(k):\n    return {}[k] if k else {'a': 1}\nf(f'{1}')\n", "Traceback (most recent call last):\n  File \"DIR/rewritten.py\", line 3, in <module>\n    f(f'{1}')\n  File \"DIR/rewritten.py\", line 2, in f\n    return {}[k] if k else {'a': 1}\n           ~~^^^\nKeyError: '1'"},
		{"imported", "import tbmod\nv = tbmod.half(3) + 1\n", "Traceback (most recent call last):\n  File \"DIR/imported.py\", line 2, in <module>\n    v = tbmod.half(3) + 1\n        ^^^^^^^^^^^^^\n  File \"DIR/tbmod.py\", line 3, in half\n    return n / d\n           ~~^~~\nZeroDivisionError: division by zero"},
		{"open", "d = {}\nx = (d['a'] +\n     1)\n", "Traceback (most recent call last):\n  File \"DIR/open.py\", line 2, in <module>\n    x = (d['a'] +\n         ~^^^^^\nKeyError: 'a'"},
		{"augtarget", "d = {}\nd['a'] += 1\n", "Traceback (most recent call last):\n  File \"DIR/augtarget.py\", line 2, in <module>\n    d['a'] += 1\n    ~^^^^^\nKeyError: 'a'"},
		{"augvalue", "total = 0\nfor i in range(2):\n    total += int('x') * 2\n", "Traceback (most recent call last):\n  File \"DIR/augvalue.py\", line 3, in <module>\n    total += int('x') * 2\n             ^^^^^^^^\nValueError: invalid literal for int() with base 10: 'x'"},
		{"tolineend", "x = 1 + int('q',\n            )\n", "Traceback (most recent call last):\n  File \"DIR/tolineend.py\", line 1, in <module>\n    x = 1 + int('q',\n            ^^^^^^^^\nValueError: invalid literal for int() with base 10: 'q'"},
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

// TestTracebackPositionNoneWhenUnsure: where the instruction's node cannot
// be told for sure, no position line is printed (CPython prints one for
// the second lambda, `~~^~~` under its 1 / x; none for the missing
// source): one of two lambdas alike on a line (a lambda's own code is
// matched to the one lambda on its line whose nodes agree with it), a
// line continued by a backslash (CPython marks ~^^^^^ under d['a']),
// source that is not available. A lone lambda gets its position.
func TestTracebackPositionNoneWhenUnsure(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"lambdas", "fs = [lambda x: 1 / x, lambda x: 1 / x]\nfs[1](0)\n", "Traceback (most recent call last):\n  File \"DIR/lambdas.py\", line 2, in <module>\n    fs[1](0)\n  File \"DIR/lambdas.py\", line 1, in <lambda>\n    fs = [lambda x: 1 / x, lambda x: 1 / x]\nZeroDivisionError: division by zero"},
		{"lambda", "f = lambda x: 1 / x\nf(0)\n", "Traceback (most recent call last):\n  File \"DIR/lambda.py\", line 2, in <module>\n    f(0)\n  File \"DIR/lambda.py\", line 1, in <lambda>\n    f = lambda x: 1 / x\n                  ~~^~~\nZeroDivisionError: division by zero"},
		{"backslash", "d = {}\nx = d['a'] + \\\n    1\n", "Traceback (most recent call last):\n  File \"DIR/backslash.py\", line 2, in <module>\n    x = d['a'] + \\\nKeyError: 'a'"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, c.name+".py")
			if err := os.WriteFile(p, []byte(c.src), 0o600); err != nil {
				t.Fatal(err)
			}
			in, err := New(Options{})
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
	in, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	_, err = in.RunSource("x = [1]\ny = x[0] / 0\n", "/nonexistent/gone.py", "__main__")
	want := "Traceback (most recent call last):\n  File \"/nonexistent/gone.py\", line 2, in <module>\nZeroDivisionError: division by zero"
	if err == nil || err.Error() != want {
		t.Fatalf("got:\n%v\nwant:\n%s", err, want)
	}
}

// TestCaretLine: the marks and their column, as CPython's interpreter
// and traceback.py print them (traceback.py's column is off by the blanks
// after the line, as 3.11.7's is).
func TestCaretLine(t *testing.T) {
	line := "    x = 1 + int('q')   "
	sp := caretSpan{start: 12, end: 20}
	if got := caretLine(line, sp, false); got != "        ^^^^^^^^" {
		t.Errorf("interpreter: %q", got)
	}
	if got := caretLine(line, sp, true); got != "     ^^^^^^^^" {
		t.Errorf("traceback.py: %q", got)
	}
	if got := caretLine("    int('x')", caretSpan{start: 4, end: 12}, false); got != "" {
		t.Errorf("whole line: %q", got)
	}
	if got := caretLine("    1 / 0", caretSpan{start: 4, end: 9, anchors: true, leftEnd: 2, rightStart: 3}, false); got != "~~^~~" {
		t.Errorf("whole-line operator: %q", got)
	}
	// offsets are bytes, marks are characters
	if got := caretLine("v = 'ü' + d[k]", caretSpan{start: 11, end: 15, anchors: true, leftEnd: 1, rightStart: 4}, false); got != "          ~^^^" {
		t.Errorf("non-ASCII: %q", got)
	}
}

// TestMapToOriginal: a position in the pre-pass's rewrite of a line moves
// to the original line where the text around it is the original's, and
// has no place inside a rewritten part.
func TestMapToOriginal(t *testing.T) {
	rw := "    return __pyshim_dict__()[k] if k else __pyshim_dict__('a', 1)"
	orig := "    return {}[k] if k else {'a': 1}"
	got, ok := mapToOriginal(caretSpan{start: 11, end: 31, anchors: true, leftEnd: 17, rightStart: 20}, rw, orig)
	if want := (caretSpan{start: 11, end: 16, anchors: true, leftEnd: 2, rightStart: 5}); !ok || got != want {
		t.Errorf("subscript of a rewritten display: %+v %v, want %+v", got, ok, want)
	}
	if _, ok := mapToOriginal(caretSpan{start: 13, end: 20}, rw, orig); ok {
		t.Error("a span starting inside the helper's name was mapped")
	}
}

// TestTracebackPositionSourceReplaced: a source registered again under
// the same name is read again for the position line (not the first
// one's parse); the want lines are CPython 3.11.7's.
func TestTracebackPositionSourceReplaced(t *testing.T) {
	in, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	for _, c := range []struct{ src, want string }{
		{"x = 1 + {}['k']\n", "    x = 1 + {}['k']\n            ~~^^^^^\n"},
		{"y = [2][0] + {}['k']\n", "    y = [2][0] + {}['k']\n                 ~~^^^^^\n"},
	} {
		RegisterSource("/x/replaced.py", c.src)
		_, err := in.RunSource(c.src, "/x/replaced.py", "__main__")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("got:\n%v\nwant it to contain:\n%s", err, c.want)
		}
	}
}

// FuzzLineExtents: any line and span gives tokens, extents and a caret
// line without a panic (the seeds run with every go test).
func FuzzLineExtents(f *testing.F) {
	for _, s := range []string{"x = f(a)[b] + c.d", "  'é' + \"\\\"\" # c", "a = (b", "c)]", "x = 1e-5 + 0x1f + .5j", "f'{x}' rb'\\'", "\\", "x = [1,\n", "é = ü"} {
		f.Add(s, 0, len(s), true)
	}
	f.Fuzz(func(t *testing.T, line string, start, end int, anchors bool) {
		if x, ok := newLineExtents(line); ok {
			for i := range x.toks {
				_ = x.isGroupParen(i)
			}
		}
		if start < 0 || end < start || end > len(line) {
			return
		}
		_ = caretLine(line, caretSpan{start: start, end: end, anchors: anchors, leftEnd: (end - start) / 3, rightStart: (end - start) / 2}, anchors)
		_, _ = mapToOriginal(caretSpan{start: start, end: end}, line, "x"+line)
	})
}
