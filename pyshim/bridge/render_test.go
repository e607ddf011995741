package bridge

import (
	"math/rand"
	"strings"
	"testing"
)

// TestRenderColorsAgainstPython compares renderColors with the Python
// renderer of pyshim/pywikibot/__init__.py (_render and _color_runs, run in
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
	// the package's own _render, its Go fast path switched off
	script := `import sys, os, json, re, types
_gowikibot = types.SimpleNamespace(render_colors=lambda text, colorized: None)
config = types.SimpleNamespace()
` + shippedPython(t, "_COLOR_NAMES", "_COLOR_ALT", "_COLOR_RE", "_COLORS", "_color_runs", "_render") + `
def render(text, colorized):
    config.colorized_output = colorized
    return _render(text, sys.stdout)
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
