package textmods

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
)

func TestNormalize(t *testing.T) {
	cases := []struct{ form, in, want string }{
		{"NFC", "Cafe\u0301", "Caf\u00e9"},
		{"NFD", "Caf\u00e9", "Cafe\u0301"},
		{"NFKC", "\ufb01\u00bd", "fi1\u20442"},
		{"NFKD", "\uff21", "A"},
		{"NFD", "\ud55c", "\u1112\u1161\u11ab"},
		{"NFC", "\u1112\u1161\u11ab", "\ud55c"},
		{"NFD", "e\u0302\u0323", "e\u0323\u0302"},
		{"NFC", "e\u0302\u0323", "\u1ec7"},
		{"NFC", "\u212b", "\u00c5"},
	}
	for _, c := range cases {
		got, err := Normalize(c.form, c.in)
		if err != nil || got != c.want {
			t.Errorf("%s(%+q) = %+q, %v; want %+q", c.form, c.in, got, err, c.want)
		}
	}
	if _, err := Normalize("XX", "a"); err == nil {
		t.Error("bad form accepted")
	}
}

func TestCategoryAndDigits(t *testing.T) {
	for r, want := range map[rune]string{'A': "Lu", 'a': "Ll", '1': "Nd", ' ': "Zs", '\u0301': "Mn", '\u2014': "Pd", '\n': "Cc", '\u20ac': "Sc"} {
		if got := Category(r); got != want {
			t.Errorf("Category(%q) = %s, want %s", r, got, want)
		}
	}
	if v, ok := DigitValue('\u0663'); !ok || v != 3 {
		t.Errorf("DigitValue(arabic 3) = %d, %v", v, ok)
	}
	if c := CombiningClass('\u0301'); c != 230 {
		t.Errorf("CombiningClass(U+0301) = %d", c)
	}
}

func TestHTML(t *testing.T) {
	if got := HTMLEscape(`<a href="x">'&'</a>`, true); got != "&lt;a href=&quot;x&quot;&gt;&#x27;&amp;&#x27;&lt;/a&gt;" {
		t.Errorf("HTMLEscape = %q", got)
	}
	cases := map[string]string{
		"&lt;&eacute;&#65;&#x42;": "<éAB",
		"&copy 2024 &ampx":        "© 2024 &x",
		"&nosuch; &#128; &#0;":    "&nosuch; € \ufffd",
		"&#xD800;&#1114112;":      "\ufffd\ufffd",
	}
	for in, want := range cases {
		if got := HTMLUnescape(in); got != want {
			t.Errorf("HTMLUnescape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestURL(t *testing.T) {
	if got := Quote([]byte("a b/é"), "/"); got != "a%20b/%C3%A9" {
		t.Errorf("Quote = %q", got)
	}
	if got := QuotePlus([]byte("a b&c"), ""); got != "a+b%26c" {
		t.Errorf("QuotePlus = %q", got)
	}
	if got := Unquote("%E2%82 %C3%A9"); got != "\ufffd é" {
		t.Errorf("Unquote = %q", got)
	}
	joins := map[string]string{
		"../g": "http://a/b/g", "g;x": "http://a/b/c/g;x", "?y": "http://a/b/c/d;p?y",
		"../../../g": "http://a/g", "//g": "http://g", "": "http://a/b/c/d;p?q",
	}
	for ref, want := range joins {
		got, err := URLJoin("http://a/b/c/d;p?q", ref, true)
		if err != nil || got != want {
			t.Errorf("URLJoin(%q) = %q, %v; want %q", ref, got, err, want)
		}
	}
	p, err := URLParse("http://u:p@Host:80/p;x?q#f", "", true)
	if err != nil || p != (URLParts{"http", "u:p@Host:80", "/p", "x", "q", "f"}) {
		t.Errorf("URLParse = %+v, %v", p, err)
	}
	qs, err := ParseQSL("a=1&b=&c&d=x+y", true, false, "&")
	if err != nil || len(qs) != 4 || qs[3] != [2]string{"d", "x y"} || qs[2] != [2]string{"c", ""} {
		t.Errorf("ParseQSL = %v, %v", qs, err)
	}
}

func TestWrap(t *testing.T) {
	w := DefaultWrapper()
	w.Width = 15
	lines, err := w.Wrap("A well-known, state-of-the-art example")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"A well-known,", "state-of-the-", "art example"}
	if strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Errorf("Wrap = %q, want %q", lines, want)
	}
	s, err := Shorten(DefaultWrapper(), "Hello  world!")
	if err != nil || s != "Hello world!" {
		t.Errorf("Shorten = %q, %v", s, err)
	}
	w2 := DefaultWrapper()
	w2.Width = 11
	if s, _ := Shorten(w2, "Hello  world!"); s != "Hello [...]" {
		t.Errorf("Shorten(11) = %q", s)
	}
	if got := Dedent("    a\n      b\n\n    c"); got != "a\n  b\n\nc" {
		t.Errorf("Dedent = %q", got)
	}
	if got := Capwords("hello   wORLD", nil); got != "Hello World" {
		t.Errorf("Capwords = %q", got)
	}
}

// run executes Python source in a fresh gpython context; the script
// appends its results to the string "out", which run returns.
func run(t *testing.T, src string) string {
	t.Helper()
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	code, err := py.Compile("out = ''\ndef p(x):\n    global out\n    out = out + repr(x) + '\\n'\n"+src, "<test>", py.ExecMode, 0, true)
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

func TestModulesFromPython(t *testing.T) {
	got := run(t, `
import itertools, functools, operator, copy, string
p(list(itertools.islice(itertools.count(5, 2), 3)))
p(list(itertools.permutations('abc', 2))[:3])
p([k for k, g in itertools.groupby('aabbbc')])
p(functools.reduce(operator.add, [1, 2, 3], 10))
p(functools.partial(pow, 2)(8))
f = functools.lru_cache(maxsize=None)(lambda n: n * 2)
f(1)
f(1)
p(f.cache_info().hits)
x = [[1], [2]]
y = copy.deepcopy(x)
y[0].append(3)
p(x)
p(string.Template('$a-${b}').substitute(a=1, b='x'))
p(operator.itemgetter(1, 0)('ab'))
`)
	want := "[5, 7, 9]\n[('a', 'b'), ('a', 'c'), ('b', 'a')]\n['a', 'b', 'c']\n16\n256\n1\n[[1], [2]]\n'1-x'\n('b', 'a')\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
