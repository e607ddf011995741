package prepass

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// checkTabs raises CPython's TabError for indentation that mixes tabs and
// spaces inconsistently.
//
// Workaround for gpython v0.2.0: its tokenizer counts a tab as "up to the
// next multiple of 8" and nothing more, so a file that CPython 3 refuses
// ("inconsistent use of tabs and spaces in indentation") compiles and runs,
// or fails later with an unrelated SyntaxError. CPython's tokenizer measures
// every indentation twice, with tabs to multiples of 8 and with a tab as one
// column, and requires both measures to order the lines the same way; this
// does the same on the logical lines the pre-pass found (see package
// upstream for the index of gpython workarounds).
func checkTabs(src, filename string, toks []tok, li *lineIndex) error {
	if strings.IndexByte(src, '\t') < 0 {
		return nil
	}
	cols := []int{0}
	alts := []int{0}
	first := true
	for _, t := range toks {
		if t.kind == tNewline {
			first = true
			continue
		}
		if !first {
			continue
		}
		first = false
		start := li.starts[t.line-1]
		col, alt := 0, 0
		for _, c := range []byte(src[start:t.s]) {
			switch c {
			case ' ':
				col++
				alt++
			case '\t':
				col = (col/8 + 1) * 8
				alt++
			case '\f':
				col, alt = 0, 0
			}
		}
		top := len(cols) - 1
		bad := false
		switch {
		case col == cols[top]:
			bad = alt != alts[top]
		case col > cols[top]:
			bad = alt <= alts[top]
			cols, alts = append(cols, col), append(alts, alt)
		default:
			for top > 0 && col < cols[top] {
				top--
			}
			cols, alts = cols[:top+1], alts[:top+1]
			// A dedent to no outer level is gpython's own
			// IndentationError; only the tab measure is checked here.
			bad = col == cols[top] && alt != alts[top]
		}
		if bad {
			end := strings.IndexByte(src[start:], '\n')
			if end < 0 {
				end = len(src) - start
			}
			exc := py.ExceptionNewf(py.TabError, "inconsistent use of tabs and spaces in indentation")
			return py.MakeSyntaxError(exc, filename, t.line, 1, src[start:start+end])
		}
	}
	return nil
}
