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
	script := `import sys, json, difflib
def color_line(line, ref, color):
    ref = ref.strip()
    out = ''
    closed = True
    for k in range(max(len(line), len(ref))):
        c = line[k] if k < len(line) else ' '
        r = ref[k] if k < len(ref) else ' '
        tagged = c
        if closed:
            if r != ' ':
                tagged = '<<{}>>{}'.format(color if c != ' ' else 'default;' + color, c)
                closed = False
        elif r == ' ':
            tagged = '<<default>>' + c
            closed = True
        out += tagged
    if not closed:
        out += '<<default>>'
    return out
def _nl(line):
    return line if line.endswith('\n') else line + '\n'
def _color_line(line, ref=None):
    color = {'+': 'lightgreen', '-': 'lightred'}.get(line[:1])
    if ref is None:
        return '<<{}>>{}<<default>>'.format(color, line) if color else line
    return color_line(line, ref, color)
def _line_compare(a, b):
    return list(difflib.ndiff(a, b))
def _hunk_text(a, b, group):
    diff = []
    for t, i1, i2, j1, j2 in group:
        if t == 'equal':
            diff.extend('  ' + _nl(x) for x in a[i1:i2])
        elif t == 'delete':
            diff.extend('- ' + _nl(x) for x in a[i1:i2])
        elif t == 'insert':
            diff.extend('+ ' + _nl(x) for x in b[j1:j2])
        else:
            diff.extend(_nl(x) for x in _line_compare(a[i1:i2], b[j1:j2]))
    out = []
    line1, line2 = '', diff[0]
    for line in diff[1:]:
        fmt, line1, line2 = line1, line2, line
        if line1.startswith('?'):
            continue
        if line2.startswith('?'):
            out.append(_color_line(line1, line2))
            if line1.startswith('+'):
                line2 = ''
            continue
        if line1.startswith('-'):
            out.append(_color_line(line1))
        elif line1.startswith('+'):
            fmt = fmt if fmt.startswith('?') else ''
            fmt = fmt[:min(len(fmt), len(line1))]
            out.append(_color_line(line1, fmt or None))
    if line2.startswith('-'):
        out.append(_color_line(line2))
    elif line2.startswith('+'):
        fmt = line1 if line1.startswith('?') else ''
        fmt = fmt[:min(len(fmt), len(line2))]
        out.append(_color_line(line2, fmt or None))
    return ''.join(out)
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
