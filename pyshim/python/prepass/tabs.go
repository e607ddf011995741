package prepass

import (
	"strings"

	"github.com/go-python/gpython/parser"
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

// earlierThanTabError reports, for a source whose line tabErr names mixes
// tabs and spaces, a syntax error on an earlier line instead, as CPython
// does: its tokenizer finds the TabError only when the parser reaches that
// line, so a Python 2 print statement above it is what CPython reports. The
// source is rewritten without the tab check and parsed by gpython; a
// pre-pass error or a parse error before the TabError's line is the one
// reported: the pre-pass error as it is, and for a parse error the
// rewritten source is returned (ok, with no error), for the compiler to
// raise its error with the hints the compile layer adds. The check only
// runs when there is a TabError to report.
func earlierThanTabError(src, filename string, force bool, tabErr error) (string, []Def, error, bool) {
	tabLine := errLine(tabErr)
	if tabLine <= 1 {
		return "", nil, nil, false
	}
	out, defs, err := rewriteTabs(src, filename, force, false)
	if err != nil {
		if l := errLine(err); l > 0 && l < tabLine {
			return "", nil, err, true
		}
		return "", nil, nil, false
	}
	if _, perr := parser.Parse(strings.NewReader(out), filename, py.ExecMode); perr != nil {
		if l := errLine(perr); l > 0 && l < tabLine {
			return out, defs, nil, true
		}
	}
	return "", nil, nil, false
}

// errLine is the lineno of a SyntaxError, or 0.
func errLine(err error) int {
	e, ok := err.(*py.Exception)
	if !ok {
		return 0
	}
	l, _ := e.Dict["lineno"].(py.Int)
	return int(l)
}
