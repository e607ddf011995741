package prepass

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

var rawCases = []struct{ name, in, want string }{
	{"triple", "x = r\"\"\"a \\\nb\"\"\"\n", "x = \"\"\"a \\\\\nb\"\"\"\n"},
	{"single", "x = r'a\\\nb'\n", "x = 'a\\\\\\n\\\nb'\n"},
	{"escaped quote kept escaped", "x = r\"\"\"\\\"\\'\\\\\\\n\"\"\"\n", "x = \"\"\"\\\\\\\"\\\\\\'\\\\\\\\\\\\\n\"\"\"\n"},
	{"bytes prefixes", "a = rb'''\\\n'''\nb = BR'\\\n'\n", "a = b'''\\\\\n'''\nb = B'\\\\\\n\\\n'\n"},
	{"even backslashes untouched", "x = r'''a\\\\\nb'''\n", "x = r'''a\\\\\nb'''\n"},
	{"no backslash-newline untouched", "x = r'a\\nb' + r\"\"\"c\nd\\e\"\"\"\n", "x = r'a\\nb' + r\"\"\"c\nd\\e\"\"\"\n"},
	{"crlf", "x = r'''a\\\r\nb'''\r\n", "x = '''a\\\\\r\nb'''\r\n"},
}

func TestRawBackslashNewline(t *testing.T) {
	for _, c := range rawCases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Rewrite(c.in, "t.py")
			if err != nil {
				t.Fatalf("Rewrite(%q): %v", c.in, err)
			}
			if got != c.want {
				t.Errorf("Rewrite(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
			if strings.Count(got, "\n") != strings.Count(c.in, "\n") {
				t.Errorf("line count changed: %q", got)
			}
			if _, err := py.Compile(got, "t.py", py.ExecMode, 0, true); err != nil {
				t.Errorf("rewritten source does not compile: %v\n%s", err, got)
			}
		})
	}
}

// TestRawRun checks the values gpython gives the rewritten literals, and
// that the rest of the program is still rewritten (f-strings, walrus).
func TestRawRun(t *testing.T) {
	cases := []struct{ src, want string }{
		{"x = r\"\"\"a \\\nb\"\"\"\nprint(repr(x), len(x))\n", "'a \\\\\\nb' 5\n"},
		{"x = r'a\\\nb'\nprint(repr(x), len(x))\n", "'a\\\\\\nb' 4\n"},
		{"x = r'''q\\\"\\\\\\\n'''\nprint(repr(x))\n", "'q\\\\\"\\\\\\\\\\\\\\n'\n"},
		{"x = rb'''\\\nz'''\nprint(repr(x))\n", "b'\\\\\\nz'\n"},
		{"n = 2\nx = r'''\\\n''' + f'{n}' + rf'''{n}\\\n'''\nprint(repr(x))\n", "'\\\\\\n22\\\\\\n'\n"},
		{"x = (r'''\\\n''',\n     1)\ny = [1, *x]\nprint(y)\n", "[1, '\\\\\\n', 1]\n"},
	}
	for _, c := range cases {
		if got := runPy(t, c.src); got != c.want {
			t.Errorf("%q\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}

// TestRawErrorLine checks that a syntax error after a rewritten raw
// literal keeps its line.
func TestRawErrorLine(t *testing.T) {
	_, err := Rewrite("x = r'''a\\\nb\\\n'''\ny = 'open\n", "bot.py")
	exc, ok := err.(*py.Exception)
	if !ok {
		t.Fatalf("want a SyntaxError, got %T %v", err, err)
	}
	if exc.Dict["lineno"] != py.Int(4) || exc.Dict["offset"] != py.Int(5) {
		t.Errorf("at %v:%v, want 4:5", exc.Dict["lineno"], exc.Dict["offset"])
	}
}
