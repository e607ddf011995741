package bridge

import (
	"math/rand"
	"strings"
	"testing"
)

// TestLineCompareAgainstNdiff compares lineCompare with CPython's
// difflib.ndiff on page-like edits (lines changed a little, lines replaced,
// inserted, deleted, moved, blank and tab differences, non-ASCII text) and
// on random lines over small alphabets (many ties between pairs).
func TestLineCompareAgainstNdiff(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	words := []string{"lorem", "ipsum", "dolor", "sit", "amet", "[[Bench 001]]", "Käse", "über", "\t", "  ", "{{tpl}}"}
	line := func() string {
		var b strings.Builder
		for n := 1 + rng.Intn(8); n > 0; n-- {
			b.WriteString(words[rng.Intn(len(words))])
			b.WriteByte(' ')
		}
		return b.String() + "\n"
	}
	mutate := func(s string) string {
		r := []rune(s)
		switch k := rng.Intn(5); {
		case k == 0 && len(r) > 2:
			p := rng.Intn(len(r) - 1)
			return string(r[:p]) + string(r[p+1:])
		case k == 1:
			return strings.Replace(s, "lorem", "LOREM", 1)
		case k == 2:
			return strings.Replace(s, " ", "  ", 1)
		case k == 3:
			return line()
		}
		p := rng.Intn(len(r))
		return string(r[:p]) + "x" + string(r[p:])
	}
	type tc struct{ A, B []string }
	var cases []tc
	for c := 0; c < 60; c++ {
		a, b := []string{}, []string{}
		n := rng.Intn(30)
		if c%10 == 0 {
			n = 120
		}
		for i := 0; i < n; i++ {
			a = append(a, line())
		}
		for _, x := range a {
			switch rng.Intn(6) {
			case 0:
				// deleted
			case 1:
				b = append(b, x, line())
			case 2, 3:
				b = append(b, mutate(x))
			default:
				b = append(b, x)
			}
		}
		cases = append(cases, tc{a, b})
	}
	small := func() []string {
		out := make([]string, rng.Intn(12))
		for i := range out {
			var b strings.Builder
			for n := rng.Intn(6); n > 0; n-- {
				b.WriteByte("ab \t"[rng.Intn(4)])
			}
			out[i] = b.String() + "\n"
		}
		return out
	}
	for c := 0; c < 40; c++ {
		cases = append(cases, tc{small(), small()})
	}
	script := `import sys, json, difflib
print(json.dumps([list(difflib.ndiff(c['A'], c['B'])) for c in json.load(sys.stdin)]))`
	var want [][]string
	cpythonJSON(t, script, cases, &want)
	for k, c := range cases {
		got := lineCompare(c.A, c.B)
		if strings.Join(got, "") != strings.Join(want[k], "") || len(got) != len(want[k]) {
			t.Errorf("case %d:\n a=%q\n b=%q\n got %q\nwant %q", k, c.A, c.B, got, want[k])
		}
	}
}
