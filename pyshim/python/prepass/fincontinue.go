package prepass

import "strings"

// (see package upstream for the index)

// FinallyContinueHelper is the call a `continue` in a finally body becomes:
// gpython v0.2.0's compiler refuses the statement ("'continue' not
// supported inside 'finally' clause", the Python 3.4 rule that CPython 3.8
// dropped), and no rewrite on the same lines can express it (a `continue`
// must drop what the finally clause keeps on the value stack: a pending
// exception, return value or none). The compile layer
// (classes.FixFinallyContinue) turns the call's instructions into a jump
// to a CONTINUE_LOOP that does it.
const FinallyContinueHelper = "__pyshim_fincont__"

// fixFinallyContinue rewrites each `continue` statement of a finally body
// whose loop encloses the try statement into FinallyContinueHelper's call
// (same line). Only where the layer can do it exactly: the continue is in
// the finally body itself or in if/elif/else blocks in it (not inside a
// with, try or except block there, whose state would be above the finally
// clause's), and between the try statement and the loop there is no other
// finally body (try, with and except blocks there are unwound by the VM);
// not in async code. Any other `continue` in a finally body is left to
// gpython's SyntaxError.
func fixFinallyContinue(src string, toks []tok) (string, bool) {
	if !strings.Contains(src, "continue") || !strings.Contains(src, "finally") {
		return src, false
	}
	const (
		bOther = iota
		bLoop
		bFinally
		bBarrier // with, try, except: a block with stack state of its own
		bStop    // def, class: a new scope
	)
	type block struct{ indent, kind int }
	kindOf := func(w string) int {
		switch w {
		case "for", "while":
			return bLoop
		case "finally":
			return bFinally
		case "with", "try", "except":
			return bBarrier
		case "def", "class", "async":
			return bStop
		}
		return bOther
	}
	// target reports whether a continue inside blocks (innermost last) is
	// one to rewrite.
	target := func(blocks []block) bool {
		i := len(blocks) - 1
		for i >= 0 && blocks[i].kind == bOther {
			i--
		}
		if i < 0 || blocks[i].kind != bFinally {
			return false
		}
		i--
		for i >= 0 && (blocks[i].kind == bOther || blocks[i].kind == bBarrier) {
			i--
		}
		return i >= 0 && blocks[i].kind == bLoop
	}
	var stack []block
	var edits []tok
	for a := 0; a < len(toks); {
		b := a
		for b < len(toks) && toks[b].kind != tNewline {
			b++
		}
		if b > a {
			indent := toks[a].col
			for len(stack) > 0 && stack[len(stack)-1].indent >= indent {
				stack = stack[:len(stack)-1]
			}
			// the statements of the line: a compound header's own
			// simple statements after its ':' count as inside it
			line := append([]block(nil), stack...)
			header := bOther
			walkStmts(src, toks, a, b, func(i int) bool {
				t := toks[i]
				if t.kind != tName {
					return false
				}
				switch text := src[t.s:t.e]; text {
				case "continue":
					if target(line) {
						edits = append(edits, t)
					}
				case "for", "while", "finally", "with", "try", "except", "def", "class", "if", "elif",
					"else", "async":
					header = kindOf(text)
					return true
				}
				return false
			}, func(int) {
				line = append(line, block{indent, header})
			})
			// a header ending the line opens a block on the next lines
			if len(line) > len(stack) && src[toks[b-1].s:toks[b-1].e] == ":" {
				stack = append(stack, line[len(line)-1])
			}
		}
		a = b + 1
	}
	if len(edits) == 0 {
		return src, false
	}
	var out strings.Builder
	last := 0
	for _, t := range edits {
		out.WriteString(src[last:t.s])
		out.WriteString(FinallyContinueHelper + "(0)")
		last = t.e
	}
	out.WriteString(src[last:])
	return out.String(), true
}
