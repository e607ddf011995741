package python

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/ast"
)

// The columns of expressions on one source line, as CPython 3.11's AST
// gives them (col_offset, end_col_offset: bytes of the line). gpython's
// parser keeps only where a node starts, and for most nodes not where
// CPython's does ((a + b) * c starts at the parenthesis in CPython), so
// the extents are worked out here from the line's tokens and the leaves'
// columns: a name, number or string is one token where gpython says it
// starts, and every other node's extent follows from its children's and
// the brackets around them. Anything else (tuples, lambdas, lines that
// continue) has no extent, and the traceback then shows no position line.

// lineTok is a token of one source line: kind 'n' (name), 'd' (number),
// 's' (string), 'o' (operator), '(' (opening bracket) or ')' (closing
// bracket); s and e are its byte offsets; match is the index of the
// bracket matching a bracket token.
type lineTok struct {
	kind  byte
	s, e  int
	match int
}

// opTokens are Python's operators and delimiters longest first.
var opTokens = []string{"**=", "//=", ">>=", "<<=", "...", "->", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
	"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":="}

// tokenizeLine splits line into tokens; false when the line does not
// stand alone (an unclosed string, a backslash continuation) or has a
// character Python does not accept. Brackets opened or closed on another
// line have match -1.
func tokenizeLine(line string) ([]lineTok, bool) {
	var toks []lineTok
	var open []int
	i := 0
	for i < len(line) {
		c := line[i]
		switch {
		case c == ' ' || c == '\t' || c == '\f' || c == '\r':
			i++
			continue
		case c == '#':
			i = len(line)
			continue
		case c == '\\':
			return nil, false
		}
		start := i
		if q, n, ok := stringStart(line[i:]); ok {
			i += n
			triple := strings.Repeat(string(q), 3)
			isTriple := strings.HasPrefix(line[i:], triple)
			if isTriple {
				i += 3
			} else {
				i++
			}
			closed := false
			for i < len(line) {
				if line[i] == '\\' {
					i += 2
					continue
				}
				if isTriple && strings.HasPrefix(line[i:], triple) {
					i += 3
					closed = true
					break
				}
				if !isTriple && line[i] == q {
					i++
					closed = true
					break
				}
				i++
			}
			if !closed || i > len(line) {
				return nil, false
			}
			toks = append(toks, lineTok{kind: 's', s: start, e: i})
			continue
		}
		r, _ := utf8.DecodeRuneInString(line[i:])
		switch {
		case r == '_' || unicode.IsLetter(r):
			for i < len(line) {
				r, size := utf8.DecodeRuneInString(line[i:])
				if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					break
				}
				i += size
			}
			toks = append(toks, lineTok{kind: 'n', s: start, e: i})
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(line) && line[i+1] >= '0' && line[i+1] <= '9':
			for i < len(line) {
				d := line[i]
				if (d == '+' || d == '-') && (line[i-1] == 'e' || line[i-1] == 'E') && !strings.HasPrefix(strings.ToLower(line[start:]), "0x") {
					i++
					continue
				}
				if d != '.' && d != '_' && !(d >= '0' && d <= '9') && !(d >= 'a' && d <= 'z') && !(d >= 'A' && d <= 'Z') {
					break
				}
				i++
			}
			toks = append(toks, lineTok{kind: 'd', s: start, e: i})
		case c == '(' || c == '[' || c == '{':
			open = append(open, len(toks))
			toks = append(toks, lineTok{kind: '(', s: start, e: i + 1, match: -1})
			i++
		case c == ')' || c == ']' || c == '}':
			if len(open) == 0 {
				// closes a bracket of an earlier line
				toks = append(toks, lineTok{kind: ')', s: start, e: i + 1, match: -1})
				i++
				continue
			}
			o := open[len(open)-1]
			open = open[:len(open)-1]
			if line[toks[o].s] != map[byte]byte{')': '(', ']': '[', '}': '{'}[c] {
				return nil, false
			}
			toks[o].match = len(toks)
			toks = append(toks, lineTok{kind: ')', s: start, e: i + 1, match: o})
			i++
		case strings.ContainsRune("+-*/%@&|^~<>=!.,:;", r):
			n := 1
			for _, op := range opTokens {
				if strings.HasPrefix(line[i:], op) {
					n = len(op)
					break
				}
			}
			toks = append(toks, lineTok{kind: 'o', s: start, e: i + n})
			i += n
		default:
			return nil, false
		}
	}
	// brackets left open close on a later line (match -1)
	return toks, true
}

// stringStart returns the quote and the length of the prefix (r, b, f,
// ...) of a string literal starting s; false when s starts none.
func stringStart(s string) (byte, int, bool) {
	n := 0
	for n < len(s) && n < 2 && strings.ContainsRune("rRbBuUfF", rune(s[n])) {
		n++
	}
	if n < len(s) && (s[n] == '\'' || s[n] == '"') {
		return s[n], n, true
	}
	return 0, 0, false
}

// pythonKeywords are the keywords that can stand before an opening
// parenthesis which then groups rather than calls.
var pythonKeywords = map[string]bool{"and": true, "or": true, "not": true, "in": true, "is": true, "if": true,
	"else": true, "elif": true, "while": true, "for": true, "return": true, "yield": true, "lambda": true,
	"await": true, "assert": true, "del": true, "raise": true, "from": true, "import": true, "as": true,
	"with": true, "except": true}

// lineExtents computes the extents of the expressions on one line.
type lineExtents struct {
	line string
	toks []lineTok
	byS  map[int]int // token index by start offset
	byE  map[int]int // token index by end offset
}

func newLineExtents(line string) (*lineExtents, bool) {
	toks, ok := tokenizeLine(line)
	if !ok {
		return nil, false
	}
	x := &lineExtents{line: line, toks: toks, byS: map[int]int{}, byE: map[int]int{}}
	for i, t := range toks {
		x.byS[t.s] = i
		x.byE[t.e] = i
	}
	return x, true
}

func (x *lineExtents) text(i int) string { return x.line[x.toks[i].s:x.toks[i].e] }

// isGroupParen reports whether the opening bracket token k is a
// parenthesis that groups (not a call's).
func (x *lineExtents) isGroupParen(k int) bool {
	if x.line[x.toks[k].s] != '(' {
		return false
	}
	if k == 0 {
		return true
	}
	p := x.toks[k-1]
	switch p.kind {
	case 'n':
		return pythonKeywords[x.text(k-1)]
	case 'd', 's', ')':
		return false
	}
	return true
}

// grouped is the extent of node with the parentheses grouping it.
func (x *lineExtents) grouped(node ast.Expr) (int, int, bool) {
	s, e, ok := x.bare(node)
	if !ok {
		return 0, 0, false
	}
	for {
		i, ok1 := x.byS[s]
		j, ok2 := x.byE[e]
		if !ok1 || !ok2 || i == 0 || j+1 >= len(x.toks) {
			return s, e, true
		}
		if x.toks[i-1].kind != '(' || x.toks[i-1].match < 0 || x.toks[i-1].match != j+1 || !x.isGroupParen(i-1) {
			return s, e, true
		}
		s, e = x.toks[i-1].s, x.toks[j+1].e
	}
}

// after returns the index of the token after the one ending at e.
func (x *lineExtents) after(e int) (int, bool) {
	j, ok := x.byE[e]
	if !ok || j+1 >= len(x.toks) {
		return 0, false
	}
	return j + 1, true
}

// trailer is the extent of value followed by the bracket open ("(" or
// "[") and what it encloses: a call or a subscript.
func (x *lineExtents) trailer(value ast.Expr, open byte) (int, int, bool) {
	s, e, ok := x.grouped(value)
	if !ok {
		return 0, 0, false
	}
	k, ok := x.after(e)
	if !ok || x.toks[k].kind != '(' || x.line[x.toks[k].s] != open || x.toks[k].match < 0 {
		return 0, 0, false
	}
	return s, x.toks[x.toks[k].match].e, true
}

// openTrailer is the start of a call or subscript of value whose bracket
// closes on a later line: CPython marks it from there to the line's end.
func (x *lineExtents) openTrailer(value ast.Expr, open byte) (int, bool) {
	s, e, ok := x.grouped(value)
	if !ok {
		return 0, false
	}
	k, ok := x.after(e)
	if !ok || x.toks[k].kind != '(' || x.line[x.toks[k].s] != open || x.toks[k].match >= 0 {
		return 0, false
	}
	return s, true
}

// bare is node's extent as CPython's col_offset and end_col_offset.
func (x *lineExtents) bare(node ast.Expr) (int, int, bool) {
	pos := node.GetColOffset()
	switch n := node.(type) {
	case *ast.Name:
		if i, ok := x.byS[pos]; ok && x.text(i) == string(n.Id) {
			return x.toks[i].s, x.toks[i].e, true
		}
	case *ast.NameConstant, *ast.Num, *ast.Ellipsis:
		if i, ok := x.byS[pos]; ok && (x.toks[i].kind == 'n' || x.toks[i].kind == 'd' || x.text(i) == "...") {
			return x.toks[i].s, x.toks[i].e, true
		}
	case *ast.Str, *ast.Bytes:
		if i, ok := x.byS[pos]; ok && x.toks[i].kind == 's' {
			j := i
			for j+1 < len(x.toks) && x.toks[j+1].kind == 's' {
				j++
			}
			return x.toks[i].s, x.toks[j].e, true
		}
	case *ast.BinOp:
		return x.span(n.Left, n.Right)
	case *ast.BoolOp:
		if len(n.Values) > 0 {
			return x.span(n.Values[0], n.Values[len(n.Values)-1])
		}
	case *ast.Compare:
		if len(n.Comparators) > 0 {
			return x.span(n.Left, n.Comparators[len(n.Comparators)-1])
		}
	case *ast.UnaryOp:
		s, e, ok := x.grouped(n.Operand)
		if i, ok2 := x.byS[s]; ok && ok2 && i > 0 {
			if op := x.text(i - 1); op == "-" || op == "+" || op == "~" || op == "not" {
				return x.toks[i-1].s, e, true
			}
		}
	case *ast.Call:
		return x.trailer(n.Func, '(')
	case *ast.Subscript:
		return x.trailer(n.Value, '[')
	case *ast.Attribute:
		s, e, ok := x.grouped(n.Value)
		if k, ok2 := x.after(e); ok && ok2 && k+1 < len(x.toks) && x.text(k) == "." && x.text(k+1) == string(n.Attr) {
			return s, x.toks[k+1].e, true
		}
	case *ast.Tuple:
		return x.tuple(n)
	case *ast.List, *ast.Dict, *ast.Set, *ast.ListComp, *ast.SetComp, *ast.DictComp:
		if i, ok := x.byS[pos]; ok && x.toks[i].kind == '(' && x.line[pos] != '(' && x.toks[i].match >= 0 {
			return x.toks[i].s, x.toks[x.toks[i].match].e, true
		}
	}
	return 0, 0, false
}

// span is the extent from a's start to b's end, parentheses included.
func (x *lineExtents) span(a, b ast.Expr) (int, int, bool) {
	s, _, ok1 := x.grouped(a)
	_, e, ok2 := x.grouped(b)
	return s, e, ok1 && ok2
}

// sliceEnd is where CPython's slice node of a subscript ends: the index
// expression's own end, or (slices, tuples) the last token before "]".
func (x *lineExtents) sliceEnd(n *ast.Subscript, end int) (int, bool) {
	if idx, ok := n.Slice.(*ast.Index); ok {
		if _, isTuple := idx.Value.(*ast.Tuple); !isTuple {
			_, e, ok := x.bare(idx.Value)
			return e, ok
		}
	}
	j, ok := x.byE[end]
	if !ok || j == 0 || x.toks[j].match < 0 {
		return 0, false
	}
	return x.toks[j-1].e, true
}

// tuple is a tuple display's extent: its parentheses when it has them,
// else from its first item to its last (none with a trailing comma).
func (x *lineExtents) tuple(n *ast.Tuple) (int, int, bool) {
	if len(n.Elts) == 0 {
		return 0, 0, false
	}
	s, _, ok1 := x.grouped(n.Elts[0])
	_, e, ok2 := x.grouped(n.Elts[len(n.Elts)-1])
	if !ok1 || !ok2 {
		return 0, 0, false
	}
	k, ok := x.byS[s]
	j, ok3 := x.after(e)
	if !ok || !ok3 {
		if ok && ok2 && len(n.Elts) > 1 {
			return s, e, true // ends the line
		}
		return 0, 0, false
	}
	if x.text(j) == "," && j+1 < len(x.toks) {
		j++
	}
	if k > 0 && x.toks[k-1].kind == '(' && x.toks[k-1].match == j && x.isGroupParen(k-1) {
		return x.toks[k-1].s, x.toks[j].e, true
	}
	if x.text(j) != "," && len(n.Elts) > 1 {
		return s, e, true
	}
	return 0, 0, false
}
