package prepass

import (
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// except* (PEP 654, 3.11) is rewritten on the same lines into a chain of
// with statements over the run time's __pyshim_exstar__ (package methods,
// exceptstar.go, which explains the chain):
//
//	try:                       with __pyshim_exstar__(K, F) as ES:
//	except* T as e:            with ES, ES.match((T), 'e') as e:
//	    raise                      raise ES.reraise()
//	else:                      with ES, ES.orelse():
//	finally:                   with ES.final():
//
// Workaround for gpython v0.2.0, whose grammar (3.4's) has no except*
// (see package upstream for the index).
// It runs first, on the source, and the result goes through the rest of
// the pre-pass. CPython's SyntaxErrors are kept: except and except* on
// one try, except* without a type, and break, continue or return in an
// except* handler. The handler's target is unbound at its end by the run
// time (its name is passed to match). One difference: return, break or
// continue in the body or the else clause of such a try with a finally
// clause would skip the finally clause, and are a SyntaxError naming the
// limit.

// logLine is a logical line: tokens [a, b) (b is its NEWLINE token).
type logLine struct{ a, b int }

// starTry is a try statement being read: its line and its clauses'.
type starTry struct {
	indent  int
	line    int   // index in lines
	clauses []int // indexes in lines
	end     int   // the first line after the statement
}

// exEdit replaces src[s:e] with text.
type exEdit struct {
	s, e int
	text string
}

// hasExceptStar reports whether a logical line starts with "except *".
func hasExceptStar(src string, toks []tok) bool {
	if !strings.Contains(src, "except") {
		return false
	}
	start := true
	for i, t := range toks {
		if start && t.kind == tName && src[t.s:t.e] == "except" && i+1 < len(toks) && isOp(src, toks[i+1], "*") {
			return true
		}
		start = t.kind == tNewline
	}
	return false
}

// fixExceptStar rewrites the try statements with except* clauses of src
// (see above); ok is false when there are none.
func fixExceptStar(src string, toks []tok) (out string, ok bool, err error) {
	if !hasExceptStar(src, toks) {
		return src, false, nil
	}
	var lines []logLine
	a := 0
	for i, t := range toks {
		if t.kind == tNewline {
			if i > a {
				lines = append(lines, logLine{a, i})
			}
			a = i + 1
		}
	}
	if a < len(toks) {
		lines = append(lines, logLine{a, len(toks)})
	}
	word := func(l int) string {
		t := toks[lines[l].a]
		if t.kind != tName {
			return ""
		}
		return src[t.s:t.e]
	}
	var stack []*starTry
	var tries []*starTry
	closeTop := func(end int) {
		st := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		st.end = end
		tries = append(tries, st)
	}
	for l := range lines {
		indent := toks[lines[l].a].col
		w := word(l)
		for len(stack) > 0 {
			top := stack[len(stack)-1]
			if top.indent < indent {
				break
			}
			if top.indent == indent && (w == "except" || w == "else" || w == "finally") {
				top.clauses = append(top.clauses, l)
				break
			}
			closeTop(l)
		}
		if w == "try" {
			stack = append(stack, &starTry{indent: indent, line: l})
		}
	}
	for len(stack) > 0 {
		closeTop(len(lines))
	}
	var edits []exEdit
	for _, st := range tries {
		e, err := starTryEdits(src, toks, lines, st)
		if err != nil {
			return "", false, err
		}
		edits = append(edits, e...)
	}
	if len(edits) == 0 {
		return src, false, nil
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].s < edits[j].s })
	var b strings.Builder
	last := 0
	for _, e := range edits {
		b.WriteString(src[last:e.s])
		b.WriteString(e.text)
		last = e.e
	}
	b.WriteString(src[last:])
	return b.String(), true, nil
}

const exStarBreakMsg = "'break', 'continue' and 'return' cannot appear in an except* block"

// exStarFinallyMsg is this layer's limit (see the top of the file).
const exStarFinallyMsg = "'return', 'break' and 'continue' in a try statement with except* clauses and finally are not supported (gowikibot)"

// starTryEdits returns the edits of one try statement (none when it has no
// except* clause).
func starTryEdits(src string, toks []tok, lines []logLine, st *starTry) ([]exEdit, error) {
	isStar := func(l int) bool {
		return src[toks[lines[l].a].s:toks[lines[l].a].e] == "except" && isOp(src, toks[lines[l].a+1], "*")
	}
	first := -1 // 1: except*, 0: except
	nStar := 0
	flags := 0
	for _, l := range st.clauses {
		t := toks[lines[l].a]
		switch src[t.s:t.e] {
		case "except":
			kind := 0
			if isStar(l) {
				kind = 1
				nStar++
			}
			if first < 0 {
				first = kind
			} else if kind != first {
				n := 6
				if kind == 1 {
					n = toks[lines[l].a+1].e - t.s
				}
				return nil, &spanErr{synErr{"cannot have both 'except' and 'except*' on the same 'try'", t.s}, n}
			}
		case "else":
			flags |= 1
		case "finally":
			flags |= 2
		}
	}
	if first != 1 {
		return nil, nil
	}
	tryTok := toks[lines[st.line].a]
	es := "__pyshim_es" + strconv.Itoa(tryTok.s) + "__"
	edits := []exEdit{{tryTok.s, tryTok.e, "with __pyshim_exstar__(" + strconv.Itoa(nStar) + ", " + strconv.Itoa(flags) + ") as " + es}}
	// the lines of each part: the body, then each clause's
	bounds := append([]int{st.line}, st.clauses...)
	bounds = append(bounds, st.end)
	for i, l := range bounds[:len(bounds)-1] {
		next := bounds[i+1]
		t := toks[lines[l].a]
		kw := src[t.s:t.e]
		if i == 0 {
			kw = "try"
		}
		switch kw {
		case "except":
			star := toks[lines[l].a+1]
			c := headerColon(src, toks, lines[l])
			if c < 0 {
				return nil, errAt(star, "invalid syntax")
			}
			if c == lines[l].a+2 {
				return nil, &spanErr{synErr{"expected one or more exception types", toks[c].s}, 1}
			}
			end, target := c, ""
			for k := lines[l].a + 2; k < c; k++ {
				if toks[k].kind == tName && src[toks[k].s:toks[k].e] == "as" && bracketDepth(src, toks, lines[l].a, k) == 0 {
					end = k
					if k+1 < c && toks[k+1].kind == tName {
						target = ", '" + src[toks[k+1].s:toks[k+1].e] + "'"
					}
					break
				}
			}
			edits = append(edits,
				exEdit{t.s, star.e, "with " + es + ", " + es + ".match(("},
				exEdit{toks[end-1].e, toks[end-1].e, ")" + target + ")"})
		case "else":
			edits = append(edits, exEdit{t.s, t.e, "with " + es + ", " + es + ".orelse()"})
		case "finally":
			edits = append(edits, exEdit{t.s, t.e, "with " + es + ".final()"})
		}
		handler := kw == "except"
		if !handler && (flags&2 == 0 || kw == "finally") {
			continue
		}
		e, err := scanStarBody(src, toks, lines, l, next, handler, es)
		if err != nil {
			return nil, err
		}
		edits = append(edits, e...)
	}
	return edits, nil
}

// headerColon is the index of the colon ending a compound statement's
// header on line ln, or -1.
func headerColon(src string, toks []tok, ln logLine) int {
	depth := 0
	for k := ln.a; k < ln.b; k++ {
		if toks[k].kind != tOp {
			continue
		}
		switch src[toks[k].s:toks[k].e] {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
		case ":":
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

// bracketDepth is the bracket depth at token k of a line starting at a.
func bracketDepth(src string, toks []tok, a, k int) int {
	depth := 0
	for i := a; i < k; i++ {
		if toks[i].kind == tOp {
			switch src[toks[i].s:toks[i].e] {
			case "(", "[", "{":
				depth++
			case ")", "]", "}":
				depth--
			}
		}
	}
	return depth
}

// compoundKw are the keywords that start a compound statement.
var compoundKw = map[string]byte{"if": 'o', "elif": 'o', "else": 'o', "while": 'l', "for": 'l', "try": 'o', "except": 'x', "finally": 'o', "with": 'o', "def": 'd', "class": 'd', "async": 'o'}

// scanStarBody checks the part of a try statement from line l (its
// header, whose inline body counts) to line next: in a handler, a bare
// raise becomes "raise ES.reraise()" and break, continue and return are
// CPython's SyntaxError; in the body or else clause of a try with
// finally, they are this layer's.
func scanStarBody(src string, toks []tok, lines []logLine, l, next int, handler bool, es string) ([]exEdit, error) {
	type open struct {
		indent int
		kind   byte
	}
	var stack []open
	var edits []exEdit
	inside := func(kinds string) bool {
		for _, o := range stack {
			if strings.IndexByte(kinds, o.kind) >= 0 {
				return true
			}
		}
		return false
	}
	for ln := l; ln < next; ln++ {
		line := lines[ln]
		indent := toks[line.a].col
		for len(stack) > 0 && stack[len(stack)-1].indent >= indent {
			stack = stack[:len(stack)-1]
		}
		startAt := line.a
		if ln == l {
			// the header itself: only its inline body
			c := headerColon(src, toks, line)
			if c < 0 || c+1 >= line.b {
				continue
			}
			startAt = c + 1
		}
		var err error
		var inlineKind byte // the kind of the header whose ':' comes next
		walkStmts(src, toks, startAt, line.b, func(k int) bool {
			t := toks[k]
			text := src[t.s:t.e]
			if t.kind != tName || err != nil {
				return false
			}
			if kind, ok := compoundKw[text]; ok {
				if text == "async" && k+1 < line.b {
					kind = compoundKw[src[toks[k+1].s:toks[k+1].e]]
				}
				if k == line.a {
					// a block of the following lines; its inline body
					// is checked inside it too
					stack = append(stack, open{indent: indent, kind: kind})
					inlineKind = 0
				} else {
					inlineKind = kind
				}
				return true
			}
			end := k+1 >= line.b || isOp(src, toks[k+1], ";")
			switch text {
			case "raise":
				if handler && end && !inside("dx") {
					edits = append(edits, exEdit{t.e, t.e, " " + es + ".reraise()"})
				}
			case "return":
				if !inside("d") {
					if handler {
						at := t
						if !end {
							at = toks[k+1]
						}
						err = &spanErr{synErr{exStarBreakMsg, at.s}, 1}
					} else {
						err = errAt(t, exStarFinallyMsg)
					}
				}
			case "break", "continue":
				if !inside("dl") {
					if handler {
						err = &spanErr{synErr{exStarBreakMsg, t.s}, len(text)}
					} else {
						err = errAt(t, exStarFinallyMsg)
					}
				}
			}
			return false
		}, func(int) {
			if inlineKind != 0 {
				// an inline body after a header
				stack = append(stack, open{indent: 1 << 30, kind: inlineKind})
			}
		})
		if err != nil {
			return nil, err
		}
		// an inline body's kind ends with its line
		for len(stack) > 0 && stack[len(stack)-1].indent == 1<<30 {
			stack = stack[:len(stack)-1]
		}
	}
	return edits, nil
}

// compilerStageText gives err, when it is one of the SyntaxErrors CPython's
// compiler (not its parser) reports, the text CPython gives it: the line
// read from the file named filename, or None when there is no such file
// (a compile() of a string).
func compilerStageText(err error, filename string) error {
	e, ok := err.(*py.Exception)
	if !ok || e.Dict == nil {
		return err
	}
	if args, ok := e.Args.(py.Tuple); !ok || len(args) == 0 || args[0] != py.String(exStarBreakMsg) {
		return err
	}
	lineno, _ := e.Dict["lineno"].(py.Int)
	data, rerr := os.ReadFile(filename)
	if rerr != nil || lineno < 1 {
		e.Dict["text"] = py.None
		return err
	}
	lines := strings.SplitAfter(string(data), "\n")
	if int(lineno) > len(lines) {
		e.Dict["text"] = py.None
		return err
	}
	e.Dict["text"] = py.String(lines[lineno-1])
	return err
}
