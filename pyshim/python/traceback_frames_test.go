package python

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTracebackCollapsesRepeatedFrames: uncaught tracebacks match CPython
// 3.11's (recorded from /usr/bin/python3 3.11.7, position lines
// included): more than three
// identical consecutive frames collapse into "[Previous line repeated N
// more time(s)]", and a RecursionError has as many frames as CPython's
// (the module body counts toward the limit of 1000).
func TestTracebackCollapsesRepeatedFrames(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"recursion", "def f(n):\n    return f(n + 1)\nf(0)\n", `Traceback (most recent call last):
  File "DIR/recursion.py", line 3, in <module>
    f(0)
  File "DIR/recursion.py", line 2, in f
    return f(n + 1)
           ^^^^^^^^
  File "DIR/recursion.py", line 2, in f
    return f(n + 1)
           ^^^^^^^^
  File "DIR/recursion.py", line 2, in f
    return f(n + 1)
           ^^^^^^^^
  [Previous line repeated 996 more times]
RecursionError: maximum recursion depth exceeded`},
		{"four", "def f(n):\n    if n == 0:\n        raise ValueError(\"x\")\n    f(n - 1)\nf(4)\n", `Traceback (most recent call last):
  File "DIR/four.py", line 5, in <module>
    f(4)
  File "DIR/four.py", line 4, in f
    f(n - 1)
  File "DIR/four.py", line 4, in f
    f(n - 1)
  File "DIR/four.py", line 4, in f
    f(n - 1)
  [Previous line repeated 1 more time]
  File "DIR/four.py", line 3, in f
    raise ValueError("x")
ValueError: x`},
		{"three", "def f(n):\n    if n == 0:\n        raise ValueError(\"x\")\n    f(n - 1)\nf(3)\n", `Traceback (most recent call last):
  File "DIR/three.py", line 5, in <module>
    f(3)
  File "DIR/three.py", line 4, in f
    f(n - 1)
  File "DIR/three.py", line 4, in f
    f(n - 1)
  File "DIR/three.py", line 4, in f
    f(n - 1)
  File "DIR/three.py", line 3, in f
    raise ValueError("x")
ValueError: x`},
		{"mutual", "def a(n):\n    return b(n - 1)\ndef b(n):\n    if n < 0:\n        return {}[n]\n    return a(n)\na(2)\n", `Traceback (most recent call last):
  File "DIR/mutual.py", line 7, in <module>
    a(2)
  File "DIR/mutual.py", line 2, in a
    return b(n - 1)
           ^^^^^^^^
  File "DIR/mutual.py", line 6, in b
    return a(n)
           ^^^^
  File "DIR/mutual.py", line 2, in a
    return b(n - 1)
           ^^^^^^^^
  File "DIR/mutual.py", line 6, in b
    return a(n)
           ^^^^
  File "DIR/mutual.py", line 2, in a
    return b(n - 1)
           ^^^^^^^^
  File "DIR/mutual.py", line 5, in b
    return {}[n]
           ~~^^^
KeyError: -1`},
		// The line of the failing element of a multi-line display or call,
		// not of the element after it (gpython's vm.AddTraceback reads the
		// line past the instruction: classes.TracebackLine).
		{"multiline", "import os\nd = {}\nx = (\n    d[\"a\"],\n    d[\"b\"],\n)\n", `Traceback (most recent call last):
  File "DIR/multiline.py", line 4, in <module>
    d["a"],
    ~^^^^^
KeyError: 'a'`},
		{"multicall", "def f(*a):\n    return [\n        1 // 1,\n        {}[0],\n        3,\n    ]\nf(\n    1,\n    f(),\n    2)\n", `Traceback (most recent call last):
  File "DIR/multicall.py", line 9, in <module>
    f(),
    ^^^
  File "DIR/multicall.py", line 4, in f
    {}[0],
    ~~^^^
KeyError: 0`},
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
}
