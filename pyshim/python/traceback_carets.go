package python

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
)

// caretLine is CPython 3.11's position line under a traceback's source
// line (without its four-space margin and newline), or "" when there is
// none: "^" under the failing expression, or for an operator or subscript
// "~" under its operands and "^" under the operator or the brackets; none
// when the expression covers the whole stripped line (an operator's or
// subscript's marks are always shown). line is the raw source line, sp a
// position in its bytes.
//
// lineQuirk gives traceback.py's column instead of the interpreter's:
// StackSummary.format_frame_summary subtracts the blanks after the line
// (and its newline) from the indentation it skips, so a line with
// trailing blanks has its marks that much further left.
func caretLine(line string, sp caretSpan, lineQuirk bool) string {
	line = strings.TrimRight(line, "\r\n")
	if sp.start < 0 || sp.end > len(line) || sp.start > sp.end {
		return ""
	}
	chars := func(s string) int { return utf8.RuneCountInString(s) }
	stripped := strings.TrimSpace(line)
	indent := chars(line) - chars(strings.TrimLeftFunc(line, unicode.IsSpace))
	start, end := chars(line[:sp.start]), chars(line[:sp.end])
	leftEnd, rightStart := 0, 0
	if sp.anchors {
		seg := line[sp.start:sp.end]
		clamp := func(n int) int {
			if n < 0 {
				return 0
			}
			if n > len(seg) {
				return len(seg)
			}
			return n
		}
		leftEnd, rightStart = chars(seg[:clamp(sp.leftEnd)]), chars(seg[:clamp(sp.rightStart)])
	}
	if end-start >= chars(stripped) && !(sp.anchors && rightStart-leftEnd > 0) {
		return ""
	}
	pad := start - indent
	if lineQuirk {
		pad -= chars(line) - chars(strings.TrimRightFunc(line, unicode.IsSpace))
	}
	if pad < 0 {
		pad = 0
	}
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", pad))
	if sp.anchors {
		b.WriteString(strings.Repeat("~", leftEnd))
		b.WriteString(strings.Repeat("^", rightStart-leftEnd))
		if n := end - start - rightStart; n > 0 {
			b.WriteString(strings.Repeat("~", n))
		}
	} else {
		b.WriteString(strings.Repeat("^", end-start))
	}
	return b.String()
}

// tracebackCarets is the position line of a traceback entry as the
// interpreter prints it ("" when there is none).
func tracebackCarets(tb *py.Traceback, lineno int) string {
	if tb.Frame == nil || tb.Frame.Code == nil {
		return ""
	}
	sp, ok := framePosition(tb.Frame.Code, int(tb.Lasti), lineno)
	if !ok {
		return ""
	}
	return caretLine(rawSourceLine(tb.Frame.Code.Filename, lineno), sp, false)
}

// tracebackPosition is sysmods.TracebackPosition: the columns of a
// traceback entry and traceback.py's position line for it.
func tracebackPosition(tb *py.Traceback) (int, int, string, bool) {
	if tb.Frame == nil || tb.Frame.Code == nil {
		return 0, 0, "", false
	}
	lineno := classes.TracebackLine(tb)
	sp, ok := framePosition(tb.Frame.Code, int(tb.Lasti), lineno)
	if !ok {
		return 0, 0, "", false
	}
	return sp.start, sp.end, caretLine(rawSourceLine(tb.Frame.Code.Filename, lineno), sp, true), true
}
