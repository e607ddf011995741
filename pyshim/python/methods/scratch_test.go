package methods

import (
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/pyshim/python/internal/rewritetest"
)

const scratchSmall = `def f(a, b):
    try:
        return a % b + (a == b)
    except ZeroDivisionError:
        return a is b
    finally:
        a += 1
`

// scratchBig is a module of many functions with larger code than
// scratchSmall's, each rewritten by PatchCode.
func scratchBig() string {
	var b strings.Builder
	for i := 0; i < 60; i++ {
		b.WriteString("def g" + string(rune('a'+i%26)) + "(x, y=2, **kw):\n")
		for j := 0; j < 12; j++ {
			b.WriteString("    x = x % y + (x == y) + (x | y)\n")
		}
		b.WriteString("    with open(x) as f:\n        yield x in kw\n    return x\n")
	}
	return b.String()
}

// PatchCode's working memory is reused from one code object to the next:
// a code object rewritten after larger ones (whose decoding left bigger,
// filled buffers behind) comes out exactly as when rewritten first.
func TestPatchCodeScratchReuse(t *testing.T) {
	rewritetest.ScratchReuse(t, "PatchCode", PatchCode, scratchSmall, scratchBig())
}

// PatchCode's own memory is reused: rewriting a function allocates its
// new bytecode and line table and little else (before the scratch, about
// 100 bytes an instruction for the decoded instructions, the offset
// index and the jump targets, besides).
func TestPatchCodeBytesPerCode(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector drops pooled scratches at random")
	}
	var src strings.Builder
	src.WriteString("def f(x, y):\n")
	for j := 0; j < 30; j++ {
		src.WriteString("    x = x % y + (x == y)\n")
	}
	rewritetest.BytesPerCode(t, "PatchCode", PatchCode, src.String(), 300)
}
