package bridge

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/lib/pyre"
)

// replaceCase is one call of replaceExcept: text, old (a pattern), new (a
// template), the exception patterns, allowoverlap, count and marker.
type replaceCase struct {
	Text, Old, New string
	Guards         []string
	Overlap        bool
	Count          int
	Marker         string
}

// replaceExceptCases are random calls over a small alphabet, with
// patterns and templates that reach the loop's corners: groups that do
// not take part, named groups, lookbehinds that see replaced text, empty
// matches, anchors, case folding, exceptions before, at and around the
// matches, \n in the template and references to groups that do not exist.
func replaceExceptCases(n int) []replaceCase {
	rng := rand.New(rand.NewSource(14))
	alphabet := []string{"a", "b", "ab", "x", "<", ">", "\n", " ", "é", "A"}
	olds := []string{`a`, `ab`, `(a)(b)?`, `(?<=a)b`, `(?<!a)b`, `\bb`, `^a`, `(?m)^a`, `a*`, `b?`,
		`(?P<n>a+)(?P<m>x)?`, `x|`, `b$`, `(?i)A`, `é+`, `(?<=a)`, `\s`, `[ab]{2}`}
	guards := []string{`<[^>]*>`, `x+`, `(?<=b)a`, `\n`, `A.`, `(?s)<.*?>`, `é`}
	news := []string{``, `Z`, `\1`, `[\g<0>]`, `\g<n>\g<m>`, `\\n`, `\n`, `\2`, `\0\0`, `a`, `ba`,
		`\g<1>x`, `\g<nope>`, `\9`, `\\\1`, `\g<>`, `\g<1`, `\`, `é\g<0>`, `\g<01>`}
	var cases []replaceCase
	for len(cases) < n {
		var text strings.Builder
		for k := rng.Intn(14); k > 0; k-- {
			text.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		c := replaceCase{Text: text.String(), Old: olds[rng.Intn(len(olds))], New: news[rng.Intn(len(news))]}
		for k := rng.Intn(3); k > 0; k-- {
			c.Guards = append(c.Guards, guards[rng.Intn(len(guards))])
		}
		if rng.Intn(4) == 0 {
			c.Count = rng.Intn(3)
		}
		if rng.Intn(4) == 0 {
			// with overlaps, a template that makes a new match right
			// after pos never ends (in pywikibot as well): a count
			c.Overlap, c.Count = true, 1+rng.Intn(3)
		}
		if rng.Intn(3) == 0 {
			c.Marker = "@@"
		}
		cases = append(cases, c)
	}
	return cases
}

// TestReplaceExceptAgainstPython compares replace_except with the loop it
// stands in for: pywikibot's own textlib.replaceExcept as shipped, run in
// CPython with CPython's re (the Go path switched off), on random calls.
// Where CPython's loop raises (a reference to a group the pattern lacks),
// the Go function must decline (None), so that the Python loop raises it;
// it may decline only templates with such a reference (or \g<>).
func TestReplaceExceptAgainstPython(t *testing.T) {
	cases := replaceExceptCases(3000)
	script := `import sys, json, re, types
_gowikibot = types.SimpleNamespace(replace_except=lambda *a: None)
def get_regexes(keys, site=None):
    return list(keys)
` + shippedFrom(t, "textlib.py", "replaceExcept", "_expand_template", "_GROUP_REF", "_NO_MATCH") + `
def valid(p, new):
    """Whether every group reference of new names a group of p."""
    for ref in _GROUP_REF.finditer(new.replace('\\n', '\n')):
        g = ref.group(1) or ref.group(2)
        try:
            g = int(g)
        except ValueError:
            if g not in p.groupindex:
                return False
        else:
            if not 0 <= g <= p.groups:
                return False
    return True
out = []
for c in json.load(sys.stdin):
    old = re.compile(c['Old'])
    v = 'valid' if valid(old, c['New']) else ''
    try:
        got = replaceExcept(c['Text'], old, c['New'],
                            [re.compile(g) for g in c['Guards'] or []],
                            allowoverlap=c['Overlap'], marker=c['Marker'], count=c['Count'])
        out.append({'ok': got, 'valid': v})
    except IndexError as e:
        out.append({'err': str(e), 'valid': v})
print(json.dumps(out))`
	var want []map[string]string
	cpythonJSON(t, script, cases, &want)
	if len(want) != len(cases) {
		t.Fatalf("CPython gave %d results for %d cases", len(want), len(cases))
	}
	compile := func(src string) py.Object {
		p, err := pyre.Compile(src, false, 0)
		if err != nil {
			t.Fatalf("compile %q: %v", src, err)
		}
		return p
	}
	declined, raised := 0, 0
	for k, c := range cases {
		guards := py.NewList()
		for _, g := range c.Guards {
			guards.Append(compile(g))
		}
		got, err := pyReplaceExcept([]py.Object{py.String(c.Text), compile(c.Old), py.String(c.New), guards,
			py.NewBool(c.Overlap), py.Int(c.Count), py.String(c.Marker)})
		if err != nil {
			t.Fatalf("case %d %+v: %v", k, c, err)
		}
		w, ok := want[k]["ok"]
		if !ok {
			raised++
			if got != py.None {
				t.Errorf("case %d %+v: CPython raised %q, Go gave %q", k, c, want[k]["err"], got)
			}
			continue
		}
		if got == py.None {
			declined++
			if want[k]["valid"] != "" && !strings.Contains(c.New, `\g<>`) {
				t.Errorf("case %d %+v: Go declined a template whose references all resolve", k, c)
			}
			continue
		}
		if string(got.(py.String)) != w {
			t.Errorf("case %d %+v:\n got %q\nwant %q", k, c, got, w)
		}
	}
	if raised < 50 {
		t.Errorf("only %d cases where CPython raises", raised)
	}
	t.Logf("%d cases: %d compared, %d raised in CPython, %d left to Python", len(cases), len(cases)-raised-declined, raised, declined)
}

// TestReplaceExceptDeclines checks the calls left to the Python loop.
func TestReplaceExceptDeclines(t *testing.T) {
	pat := func(src string) py.Object {
		p, err := pyre.Compile(src, false, 0)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	bpat, err := pyre.Compile("a", true, 0)
	if err != nil {
		t.Fatal(err)
	}
	guards := func(g ...py.Object) py.Object { return py.NewListFromItems(g) }
	for _, c := range []struct {
		name string
		args []py.Object
	}{
		// an exception matching empty before the match: pywikibot's loop
		// never ends; the Python loop runs it (interruptibly)
		{"empty exception", []py.Object{py.String("ba"), pat("a"), py.String("b"), guards(pat("x*")), py.False, py.Int(0), py.String("")}},
		{"bytes pattern", []py.Object{py.String("a"), bpat, py.String("b"), guards(), py.False, py.Int(0), py.String("")}},
		{"callable new", []py.Object{py.String("a"), pat("a"), py.None, guards(), py.False, py.Int(0), py.String("")}},
		{"guard not a pattern", []py.Object{py.String("a"), pat("a"), py.String("b"), guards(py.String("comment")), py.False, py.Int(0), py.String("")}},
		{"count not int", []py.Object{py.String("a"), pat("a"), py.String("b"), guards(), py.False, py.Float(1), py.String("")}},
		{"non-ASCII group number", []py.Object{py.String("a"), pat("(a)"), py.String(`\١`), guards(), py.False, py.Int(0), py.String("")}},
		{"name with a blank", []py.Object{py.String("a"), pat("(a)"), py.String(`\g< 1>`), guards(), py.False, py.Int(0), py.String("")}},
		{"invalid UTF-8", []py.Object{py.String("a\xff"), pat("a"), py.String("b"), guards(), py.False, py.Int(0), py.String("")}},
	} {
		got, err := pyReplaceExcept(c.args)
		if err != nil || got != py.None {
			t.Errorf("%s: got %v, %v; want None", c.name, got, err)
		}
	}
	// and one it takes, for contrast
	got, err := pyReplaceExcept([]py.Object{py.String("a<a>a"), pat("a"), py.String(`[\g<0>]`), guards(pat("<[^>]*>")), py.False, py.Int(0), py.String("@")})
	if err != nil || got != py.String("[a]<a>[a]@") {
		t.Errorf("got %v, %v", got, err)
	}
}
