package bridge

import (
	"math/rand"
	"strings"
	"testing"
)

// TestRenderColorsAgainstPython compares renderColors with the Python
// renderer of pyshim/pywikibot/__init__.py (_render's loop, run in
// CPython) on hand-picked and random texts with colour tags, coloured and
// not.
func TestRenderColorsAgainstPython(t *testing.T) {
	texts := []string{
		"",
		"plain\n",
		"<<lightred>>- removed<<default>>\n<<lightgreen>>+ added<<default>>\n",
		"@@ -3 +3 @@\n- a <<lightred>>b<<default>> c\n",
		"<<red>>one<<blue>>two<<previous>>three<<previous>>four",
		"<<<red>>x<<red>>>y<<unknown>>z<<red;>>w<<red;blue>>v\nend",
		"<<red>x>> <<re<<green>>q\n\n<<default;lightred>>bg<<default>>\n",
		"no tag at end <<aqua>>",
		"<<previous>><<previous>>a\nb\nc<<yellow>>",
	}
	rng := rand.New(rand.NewSource(3))
	pieces := []string{"<<red>>", "<<lightgreen>>", "<<default>>", "<<previous>>", "<<default;lightred>>",
		"<<blue;white>>", "<<bogus>>", "<<", ">>", "<", "\n", "text", " ", "äö", "x\ny"}
	for i := 0; i < 150; i++ {
		var b strings.Builder
		for n := rng.Intn(12); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	script := `import sys, json, re
names = ['default', 'black', 'blue', 'green', 'aqua', 'red', 'purple', 'yellow', 'lightgray',
         'gray', 'lightblue', 'lightgreen', 'lightaqua', 'lightred', 'lightpurple',
         'lightyellow', 'white']
alt = '|'.join(names + ['previous'])
color_re = re.compile('<<((?:{0})(?:;(?:{0}))?)>>'.format(alt))
codes = {'default': 0, 'black': 30, 'red': 31, 'green': 32, 'yellow': 33, 'blue': 34, 'purple': 35,
         'aqua': 36, 'lightgray': 37, 'gray': 90, 'lightred': 91, 'lightgreen': 92,
         'lightyellow': 93, 'lightblue': 94, 'lightpurple': 95, 'lightaqua': 96, 'white': 97}
def render(text, colorized):
    parts = color_re.split(text)
    texts = parts[0::2]
    tags = parts[1::2] + ['default']
    stack = ['default']
    marked = False
    out = []
    last = len(texts) - 1
    for k in range(len(texts)):
        txt, nxt = texts[k], tags[k]
        cur = stack[-1]
        if nxt == 'previous':
            if len(stack) > 1:
                stack.pop()
            nxt = stack[-1]
        else:
            stack.append(nxt)
        if cur != nxt:
            marked = True
        if marked and not colorized:
            if '\n' in txt:
                txt = txt.replace('\n', ' ***\n', 1)
                marked = False
            elif k == last:
                txt += ' ***'
                marked = False
        out.append(txt)
        if cur != nxt and colorized:
            fg, _, bg = stack[-1].partition(';')
            out.append('\x1b[{}m'.format(codes[fg]))
            if bg:
                out.append('\x1b[{}m'.format(codes[bg] + 10))
    return ''.join(out)
print(json.dumps([[render(t, False), render(t, True)] for t in json.load(sys.stdin)]))`
	var want [][2]string
	cpythonJSON(t, script, texts, &want)
	for i, text := range texts {
		for c, colorized := range []bool{false, true} {
			got, ok := renderColors(text, colorized)
			if !ok {
				t.Fatalf("renderColors(%q) refused a text without previous;colour", text)
			}
			if got != want[i][c] {
				t.Errorf("renderColors(%q, %v) = %q, Python: %q", text, colorized, got, want[i][c])
			}
		}
	}
	// a tag pairing previous with a colour is left to the Python renderer
	if _, ok := renderColors("a<<previous;red>>b", true); ok {
		t.Error("renderColors accepted <<previous;red>>")
	}
}
