package python

import (
	"bytes"
	"strings"
	"testing"
)

// TestOptionsStreams: print, sys.stderr and input() use the streams given
// in Options, not the process's own.
func TestOptionsStreams(t *testing.T) {
	var out, errb bytes.Buffer
	in, err := New(Options{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader("answer\n")})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	src := "import sys\nprint('to stdout', 1)\nsys.stderr.write('to stderr\\n')\nprint('got', input())\n"
	if _, err := in.RunSource(src, "<test>", "__main__"); err != nil {
		t.Fatal(err)
	}
	if out.String() != "to stdout 1\ngot answer\n" || errb.String() != "to stderr\n" {
		t.Fatalf("stdout %q stderr %q", out.String(), errb.String())
	}
}

// TestTracebackNamesFileLineAndSource: an uncaught exception is a *PyError
// whose text is CPython's traceback with the file, line, source line and
// the exception line.
func TestTracebackNamesFileLineAndSource(t *testing.T) {
	in, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	RegisterSource("/x/script.py", "def f(d):\n    return d['k']\nf({})\n")
	_, err = in.RunSource("def f(d):\n    return d['k']\nf({})\n", "/x/script.py", "__main__")
	want := "Traceback (most recent call last):\n  File \"/x/script.py\", line 3, in <module>\n    f({})\n  File \"/x/script.py\", line 2, in f\n    return d['k']\n           ~^^^^^\nKeyError: 'k'"
	if err == nil || err.Error() != want {
		t.Fatalf("got:\n%v\nwant:\n%s", err, want)
	}
}

// TestClosureOverArgument: Cell2arg is fixed after compiling.
func TestClosureOverArgument(t *testing.T) {
	var out bytes.Buffer
	in, _ := New(Options{Stdout: &out})
	defer in.Close()
	src := "def deco(fn):\n    def w(*a):\n        return fn(*a) + 1\n    return w\n@deco\ndef g(x):\n    return x\nprint(g(1), [y + 1 for y in (lambda a: [a, a])(2)])\n"
	if _, err := in.RunSource(src, "<t>", "__main__"); err != nil {
		t.Fatal(err)
	}
	if out.String() != "2 [3, 3]\n" {
		t.Fatalf("got %q", out.String())
	}
}

// TestSyntaxErrorLocation: a SyntaxError shows the file, line, source line
// and a caret, as CPython prints it.
func TestSyntaxErrorLocation(t *testing.T) {
	in, _ := New(Options{})
	defer in.Close()
	RegisterSource("/x/bad.py", "x = 1\nif x:\n    y = f'{x!z}'\n")
	_, err := in.RunSource("x = 1\nif x:\n    y = f'{x!z}'\n", "/x/bad.py", "__main__")
	if err == nil {
		t.Fatal("no error")
	}
	got := err.Error()
	if !strings.HasPrefix(got, "  File \"/x/bad.py\", line 3\n    y = f'{x!z}'\n") || !strings.Contains(got, "^\nSyntaxError: ") {
		t.Fatalf("got:\n%s", got)
	}
}

// TestSyntaxErrorInRewrittenLine: an error gpython's compiler finds in a
// line the pre-pass rewrote shows the script's line, not the rewrite with
// its helpers, and the caret under the same text.
func TestSyntaxErrorInRewrittenLine(t *testing.T) {
	in, _ := New(Options{})
	defer in.Close()
	src := "d = {}\nprint(f\"{d}\", d e)\n"
	_, err := in.RunSource(src, "/x/bad2.py", "__main__")
	if err == nil {
		t.Fatal("no error")
	}
	want := "  File \"/x/bad2.py\", line 2\n    print(f\"{d}\", d e)\n                    ^\nSyntaxError: invalid syntax"
	if got := strings.TrimRight(err.Error(), "\n"); got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}
