package classes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/parser"
	"github.com/go-python/gpython/py"
)

func TestNeedsASTCases(t *testing.T) {
	cases := []struct {
		src  string
		want bool
	}{
		{"x = 1\ny = x * 2\n", false},
		{"def f(*args, **kwargs):\n    return args\n", false},
		{"def f(a, b=2 * 3, *args):\n    pass\n", false},
		{"def f(a, *, b):\n    pass\n", false},               // no keyword-only default
		{"def f(a, *args, b=1):\n    pass\n", false},         // all have defaults
		{"def f(*, a, b=1):\n    pass\n", true},              // some, not all
		{"def f(a, *args, b=1, c, **kw):\n    pass\n", true}, // some, not all
		{"def f(\n    a,\n    *args,\n    # note\n    b=(1, 2),\n    c,\n):\n    pass\n", true},
		{"def f(a=')', *, b, c=2):\n    pass\n", true},
		{"def f(a=\"\"\"x)\"\"\", *a, **k):\n    pass\n", false},
		{"g = lambda *a: a\n", false},
		{"g = lambda x, *, y=1: y\n", false},
		{"g = lambda *, x, y=1: y\n", true},
		{"class C:\n    @property\n    def x(self):\n        return 1\n", false},
		{"class C:\n    @staticmethod\n    def x(a, b=1):\n        return 1\n", true},
		{"@dec(x=1)\ndef f(a):\n    pass\n", false},
		{"@a\n@b(\n  1)\ndef f(self, x=[1]):\n    pass\n", true},
		{"@dataclass\nclass C:\n    x: int = 1\n", false},
		{"@dec\nasync def f(a=1):\n    pass\n", true},
		{"m = a @ b\n", false},
		{"undefined = 1\nlambdas = 2\n", false},
		{"def f(a, /, b, *, c=1, d):\n    pass\n", true},
	}
	for _, c := range cases {
		if got := needsAST(c.src); got != c.want {
			t.Errorf("needsAST(%q) = %v, want %v", c.src, got, c.want)
		}
	}
}

// TestNeedsASTNeverMisses checks, over every Python file of the project
// gpython can parse (the conformance corpus, the pywikibot package, the
// bundled scripts), that needsAST is true whenever the source has what the
// analyses fix: keyword-only parameters with some defaults but not all, or
// a decorated def with default values.
func TestNeedsASTNeverMisses(t *testing.T) {
	var files []string
	for _, pat := range []string{"../../../tests/conformance/cases/*.py", "../../pywikibot/*.py", "../../pywikibot/*/*.py", "../../../scripts/*.py", "../lib/sysmods/pysrc/*.py"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if len(files) < 100 {
		t.Fatalf("only %d files found", len(files))
	}
	parsed := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src := string(data)
		mod, err := parser.Parse(strings.NewReader(src), f, py.ExecMode)
		if err != nil {
			continue // newer syntax: the pre-pass rewrites it first
		}
		parsed++
		need := false
		partialKw := func(a *ast.Arguments) bool {
			return a != nil && len(a.KwDefaults) > 0 && len(a.KwDefaults) < len(a.Kwonlyargs)
		}
		ast.Walk(mod, func(n ast.Ast) bool {
			switch x := n.(type) {
			case *ast.FunctionDef:
				need = need || partialKw(x.Args) ||
					len(x.DecoratorList) > 0 && x.Args != nil && (len(x.Args.Defaults) > 0 || len(x.Args.KwDefaults) > 0)
			case *ast.Lambda:
				need = need || partialKw(x.Args)
			}
			return true
		})
		if need && !needsAST(src) {
			t.Errorf("%s: has partly defaulted keyword-only parameters or a decorated def with defaults, but needsAST is false", f)
		}
	}
	if parsed < 50 {
		t.Fatalf("only %d files parsed", parsed)
	}
	t.Logf("%d of %d files checked", parsed, len(files))
}
