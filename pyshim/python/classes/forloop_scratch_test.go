package classes

import (
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/pyshim/python/internal/rewritetest"
)

const loopSmall = `def f(xs):
    for x in xs:
        if x:
            break
    return [y for y in xs]
`

// loopBig is a module of functions with more and longer loops than
// loopSmall's.
func loopBig() string {
	var b strings.Builder
	for i := 0; i < 40; i++ {
		b.WriteString("def g(xs):\n    t = 0\n")
		for j := 0; j < 8; j++ {
			b.WriteString("    for x in xs:\n        for y in x:\n            t += y\n        else:\n            t -= 1\n")
		}
		b.WriteString("    return t\n")
		// short loops: exits at many small offsets
		b.WriteString("def h(xs):\n")
		for j := 0; j < 30; j++ {
			b.WriteString("    for x in xs:\n        pass\n")
		}
	}
	return b.String()
}

// fixForLoops's working memory is reused from one code object to the
// next: code rewritten after larger code (whose loops left filled exit
// flags and offset maps behind) comes out exactly as when rewritten first.
func TestFixForLoopsScratchReuse(t *testing.T) {
	rewritetest.ScratchReuse(t, "fixForLoops", fixForLoops, loopSmall, loopBig())
}

// Rewriting a function's loops allocates its new bytecode and line table
// and little else (before the scratch, about 40 bytes a byte of code for
// the decoded and rewritten instructions, the exits and the offset map).
func TestFixForLoopsBytesPerCode(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector drops pooled scratches at random")
	}
	var src strings.Builder
	src.WriteString("def f(xs):\n    t = 0\n")
	for j := 0; j < 12; j++ {
		src.WriteString("    for x in xs:\n        t += x\n")
	}
	rewritetest.BytesPerCode(t, "fixForLoops", fixForLoops, src.String(), 200)
}
