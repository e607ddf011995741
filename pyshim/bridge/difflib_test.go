package bridge

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"os"
	"os/exec"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestMatchBlocksAgainstDifflib compares matchBlocks with CPython's difflib
// (when /usr/bin/python3 is there) on line and character sequences,
// including a 300-line sequence where the autojunk rule applies.
func TestMatchBlocksAgainstDifflib(t *testing.T) {
	cases := [][2]string{
		{"abxcd", "abcd"},
		{"the quick brown fox", "the quack brown box"},
		{"a\nb\nc\nd\n", "a\nB\nc\nd\ne\n"},
		{strings.Repeat("x\ny\n", 150) + "tail\n", strings.Repeat("x\ny\n", 140) + "new\n" + strings.Repeat("x\n", 5)},
	}
	py := cpython(t)
	for _, c := range cases {
		for _, lines := range []bool{false, true} {
			var a, b []string
			if lines {
				a, b = strings.SplitAfter(c[0], "\n"), strings.SplitAfter(c[1], "\n")
			} else {
				a, b = strings.Split(c[0], ""), strings.Split(c[1], "")
			}
			got := matchBlocks(a, b)
			gotJunk := matchBlocksJunk(a, b, map[string]bool{" ": true, "\t": true})
			if last := got[len(got)-1]; last != [3]int{len(a), len(b), 0} {
				t.Fatalf("no sentinel: %v", got)
			}
			script := "import sys, difflib, json\na, b = json.load(sys.stdin)\nprint(json.dumps([list(m) for m in difflib.SequenceMatcher(None, a, b).get_matching_blocks()]))"
			cmd := exec.Command(py, "-c", script)
			cmd.Stdin = strings.NewReader(jsonPair(a, b))
			out, e := cmd.Output()
			if e != nil {
				t.Fatal(e)
			}
			want := strings.TrimSpace(string(out))
			if g := blocksJSON(got); g != want {
				t.Errorf("lines=%v %q -> %q:\n got %s\nwant %s", lines, c[0][:min(20, len(c[0]))], c[1][:min(20, len(c[1]))], g, want)
			}
			if lines {
				continue
			}
			script = "import sys, difflib, json\na, b = json.load(sys.stdin)\nprint(json.dumps([list(m) for m in difflib.SequenceMatcher(difflib.IS_CHARACTER_JUNK, a, b).get_matching_blocks()]))"
			cmd = exec.Command(py, "-c", script)
			cmd.Stdin = strings.NewReader(jsonPair(a, b))
			out, e = cmd.Output()
			if e != nil {
				t.Fatal(e)
			}
			if g, w := blocksJSON(gotJunk), strings.TrimSpace(string(out)); g != w {
				t.Errorf("junk %q -> %q:\n got %s\nwant %s", c[0][:min(20, len(c[0]))], c[1][:min(20, len(c[1]))], g, w)
			}
		}
	}
	if !reflect.DeepEqual(matchBlocks(nil, nil), [][3]int{{0, 0, 0}}) {
		t.Error("empty sequences")
	}
}

func jsonPair(a, b []string) string {
	q := func(l []string) string {
		var parts []string
		for _, s := range l {
			r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`)
			parts = append(parts, `"`+r.Replace(s)+`"`)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return "[" + q(a) + ", " + q(b) + "]"
}

func blocksJSON(bs [][3]int) string {
	var parts []string
	for _, m := range bs {
		parts = append(parts, "["+strconv.Itoa(m[0])+", "+strconv.Itoa(m[1])+", "+strconv.Itoa(m[2])+"]")
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// TestQuickRatio checks quickRatio against values CPython's difflib gives
// (SequenceMatcher(None, a, b).quick_ratio(), recorded), ASCII and not.
func TestQuickRatio(t *testing.T) {
	cases := []struct {
		a, b string
		want float64
	}{
		{"", "", 1},
		{"abc", "", 0},
		{"abcd", "bcde", 0.75},
		{"the quick brown fox", "the quack brown box", 0.8947368421052632},
		{"Käse über Straße", "Kase uber Strasse", 0.7878787878787878},
		{"ééé", "é", 0.5},
		{"日本語のテキスト", "日本のテキスト語", 1},
		{"aaaa", "aa", 0.6666666666666666},
	}
	for _, c := range cases {
		if got := quickRatio(c.a, c.b); got != c.want {
			t.Errorf("quickRatio(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestBestPairAgainstDifflib runs difflib.Differ's closest-pair search in
// CPython (when /usr/bin/python3 is there) on blocks of replaced lines and
// compares bestPair's answer.
func TestBestPairAgainstDifflib(t *testing.T) {
	cases := [][2][]string{
		{{"Line 1: lorem ipsum\n", "Line 2: dolor sit\n"}, {"Line 1: LOREM ipsum\n", "Line 2: dolor  sit\t\n"}},
		{{"abc\n", "same\n", "xyz\n"}, {"same\n", "abd\n"}},
		{{"completely different\n"}, {"nothing alike here\n"}},
		{{"Käse über Straße\n", "tab\there\n"}, {"Kase uber Strasse\n", "tab here\n"}},
		{{"", "a\n"}, {"", "b\n"}},
	}
	for _, c := range cases {
		best, bi, bj, eqi, eqj := bestPair(c[0], c[1])
		got := strconv.FormatFloat(best, 'g', -1, 64) + " " + fmtInts(bi, bj, eqi, eqj)
		py := cpython(t)
		script := `import sys, json, difflib
a, b = json.load(sys.stdin)
best = 0.74; bi = bj = eqi = eqj = -1
cruncher = difflib.SequenceMatcher(difflib.IS_CHARACTER_JUNK)
for j, y in enumerate(b):
    cruncher.set_seq2(y)
    for i, x in enumerate(a):
        if x == y:
            if eqi < 0:
                eqi, eqj = i, j
            continue
        cruncher.set_seq1(x)
        if cruncher.real_quick_ratio() > best and cruncher.quick_ratio() > best and cruncher.ratio() > best:
            best, bi, bj = cruncher.ratio(), i, j
print(repr(best), bi, bj, eqi, eqj)`
		cmd := exec.Command(py, "-c", script)
		cmd.Stdin = strings.NewReader(jsonPair(c[0], c[1]))
		out, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.TrimSpace(string(out)); got != want {
			t.Errorf("bestPair(%q, %q) = %s, difflib: %s", c[0], c[1], got, want)
		}
	}
}

func fmtInts(v ...int) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, " ")
}

// TestLineTagsAgainstDiffer compares lineTags with the "? " lines of
// CPython's difflib.Differ for similar line pairs (when /usr/bin/python3
// is there).
func TestLineTagsAgainstDiffer(t *testing.T) {
	pairs := [][2]string{
		{"Line 0: lorem ipsum dolor sit amet\n", "Line 0: LOREM ipsum dolor sit amet\n"},
		{"\tindented  text here\n", "\tindented text  here!\n"},
		{"abcdefghij klmnop\n", "abcXefghij klmnopqr\n"},
		{"Käse über Straße und mehr\n", "Käse uber Straße und mehr\n"},
		{"remove a word from this line\n", "remove a from this line\n"},
	}
	// the "? " line after "- x" and after "+ y" ("" when Differ prints none)
	script := `import sys, json, difflib
x, y = json.load(sys.stdin)
out, k = ['', ''], 0
for l in difflib.Differ().compare([x], [y]):
    if l[:2] in ('- ', '+ '):
        k = 0 if l[0] == '-' else 1
    elif l.startswith('? '):
        out[k] = l[2:].rstrip('\n')
print(json.dumps(out))`
	for _, p := range pairs {
		var want []string
		cpythonJSON(t, script, []string{p[0], p[1]}, &want)
		a, b := lineTags(p[0], p[1])
		if a != want[0] || b != want[1] {
			t.Errorf("lineTags(%q, %q) = %q, %q; Differ: %q, %q", p[0], p[1], a, b, want[0], want[1])
		}
	}
}

// TestMatchBlocksRandomAgainstDifflib compares matchBlocksJunk with
// CPython's difflib on random sequences over small alphabets (many equal
// items, so many tie-breaks), with and without junk, and on sequences of
// 200+ items where the autojunk rule applies.
func TestMatchBlocksRandomAgainstDifflib(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	gen := func(n int, alphabet string) []string {
		chars := []rune(alphabet)
		out := make([]string, n)
		for i := range out {
			out[i] = string(chars[rng.Intn(len(chars))])
		}
		return out
	}
	type tc struct {
		A, B []string
		Junk bool
	}
	var cases []tc
	for i := 0; i < 80; i++ {
		n, m := rng.Intn(40), rng.Intn(40)
		if i%10 == 9 {
			n, m = 200+rng.Intn(100), 200+rng.Intn(100)
		}
		alpha := []string{"ab", "abc ", "abcdefgh\t ", "aäb ß\t€"}[i%4]
		cases = append(cases, tc{gen(n, alpha), gen(m, alpha), i%2 == 1})
	}
	script := `import sys, json, difflib
out = []
for c in json.load(sys.stdin):
    junk = difflib.IS_CHARACTER_JUNK if c['Junk'] else None
    out.append([list(m) for m in difflib.SequenceMatcher(junk, c['A'], c['B']).get_matching_blocks()])
print(json.dumps(out))`
	var want [][][3]int
	cpythonJSON(t, script, cases, &want)
	m := getBlockMatcher()
	defer m.put()
	for i, c := range cases {
		var junk map[string]bool
		if c.Junk {
			junk = map[string]bool{" ": true, "\t": true}
		}
		if got := matchBlocksJunk(c.A, c.B, junk); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("case %d (junk %v):\n a=%q\n b=%q\n got %v\nwant %v", i, c.Junk, strings.Join(c.A, ""), strings.Join(c.B, ""), got, want[i])
		}
		// the same search over runes (a matcher reused across the cases)
		got := m.runeBlocks([]rune(strings.Join(c.A, "")), []rune(strings.Join(c.B, "")), c.Junk)
		if !reflect.DeepEqual(slices.Clone(got), want[i]) {
			t.Errorf("runes, case %d (junk %v):\n a=%q\n b=%q\n got %v\nwant %v", i, c.Junk, strings.Join(c.A, ""), strings.Join(c.B, ""), got, want[i])
		}
	}
}

// TestColorLineAgainstPython runs pywikibot-style per-character colouring
// (the Python loop colorLine replaced) in CPython and compares.
func TestColorLineAgainstPython(t *testing.T) {
	cases := [][3]string{
		{"- Line 0: lorem ipsum\n", "  ^^^^^^^^^ ^^^^^\n", "lightred"},
		{"+ a b c d\n", "    ^ ^  \n", "lightgreen"},
		{"+ short\n", "  ++++++++++++\n", "lightgreen"},
		{"- Käse über\n", "        ^\n", "lightred"},
		{"+ x y\n", "   ^ ^\n", "lightgreen"},
	}
	script := `import sys, json
` + colorLineReference + `print(json.dumps([color_line(*c) for c in json.load(sys.stdin)]))`
	var want []string
	cpythonJSON(t, script, cases, &want)
	for i, c := range cases {
		if got := colorLine(c[0], c[1], c[2]); got != want[i] {
			t.Errorf("colorLine(%q, %q) = %q, want %q", c[0], c[1], got, want[i])
		}
	}
}

// colorLineReference is the Python per-character colouring that colorLine
// replaced (pywikibot's), the reference of the Go colorLine in the tests.
const colorLineReference = `def color_line(line, ref, color):
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
`

// cpython returns the CPython to compare with; without one the test is
// skipped, or fails under CI=true (the CI machine installs python3).
func cpython(t *testing.T) string {
	t.Helper()
	py, err := exec.LookPath("/usr/bin/python3")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("/usr/bin/python3 required (CI=true): %v", err)
		}
		t.Skip("no /usr/bin/python3 to compare with")
	}
	return py
}

// cpythonJSON runs script in CPython (/usr/bin/python3; the test is skipped
// without it) with in as JSON on its standard input, and decodes its JSON
// output into out.
func cpythonJSON(t *testing.T, script string, in, out any) {
	t.Helper()
	py := cpython(t)
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = bytes.NewReader(data)
	res, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(res, out); err != nil {
		t.Fatal(err)
	}
}
