package main

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// "gowikibot python -c/-m/-/FILE" prints what CPython prints and exits
// with CPython's status, run in process and compared with
// /usr/bin/python3 in the same directory.
func TestPythonAsCPython(t *testing.T) {
	python3(t)
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("PYWIKIBOT_DIR", "")
	writeFile(t, filepath.Join(dir, "usermod.py"), "import sys\nprint('usermod', __name__, sys.argv[1:], __file__.endswith('usermod.py'), sys.argv[0] == __file__)\nif __name__ == '__main__':\n    sys.exit(len(sys.argv))\n")
	writeFile(t, filepath.Join(dir, "pkg", "__init__.py"), "")
	writeFile(t, filepath.Join(dir, "pkg", "__main__.py"), "import sys\nprint('pkg main', __name__, sys.argv[1:])\n")
	writeFile(t, filepath.Join(dir, "pkg", "sub.py"), "print('sub', __name__)\nimport usermod\n")
	writeFile(t, filepath.Join(dir, "script.py"), "import sys\nprint(sys.argv, __name__, __file__ == sys.argv[0] or __file__)\n")
	writeFile(t, filepath.Join(dir, "data.json"), "{\"k\": [1, {\"z\": null}]}\n")
	writeFile(t, filepath.Join(dir, "fails.py"), "def f():\n    return 1 / 0\n\nf()\n")
	cases := []struct {
		name  string
		stdin string
		args  []string
	}{
		{"-c argv", "", []string{"-c", "import sys; print(sys.argv, __name__, sys.path[0] == '')", "a", "-b"}},
		{"-c exit status", "", []string{"-c", "import sys; sys.exit(3)"}},
		{"-c exit message", "", []string{"-c", "raise SystemExit('bye')"}},
		{"-c exit None", "", []string{"-c", "import sys; print('x'); sys.exit()"}},
		{"-c no __file__", "", []string{"-c", "print(__file__)"}},
		{"-c traceback", "", []string{"-c", "def f():\n    return {}['k']\nf()"}},
		{"-c reads stdin", "line one\nline two\n", []string{"-c", "import sys\nfor l in sys.stdin: print(l.strip().upper())"}},
		{"-c missing argument", "", []string{"-c"}},
		{"-V", "", []string{"-V"}},
		{"--version", "", []string{"--version"}},
		{"-m user module", "", []string{"-m", "usermod", "x", "y"}},
		{"-m package main", "", []string{"-m", "pkg", "z"}},
		{"-m submodule", "", []string{"-m", "pkg.sub"}},
		{"-m missing", "", []string{"-m", "nosuchmodule"}},
		{"-m json.tool", `{"b": [1, 2.5, null, true], "a": "\u00e9", "c": {}}`, []string{"-m", "json.tool"}},
		{"-m json.tool options", `{"b": 1, "a": "\u00e9"}`, []string{"-m", "json.tool", "--sort-keys", "--no-ensure-ascii", "--indent", "2"}},
		{"-m json.tool file", "", []string{"-m", "json.tool", "--compact", "data.json"}},
		{"-m json.tool bad input", `{"x": }`, []string{"-m", "json.tool"}},
		{"stdin script", "import sys\nprint(sys.argv, __name__, __file__)\nsys.exit(5)\n", []string{"-", "q"}},
		{"stdin traceback", "x = 1\nprint(x)\nint('x%d' % x)\n", []string{"-"}},
		{"file", "", []string{"script.py", "1", "2"}},
		{"file traceback", "", []string{"fails.py"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantOut, wantErr, wantCode := cpython(t, dir, c.stdin, c.args...)
			gotOut, gotErr, gotCode := runIn(t, c.stdin, append([]string{"python"}, c.args...)...)
			if gotCode != wantCode {
				t.Errorf("status %d, CPython %d\nstderr:\n%s", gotCode, wantCode, gotErr)
			}
			if gotOut != wantOut {
				t.Errorf("stdout\n%q\nCPython\n%q", gotOut, wantOut)
			}
			if normalizeErr(gotErr) != normalizeErr(wantErr) {
				t.Errorf("stderr\n%s\nCPython\n%s", gotErr, wantErr)
			}
		})
	}
}

// The program itself (sys.executable) takes -c and -m first as a Python
// interpreter does: "gowikibot -c CODE ARGS" and "gowikibot -m MODULE ARGS"
// print what CPython prints and exit with its status.
func TestExecutableTakesPythonOptions(t *testing.T) {
	python3(t)
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("PYWIKIBOT_DIR", "")
	writeFile(t, filepath.Join(dir, "usermod.py"), "import sys\nprint('usermod', __name__, sys.argv[1:])\nsys.exit(4)\n")
	for _, args := range [][]string{
		{"-c", "import sys; print(sys.argv, __name__)", "import pwb", "-help"},
		{"-c", "import sys; sys.exit('bye')"},
		{"-m", "usermod", "-pwb_close_matches:1", "x"},
		{"-c"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			wantOut, wantErr, wantCode := cpython(t, dir, "", args...)
			gotOut, gotErr, gotCode := runIn(t, "", args...)
			if gotCode != wantCode || gotOut != wantOut || normalizeErr(gotErr) != normalizeErr(wantErr) {
				t.Errorf("got status %d, stdout %q, stderr %q\nCPython: %d, %q, %q", gotCode, gotOut, gotErr, wantCode, wantOut, wantErr)
			}
		})
	}
}

// normalizeErr drops what legitimately differs from CPython's error
// output: the program's path in command-line errors, the usage line,
// CPython 3.11's "Did you mean" hints. (The ~~~^^^ position lines are
// compared.)
func normalizeErr(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, "usage: ") || strings.HasPrefix(l, "Try `python -h'") {
			continue
		}
		if i := strings.Index(l, ". Did you mean"); i >= 0 {
			l = l[:i]
		}
		if i := strings.Index(l, ": No module named"); i >= 0 {
			l = l[i:]
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

func TestParsePythonArgs(t *testing.T) {
	for _, c := range []struct {
		args    []string
		want    pythonRun
		globals []string
	}{
		{[]string{"-dir:x", "-c", "print(1)", "-v"}, pythonRun{code: "print(1)", args: []string{"-v"}}, []string{"-dir:x"}},
		{[]string{"-m", "json.tool", "f.json"}, pythonRun{module: "json.tool", args: []string{"f.json"}}, nil},
		{[]string{"-u", "-", "a"}, pythonRun{file: "-", args: []string{"a"}}, nil},
		{[]string{"-family:w", "s.py", "-c", "x"}, pythonRun{file: "s.py", args: []string{"-c", "x"}}, []string{"-family:w"}},
		{[]string{"-v"}, pythonRun{interactive: true}, []string{"-v"}},
		{[]string{"-i"}, pythonRun{interactive: true, forceConsole: true}, nil},
	} {
		got, globals, err := parsePythonArgs(c.args)
		if err != nil || !reflect.DeepEqual(got, c.want) || !reflect.DeepEqual(globals, c.globals) {
			t.Errorf("parsePythonArgs(%q) = %+v %q %v, want %+v %q", c.args, got, globals, err, c.want, c.globals)
		}
	}
}

// python -i with a program: the program runs (its errors, even
// SystemExit, are printed), then the console in its namespace; the end of
// the input ends the console with status 0.
func TestProgramThenConsoleAsCPython(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, filepath.Join(dir, "prog.py"), "import sys\ny = 2\nprint(sys.argv)\n")
	writeFile(t, filepath.Join(dir, "modp.py"), "z = 3\n")
	for _, c := range []struct {
		stdin string
		args  []string
	}{
		{"x\n", []string{"-i", "-c", "import sys; x = 5; sys.exit(3)"}},
		{"x\nx + 1\n", []string{"-i", "-c", "x = 5; 1/0"}},
		{"y * 3\n", []string{"-i", "prog.py", "arg"}},
		{"z\n__name__\n", []string{"-i", "-m", "modp"}},
		{"", []string{"-i"}},
		{"", []string{"nosuchfile.py"}},
	} {
		wantOut, wantErr, wantCode := cpython(t, dir, c.stdin, c.args...)
		gotOut, gotErr, gotCode := runIn(t, c.stdin, append([]string{"python"}, c.args...)...)
		strip := func(s string) string {
			if _, rest, ok := strings.Cut(s, "information.\n"); ok {
				return rest
			}
			if _, rest, ok := strings.Cut(s, "to exit.\n"); ok {
				return rest
			}
			if i := strings.Index(s, ": can't open file"); i >= 0 {
				return s[i:]
			}
			return s
		}
		if gotCode != wantCode || gotOut != wantOut || strip(gotErr) != strip(wantErr) {
			t.Errorf("%q: status %d (CPython %d)\nstdout %q\nCPython %q\nstderr %q\nCPython %q", c.args, gotCode, wantCode, gotOut, wantOut, gotErr, wantErr)
		}
	}
}

// The console on a stream that is not a terminal (python -i < file): the
// same output as CPython's, prompts on stderr.
func TestConsoleAsCPython(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	input := strings.Join([]string{
		"1 + 1", "x = [1,", "2]", "x", "if x:", "    print('yes')", "", "for i in range(2):", "    i", "",
		"_", "'a' 'b'", "None", "1/0", "undefined_name(", ")", "def f(a):", "    return a * 2", "", "f(21)",
		"s = '''multi", "line'''", "s", "class A:", "    def __repr__(self): return 'A()'", "", "A()",
		"5", "_ + 1", "_", "_ = 100", "_", "7", "_", "'_' in globals()", "del _", "8", "_",
		"import sys; print(sys.argv)", "exit", "exit(4)", "print('not reached')",
	}, "\n") + "\n"
	wantOut, wantErr, wantCode := cpython(t, dir, input, "-i")
	gotOut, gotErr, gotCode := runIn(t, input, "python", "-i")
	if gotCode != wantCode || gotOut != wantOut {
		t.Errorf("status %d (CPython %d), stdout:\n%s\nCPython:\n%s", gotCode, wantCode, gotOut, wantOut)
	}
	// the banner differs; the prompts and tracebacks are the same
	strip := func(s string) string {
		_, rest, _ := strings.Cut(s, "information.\n")
		if rest == "" {
			_, rest, _ = strings.Cut(s, "to exit.\n")
		}
		return normalizeErr(rest)
	}
	if strip(gotErr) != strip(wantErr) {
		t.Errorf("stderr:\n%s\nCPython:\n%s", gotErr, wantErr)
	}
}

// Console input ends at EOF with status 0; a line ending in ':' waits for
// the empty line.
func TestCompileInteractive(t *testing.T) {
	for _, c := range []struct {
		lines []string
		done  bool
		err   bool
	}{
		{[]string{""}, true, false},
		{[]string{"1+1"}, true, false},
		{[]string{"if x:"}, false, false},
		{[]string{"if x:", "  y"}, false, false},
		{[]string{"if x:", "  y", ""}, true, false},
		{[]string{"x = (1,"}, false, false},
		{[]string{"x = (1,", "2)"}, true, false},
		{[]string{"'''a"}, false, false},
		{[]string{"x = = 1"}, true, true},
		{[]string{"@dec"}, false, false},
	} {
		_, done, err := compileInteractive(c.lines, "<stdin>")
		if done != c.done || (err != nil) != c.err {
			t.Errorf("%q: done %v err %v", c.lines, done, err)
		}
	}
}

// A script run with -c edits the test wiki through the pywikibot package.
func TestPythonAgainstWiki(t *testing.T) {
	w := wikitest.Get(t)
	t.Setenv("PYWIKIBOT_DIR", "")
	dir := cliConfig(t, w, w.BotPasswordSecret)
	runCases(t, []cmdCase{
		{name: "script against the wiki", args: []string{"-dir:" + dir, "python", "-c",
			"import pywikibot\ns = pywikibot.Site()\np = pywikibot.Page(s, 'Cmd in process')\np.text = 'x'\np.save('in-process test')\nprint(pywikibot.Page(s, 'Cmd in process').exists())"},
			code: 0, out: []string{"True\n"}},
	})
}

// A script inside a pywikibot checkout's scripts/ tree imports its
// siblings as scripts.maintenance.NAME, as under pwb.py (which puts the
// checkout on sys.path); import pywikibot still gives gowikibot's package.
func TestPythonFileInCheckout(t *testing.T) {
	root := t.TempDir()
	t.Chdir(root)
	t.Setenv("PYWIKIBOT_DIR", "")
	writeFile(t, filepath.Join(root, "pwb.py"), "raise SystemExit('not run')\n")
	writeFile(t, filepath.Join(root, "pywikibot", "__init__.py"), "raise ImportError('the checkout package')\n")
	writeFile(t, filepath.Join(root, "scripts", "__init__.py"), "")
	writeFile(t, filepath.Join(root, "scripts", "maintenance", "__init__.py"), "")
	writeFile(t, filepath.Join(root, "scripts", "maintenance", "sites.py"), "NAMES = ['a', 'b']\n")
	writeFile(t, filepath.Join(root, "scripts", "maintenance", "main.py"),
		"from scripts.maintenance.sites import NAMES\nimport pywikibot.tools\nprint(NAMES, pywikibot.tools.first_upper('x'))\n")
	writeFile(t, filepath.Join(root, "user-config.py"), "family = 'wikipedia'\nmylang = 'en'\n")
	out, errOut, code := runIn(t, "", "python", filepath.Join(root, "scripts", "maintenance", "main.py"))
	if code != 0 || out != "['a', 'b'] X\n" {
		t.Fatalf("status %d, stdout %q, stderr:\n%s", code, out, errOut)
	}
	// Outside a checkout the directory is not added.
	other := t.TempDir()
	writeFile(t, filepath.Join(other, "scripts", "main.py"), "import scripts\n")
	if _, errOut, code := runIn(t, "", "python", filepath.Join(other, "scripts", "main.py")); code != 1 ||
		!strings.Contains(errOut, "No module named 'scripts'") {
		t.Fatalf("outside a checkout: status %d, stderr:\n%s", code, errOut)
	}
}
