package pyre

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
)

func TestTranslateErrors(t *testing.T) {
	cases := []struct{ pat, want string }{
		{"(abc", "missing ), unterminated subpattern at position 0"},
		{"abc)", "unbalanced parenthesis at position 3"},
		{"*a", "nothing to repeat at position 0"},
		{"a**", "multiple repeat at position 2"},
		{"[abc", "unterminated character set at position 0"},
		{"a{2,1}", "min repeat greater than max repeat at position 2"},
		{`\q`, `bad escape \q at position 0`},
		{"(?P<1>x)", "bad character in group name '1' at position 4"},
		{"(?P<a>x)(?P<a>y)", "redefinition of group name 'a' as group 2; was group 1 at position 12"},
		{"(?P=nope)", "unknown group name 'nope' at position 4"},
		{`(a)\2`, "invalid group reference 2 at position 4"},
		{"(?<x)", "unknown extension ?<x at position 1"},
		{"[z-a]", "bad character range z-a at position 1"},
		{"x(?i)", "global flags not at the start of the expression at position 1"},
		{`\x4`, `incomplete escape \x4 at position 0`},
	}
	for _, c := range cases {
		_, err := Translate(c.pat, 0)
		if err == nil {
			t.Errorf("%q: compiled, want error %q", c.pat, c.want)
			continue
		}
		if err.Error() != c.want {
			t.Errorf("%q: error %q, want %q", c.pat, err.Error(), c.want)
		}
	}
}

func TestTranslateGroups(t *testing.T) {
	tr, err := Translate(`(?P<a>x)(y)(?:z)((?P<b>w))`, 0)
	if err != nil {
		t.Fatal(err)
	}
	if tr.Groups != 4 || tr.GroupIndex["a"] != 1 || tr.GroupIndex["b"] != 4 {
		t.Fatalf("groups %d index %v", tr.Groups, tr.GroupIndex)
	}
	if tr.Parent[4] != 3 || tr.Parent[2] != 0 {
		t.Errorf("parents %v", tr.Parent)
	}
	if tr.Expr != `(?<1>x)(?<2>y)(?:z)(?<3>(?<4>w))` {
		t.Errorf("expr %q", tr.Expr)
	}
}

func spans(t *testing.T, pat, s string) []int {
	t.Helper()
	p, err := Compile(pat, false, 0)
	if err != nil {
		t.Fatal(err)
	}
	md, err := p.find(modeSearch, []rune(s), 0)
	if err != nil {
		t.Fatal(err)
	}
	if md == nil {
		return nil
	}
	return md.Spans
}

func TestSearchSpansInCodePoints(t *testing.T) {
	got := spans(t, `(?P<w>東京)\s(\d+)`, "ä 東京 2024")
	want := []int{2, 9, 2, 4, 5, 9}
	if len(got) != len(want) {
		t.Fatalf("spans %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("spans %v, want %v", got, want)
		}
	}
	if got := spans(t, `end\Z`, "the end\n"); got != nil {
		t.Errorf(`\Z matched before a final newline: %v`, got)
	}
	if got := spans(t, `end$`, "the end\n"); got == nil || got[0] != 4 {
		t.Errorf("$ should match before a final newline: %v", got)
	}
	if got := spans(t, `[^\W\d]+`, "abc123def"); got == nil || got[1] != 3 {
		t.Errorf(`[^\W\d]+ spans %v, want end 3`, got)
	}
}

func TestEachEmptyMatchRules(t *testing.T) {
	p, err := Compile(`|a`, false, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	text := []rune("a")
	if err := p.each(text, 0, func(md *MatchData) bool {
		got = append(got, string(text[md.Spans[0]:md.Spans[1]]))
		return true
	}); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != ",a," {
		t.Errorf("matches %q, want [\"\" \"a\" \"\"]", got)
	}
}

func TestEscape(t *testing.T) {
	if got := Escape("a.b c-d_é"); got != `a\.b\ c\-d_é` {
		t.Errorf("Escape = %q", got)
	}
}

// run executes Python source in a fresh gpython context; the script
// appends its results to the string "out", which run returns.
func run(t *testing.T, src string) string {
	t.Helper()
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	code, err := py.Compile("out = ''\n"+src, "<test>", py.ExecMode, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	mod, err := py.RunCode(ctx, code, "<test>", nil)
	if err != nil {
		t.Fatalf("running %q: %v", src, err)
	}
	out, _ := mod.Globals["out"].(py.String)
	return string(out)
}

func TestModuleFromPython(t *testing.T) {
	got := run(t, `
import re
def p(x):
    global out
    out = out + repr(x) + '\n'
p(re.sub(r'(?<=\[\[)([^|\]]+)', r'<\1>', 'see [[foo|bar]] and [[baz]]'))
p(re.findall(r'(\w+)=(\d+)', 'a=1 b=22 c=x'))
m = re.search(r'(?P<first>\w+) (?P<last>\w+)', 'Hello John Smith')
p(m.group('last'))
p(m.span())
p(m.lastindex)
p(m.lastgroup)
p(re.split(r'(,)', 'a,b'))
p(re.subn('x*', '-', 'abxd'))
try:
    re.compile('(')
except re.error as e:
    p(e.args[0])
`)
	want := "'see [[<foo>|bar]] and [[<baz>]]'\n[('a', '1'), ('b', '22')]\n'John'\n(0, 10)\n2\n'last'\n['a', ',', 'b']\n('-a-b--d-', 5)\n'missing ), unterminated subpattern at position 0'\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestTemplateErrors(t *testing.T) {
	p, err := Compile(`(a)`, false, 0)
	if err != nil {
		t.Fatal(err)
	}
	for tmpl, want := range map[string]string{
		`\2`:     "invalid group reference 2 at position 1",
		`\q`:     `bad escape \q at position 0`,
		`\g<1`:   "missing >, unterminated name at position 3",
		`\g<>`:   "missing group name at position 3",
		`\g<x>`:  "unknown group name 'x'",
		`\g<1a>`: "bad character in group name '1a' at position 3",
	} {
		_, err := p.parseTemplate(py.String(tmpl))
		if err == nil {
			t.Errorf("%q parsed, want %q", tmpl, want)
			continue
		}
		exc, ok := err.(*py.Exception)
		if !ok {
			t.Errorf("%q: error %T", tmpl, err)
			continue
		}
		msg, _ := exc.Args.(py.Tuple)[0].(py.String)
		if string(msg) != want {
			t.Errorf("%q: %q, want %q", tmpl, msg, want)
		}
	}
}

func TestLiteralFastPath(t *testing.T) {
	for pat, lit := range map[string]string{`colour`: "colour", `a\.b`: "a.b", `x\ty`: "x\ty", `é`: "é"} {
		p, err := Compile(pat, false, 0)
		if err != nil {
			t.Fatal(err)
		}
		if string(p.Tr.Literal) != lit {
			t.Errorf("%q: literal %q, want %q", pat, string(p.Tr.Literal), lit)
		}
	}
	for _, pat := range []string{`a.b`, `(?i)ab`, `a|b`, `ab*`, `\bab`, `(ab)`, `a{`, `a$`} {
		p, err := Compile(pat, false, 0)
		if err != nil {
			t.Fatal(err)
		}
		if p.Tr.Literal != nil {
			t.Errorf("%q treated as a literal", pat)
		}
	}
	got := run(t, `
import re
def p(x):
    global out
    out = out + repr(x) + '\n'
p(re.sub('aa', '-', 'aaaaa'))
p(re.findall('ab', 'xabyabab'))
p(re.split(', ', 'a, b, c'))
p([m.span() for m in re.finditer('é', 'éaé')])
p(re.compile('ab').findall('abab', 1))
`)
	want := "'--a'\n['ab', 'ab', 'ab']\n['a', 'b', 'c']\n[(0, 1), (2, 3)]\n['ab']\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestRequiredLiteral(t *testing.T) {
	for pat, want := range map[string]string{
		`\bcolour\b`: "colour", `(?<=\[\[)Category:`: "Category:", `ab+cd`: "cd", `a|b`: "",
		`(?i)abc`: "", `x(abc)yz`: "yz", `\d+ kg`: " kg", `a\.b*`: "a.", `foo(?=bar)`: "foo", `colou?r`: "colo",
	} {
		tr, err := Translate(pat, 0)
		if err != nil {
			t.Fatal(err)
		}
		if tr.Required != want {
			t.Errorf("%q: required %q, want %q", pat, tr.Required, want)
		}
	}
}
