package prepass

import (
	"strings"
	"testing"
)

func TestExceptStarRewrite(t *testing.T) {
	src := "def f(x):\n" +
		"    try: g(x)\n" +
		"    except* (ValueError,\n" +
		"             TypeError) as e:\n" +
		"        if x: raise\n" +
		"        for i in e.exceptions:\n" +
		"            break\n" +
		"        try:\n" +
		"            pass\n" +
		"        except KeyError:\n" +
		"            raise\n" +
		"    except* OSError: raise\n" +
		"    else:\n" +
		"        pass\n" +
		"    finally:\n" +
		"        done()\n"
	out, err := Rewrite(src, "t.py")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(out, "\n") != strings.Count(src, "\n") {
		t.Fatalf("line count changed:\n%s", out)
	}
	if _, err := compileQuiet(out); err != nil {
		t.Fatalf("gpython does not compile the rewrite: %v\n%s", err, out)
	}
	lines := strings.Split(out, "\n")
	want := map[int]string{
		1:  "    with __pyshim_exstar__(2, 3) as __pyshim_es",
		2:  "    with __pyshim_es",
		4:  "        if x: raise __pyshim_es",
		10: "            raise\n",
		11: "    with __pyshim_es",
		12: "    with __pyshim_es",
		14: "    with __pyshim_es",
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i]+"\n", w) {
			t.Errorf("line %d: %q, want it to start with %q", i+1, lines[i], w)
		}
	}
	if !strings.Contains(lines[3], "TypeError)), 'e') as e:") || !strings.Contains(lines[11], ".match(( OSError))") || !strings.Contains(lines[11], "raise __pyshim_es") {
		t.Errorf("clause headers:\n%s", out)
	}
}

func TestExceptStarErrors(t *testing.T) {
	for _, c := range []struct{ src, want, line string }{
		{"try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass\n", "cannot have both 'except' and 'except*' on the same 'try'", "line 5,"},
		{"try:\n    pass\nexcept A:\n    pass\nexcept* B:\n    pass\n", "cannot have both 'except' and 'except*' on the same 'try'", "line 5,"},
		{"try:\n    pass\nexcept*:\n    pass\n", "expected one or more exception types", "line 3,"},
		{"while 1:\n  try:\n    pass\n  except* A:\n    if x: break\n", "'break', 'continue' and 'return' cannot appear in an except* block", "line 5,"},
		{"def f():\n  try:\n    pass\n  except* A:\n    return 1\n", "'break', 'continue' and 'return' cannot appear in an except* block", "line 5,"},
		{"def f():\n  try:\n    return 1\n  except* A:\n    pass\n  finally:\n    pass\n", "'return', 'break' and 'continue' in a try statement with except* clauses and finally are not supported (gowikibot)", "line 3,"},
	} {
		_, err := Rewrite(c.src, "t.py")
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.line) {
			t.Errorf("%q: error %v, want %q at %s", c.src, err, c.want, c.line)
		}
	}
	// allowed: in a loop or a function nested in the handler, and in the
	// body without a finally clause
	for _, src := range []string{
		"try:\n    pass\nexcept* A:\n    for i in x:\n        break\n    def g():\n        return 2\n",
		"def f():\n  try:\n    return 1\n  except* A:\n    pass\n",
	} {
		if _, err := Rewrite(src, "t.py"); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
}
