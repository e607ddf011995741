package bridge

import (
	"math/rand"
	"strings"
	"testing"
)

// TestHunkTextAgainstPython compares hunkText with showDiff's Python hunk
// renderer (the code hunk_text replaces in pyshim/pywikibot/__init__.py,
// run in CPython with difflib.ndiff for the line compare and the Python
// form of color_line) on the hunks difflib groups for page-like edits.
func TestHunkTextAgainstPython(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	words := []string{"lorem", "ipsum", "dolor", "[[Bench 001]]", "Käse", "über", "\t", "  ", "{{tpl}}", "x"}
	line := func() string {
		var b strings.Builder
		for n := 1 + rng.Intn(7); n > 0; n-- {
			b.WriteString(words[rng.Intn(len(words))])
			b.WriteByte(' ')
		}
		return b.String() + "\n"
	}
	type tc struct{ A, B []string }
	var cases []tc
	for c := 0; c < 80; c++ {
		a, b := []string{}, []string{}
		for i := rng.Intn(25); i > 0; i-- {
			a = append(a, line())
		}
		if c%7 == 0 && len(a) > 0 {
			a[len(a)-1] = strings.TrimSuffix(a[len(a)-1], "\n") // a last line without a line feed
		}
		for _, x := range a {
			switch rng.Intn(6) {
			case 0:
			case 1:
				b = append(b, x, line())
			case 2, 3:
				r := []rune(x)
				p := rng.Intn(len(r))
				b = append(b, string(r[:p])+"LOREM"+string(r[p:]))
			default:
				b = append(b, x)
			}
		}
		cases = append(cases, tc{a, b})
	}
	// the package's own _hunk_text with its Go fast path switched off,
	// difflib.ndiff for the line compare and the Python form of color_line
	script := `import sys, json, difflib, types
` + colorLineReference + `_gowikibot = types.SimpleNamespace(hunk_text=lambda a, b, group: None,
                                 line_compare=lambda a, b: list(difflib.ndiff(a, b)),
                                 color_line=color_line)
` + shippedPython(t, "_nl", "_color_line", "_line_compare", "_hunk_text") + `
out = []
for c in json.load(sys.stdin):
    for n in (0, 2):
        for g in difflib.SequenceMatcher(None, c['A'], c['B']).get_grouped_opcodes(n):
            out.append([c['A'], c['B'], g, _hunk_text(c['A'], c['B'], g)])
print(json.dumps(out))`
	var want [][4]any
	cpythonJSON(t, script, cases, &want)
	if len(want) < 100 {
		t.Fatalf("only %d hunks to compare", len(want))
	}
	strs := func(v any) []string {
		var out []string
		for _, s := range v.([]any) {
			out = append(out, s.(string))
		}
		return out
	}
	for k, w := range want {
		var group []hunkOp
		for _, o := range w[2].([]any) {
			op := o.([]any)
			group = append(group, hunkOp{op[0].(string), int(op[1].(float64)), int(op[2].(float64)), int(op[3].(float64)), int(op[4].(float64))})
		}
		got, ok := hunkText(strs(w[0]), strs(w[1]), group)
		if !ok || got != w[3].(string) {
			t.Errorf("hunk %d %v:\n got %q\nwant %q", k, group, got, w[3])
		}
	}
}
