package prepass

import (
	"bytes"
	"strings"
)

// seq is a token sequence with its bracket matches.
type seq struct {
	toks  []tok
	match []int // index of the matching bracket, or -1
}

func newSeq(toks []tok, src string) (*seq, error) {
	sq := &seq{toks: toks, match: make([]int, len(toks))}
	var stack []int
	for i, t := range toks {
		sq.match[i] = -1
		if t.kind != tOp || t.e-t.s != 1 {
			continue
		}
		switch c := src[t.s]; c {
		case '(', '[', '{':
			stack = append(stack, i)
		case ')', ']', '}':
			if len(stack) == 0 {
				return nil, &synErr{"unmatched '" + string(c) + "'", t.s}
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if pair(src[toks[o].s]) != c {
				return nil, &synErr{"closing parenthesis '" + string(c) + "' does not match opening parenthesis '" + string(src[toks[o].s]) + "'", t.s}
			}
			sq.match[o], sq.match[i] = i, o
		}
	}
	if len(stack) > 0 {
		return nil, &synErr{"'" + string(src[toks[stack[len(stack)-1]].s]) + "' was never closed", toks[stack[len(stack)-1]].s}
	}
	return sq, nil
}

func pair(c byte) byte {
	switch c {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

// scope is an enclosing class or def.
type scope struct {
	kind   byte // 'c' class, 'd' def
	name   string
	indent int
	param  string // first parameter of a def
	tok    int    // index of the def's first token
	async  bool   // an async def (async.go)
}

// rw holds the state of one rewrite.
type rw struct {
	// lazyAnnotations is set by `from __future__ import annotations`:
	// stored annotations are their source text.
	lazyAnnotations bool
	src             string
	li              *lineIndex
	out             []byte
	scopes          []scope
	// lastStmt is the output offset after the last token of the previous
	// logical line, its indentation, and whether it is a simple statement.
	lastEnd    int
	lastIndent int
	lastSimple bool
	// lastFor describes the previous logical line when it is a for header
	// without an inline body: output offsets after its target and around
	// its iterable, and the target's names.
	lastFor *forHeader
	curFor  *forHeader
	chain   *ifChain
	// flat asks the next emit call to turn newlines between its top-level
	// tokens into backslash continuations.
	flat bool
	// lastWhile is the previous logical line when it is a plain while
	// header: output offsets of "while" and of its condition.
	lastWhile *whileHeader
	curWhile  *whileHeader
	// shadowed caches, per name, whether the source binds exec or eval
	// itself (then its calls are left alone).
	shadowed map[string]bool
	// matches are the match statements enclosing the current line,
	// innermost last (matchstmt.go).
	matches []*matchState
	// defs are the def statements seen, recorded for the compile layer
	// when the source has an async def (async.go).
	defs     []Def
	hasAsync bool
	// kwReordered is set when a def's keyword-only parameters were
	// reordered (its Def has KwOnly).
	kwReordered bool
	// nextAsync is set while the def of an async def is rewritten;
	// asyncCol is the column of its async keyword.
	nextAsync bool
	asyncCol  int
}

// shadows reports whether the source defines, imports or assigns name (a
// builtin the rewrite redirects), so that its calls are not the builtin's.
func (r *rw) shadows(sq *seq, name string) bool {
	if v, ok := r.shadowed[name]; ok {
		return v
	}
	found := false
	for k, t := range sq.toks {
		if t.kind != tName || r.text(t) != name {
			continue
		}
		if r.is(sq, k-1, "def") || r.is(sq, k-1, "class") || r.is(sq, k-1, "as") || r.is(sq, k-1, "import") ||
			r.is(sq, k-1, "for") || r.is(sq, k+1, "=") || r.is(sq, k+1, ":") || r.is(sq, k-1, ",") && r.is(sq, k+1, ",") {
			found = true
			break
		}
	}
	if r.shadowed == nil {
		r.shadowed = map[string]bool{}
	}
	r.shadowed[name] = found
	return found
}

type whileHeader struct {
	indent, start, condStart, condEnd int
}

type forHeader struct {
	indent             int
	targetStart        int
	targetEnd          int
	iterStart, iterEnd int
	names              []string
}

func (r *rw) text(t tok) string { return r.src[t.s:t.e] }

func (r *rw) is(sq *seq, k int, s string) bool {
	if k < 0 || k >= len(sq.toks) {
		return false
	}
	t := sq.toks[k]
	return t.kind != tStr && t.kind != tNewline && r.src[t.s:t.e] == s
}

func (r *rw) write(s string) { r.out = append(r.out, s...) }

func (r *rw) gap(sq *seq, k int) {
	// Text between token k-1 and token k.
	r.out = append(r.out, r.src[sq.toks[k-1].e:sq.toks[k].s]...)
}

var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true,
	"def": true, "del": true, "elif": true, "else": true, "except": true,
	"finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true,
	"not": true, "or": true, "pass": true, "raise": true, "return": true,
	"try": true, "while": true, "with": true, "yield": true,
}

// errAt returns a SyntaxError at token t.
func errAt(t tok, msg string) error { return &synErr{msg, t.s} }

// emit writes tokens [i, j) with the text between them, rewriting as
// needed.
func (r *rw) emit(sq *seq, i, j int) error {
	sawFor := false
	flat := r.flat
	r.flat = false
	if k := r.topMatmul(sq, i, j); k >= 0 {
		return r.matmul(sq, i, j, k, flat)
	}
	for k := i; k < j; k++ {
		if k > i {
			if flat {
				r.flatGap(sq, k)
			} else {
				r.gap(sq, k)
			}
		}
		t := sq.toks[k]
		switch t.kind {
		case tStr:
			m := k
			hasF := false
			for m < j && sq.toks[m].kind == tStr {
				if sq.toks[m].fs != nil {
					hasF = true
				}
				m++
			}
			if !hasF {
				for n := k; n < m; n++ {
					if n > k {
						r.out = append(r.out, r.src[sq.toks[n-1].e:sq.toks[n].s]...)
					}
					text := r.text(sq.toks[n])
					if hasNamedEscape(text) {
						conv, err := namedEscapes(text, sq.toks[n].s)
						if err != nil {
							return err
						}
						text = conv
					}
					r.out = append(r.out, text...)
				}
			} else if err := r.fstrings(sq, k, m); err != nil {
				return err
			}
			k = m - 1
		case tNum:
			s := r.text(t)
			if strings.IndexByte(s, '_') >= 0 {
				s = strings.ReplaceAll(s, "_", "")
			}
			r.write(s)
		case tName:
			name := r.text(t)
			switch name {
			case "super":
				if r.is(sq, k+1, "(") && sq.match[k+1] == k+2 && !r.is(sq, k-1, ".") {
					if cls, self := r.superArgs(); cls != "" {
						// the defining class, found in self's MRO
						// (superclass.go), the name only as fallback
						r.write("super(__pyshim_sclass__('" + cls + "', " + self + ", lambda: " + cls + "), " + self + ")")
						k += 2
						continue
					}
				}
			case "lambda":
				c := r.lambdaColon(sq, k, j)
				if c < 0 {
					return errAt(t, "invalid syntax")
				}
				r.write("lambda")
				if c > k+1 {
					r.gap(sq, k+1)
					if err := r.params(sq, k+1, c, false); err != nil {
						return err
					}
				}
				k = c - 1
				continue
			case "for":
				sawFor = true
			case "if":
				if sawFor && r.funcScope() {
					end := k + 1
					for end < j && !r.is(sq, end, "for") && !r.is(sq, end, "if") {
						if sq.match[end] > end {
							end = sq.match[end]
						}
						end++
					}
					if w := r.leadingWalrus(sq, k+1, end); w != nil {
						r.write("for " + w.name + " in [")
						if err := r.emit(sq, w.valS, w.valE); err != nil {
							return err
						}
						r.write("] if ")
						if err := r.writePre(sq, w); err != nil {
							return err
						}
						if w.after < end {
							r.gap(sq, w.after)
							if err := r.emit(sq, w.after, end); err != nil {
								return err
							}
						}
						k = end - 1
						continue
					}
				}
			case "exec", "eval":
				// A call of the builtin: through the object layer's
				// helper, bound to the caller's namespaces, so that
				// exec/eval accept its dicts and default to the frame's
				// globals and locals as CPython's do.
				if r.is(sq, k+1, "(") && !r.is(sq, k-1, ".") && !r.is(sq, k-1, "def") && !r.shadows(sq, name) {
					// (through aliases of the builtins: a function may
					// have a parameter named globals, as timeit's)
					r.write("__pyshim_" + name + "_in__(__pyshim_globals__(), __pyshim_locals__())")
					continue
				}
			case "globals", "locals":
				// A direct call of the builtin: the VM's own (internal)
				// method, which needs no frame tracking; the builtins'
				// names are Go functions other callers can call too
				// (methods/internalcall.go).
				if r.is(sq, k+1, "(") && !r.is(sq, k-1, ".") && !r.is(sq, k-1, "def") && !r.shadows(sq, name) {
					r.write("__pyshim_" + name + "__")
					continue
				}
			case "await":
				end, err := r.await(sq, k, j)
				if err != nil {
					return err
				}
				k = end - 1
				continue
			case "async":
				if r.is(sq, k+1, "for") {
					end, err := r.asyncCompFor(sq, k, j)
					if err != nil {
						return err
					}
					k = end - 1
					continue
				}
				// async is a keyword (3.7+): as a name (a keyword
				// argument, an attribute) it is "invalid syntax" too
				return errAt(t, "invalid syntax")
			}
			if r.is(sq, k+1, ":=") {
				// The value ends at the first comma at this level (a
				// walrus among call arguments or display items).
				end := k + 2
				for end < j && !r.is(sq, end, ",") {
					if m := sq.match[end]; m > end {
						end = m
					}
					end++
				}
				if err := r.walrusStore(sq, k, end); err != nil {
					return err
				}
				k = end - 1
				continue
			}
			r.write(name)
		case tOp:
			if m := sq.match[k]; m > k {
				if err := r.group(sq, k, m); err != nil {
					return err
				}
				k = m
				continue
			}
			if r.is(sq, k, ":=") {
				return errAt(t, "invalid syntax")
			}
			if (r.is(sq, k, "@") || r.is(sq, k, "@=")) && k > 0 && sq.toks[k-1].kind != tNewline {
				return errAt(t, "invalid syntax")
			}
			r.write(r.text(t))
		case tNewline:
			r.write(r.text(t))
		}
	}
	return nil
}

// flatGap writes the text before token k for code taken out of brackets:
// newlines become backslash continuations and comments are dropped.
func (r *rw) flatGap(sq *seq, k int) {
	text := r.src[sq.toks[k-1].e:sq.toks[k].s]
	if strings.IndexByte(text, '\n') < 0 {
		r.write(text)
		return
	}
	r.write(r.contText(sq.toks[k-1].e, sq.toks[k].s))
}

// funcScope reports whether the code being rewritten is in a def.
func (r *rw) funcScope() bool {
	return len(r.scopes) > 0 && r.scopes[len(r.scopes)-1].kind == 'd'
}

// walrusStore rewrites "NAME := value" (tokens [k, j)) where a store into
// the namespace dict is possible: module and class bodies.
func (r *rw) walrusStore(sq *seq, k, j int) error {
	if r.funcScope() {
		// In a function: a call the bytecode rewrite (methods/walrus.go)
		// turns into a store into the local NAME.
		r.write("__pyshim_wstore__((")
		if k+2 < j {
			if err := r.emit(sq, k+2, j); err != nil {
				return err
			}
		}
		r.write("), __pyshim_wname_" + r.text(sq.toks[k]) + "__)")
		return nil
	}
	ns := "globals()"
	if len(r.scopes) > 0 {
		ns = "locals()"
	}
	r.write("__pyshim_store__(" + ns + ", '" + r.text(sq.toks[k]) + "', ")
	if k+2 < j {
		if err := r.emit(sq, k+2, j); err != nil {
			return err
		}
	}
	r.write(")")
	return nil
}

// walrus is a "(NAME := value)" evaluated first in a condition.
type walrus struct {
	name       string
	valS, valE int // value tokens
	after      int // first token after the walrus
	// preS, preE delimit what comes before the walrus: only operators,
	// names and constants, whose evaluation after the value changes
	// nothing ("not", "2 <=", "x ==").
	preS, preE int
	// lazy is set for "A and (NAME := v) ...": andS, andE delimit A, which
	// is evaluated first, and v only when A holds.
	lazy       bool
	andS, andE int
}

// pureTok reports whether token k may be evaluated after a walrus value
// that comes later in a condition without changing the result.
func (r *rw) pureTok(sq *seq, k int) bool {
	t := sq.toks[k]
	switch t.kind {
	case tNum:
		return true
	case tStr:
		return t.fs == nil
	case tName:
		n := r.text(t)
		return !keywords[n] || n == "not" || n == "in" || n == "is" || n == "None" || n == "True" || n == "False"
	case tOp:
		switch r.text(t) {
		case "<", "<=", ">", ">=", "==", "!=", "-", "+", "~":
			return true
		}
	}
	return false
}

// leadingWalrus finds a walrus that is evaluated first in the condition
// [a, b): "NAME := v", or "(NAME := v)" at the top level of the condition
// after only pure tokens ("not (m := v)", "2 <= (n := len(x)) <= 4").
func (r *rw) leadingWalrus(sq *seq, a, b int) *walrus {
	w := &walrus{preS: a, preE: a}
	if a+1 < b && sq.toks[a].kind == tName && r.is(sq, a+1, ":=") {
		w.name, w.valS, w.valE, w.after = r.text(sq.toks[a]), a+2, b, b
		return w
	}
	for k := a; k < b; k++ {
		if r.is(sq, k, "(") {
			if k > a && r.operandEnd(sq, k-1) {
				// a call: "len(x := v)" (left to the generic rewrite)
				return nil
			}
			m := sq.match[k]
			if m < b && k+3 < m && sq.toks[k+1].kind == tName && r.is(sq, k+2, ":=") {
				w.name, w.valS, w.valE, w.after = r.text(sq.toks[k+1]), k+3, m, m+1
				w.preE = k
				return w
			}
			return nil
		}
		if !r.pureTok(sq, k) {
			return nil
		}
	}
	return nil
}

// andWalrus finds "A and (NAME := v) ..." in the condition [a, b), with no
// top-level "or", conditional expression or lambda anywhere in it.
func (r *rw) andWalrus(sq *seq, a, b int) *walrus {
	for _, kw := range []string{"or", "if", "else", "lambda"} {
		if r.topName(sq, a, b, kw) >= 0 {
			return nil
		}
	}
	// from a: a condition that is one parenthesized group is skipped
	// whole (its walrus is left to the generic rewrite)
	for k := a; k < b; k++ {
		if m := sq.match[k]; m > k {
			if k > a && r.is(sq, k, "(") && r.is(sq, k-1, "and") && k-1 > a && k+3 < m && sq.toks[k+1].kind == tName && r.is(sq, k+2, ":=") {
				return &walrus{name: r.text(sq.toks[k+1]), valS: k + 3, valE: m, after: m + 1,
					preS: k, preE: k, lazy: true, andS: a, andE: k - 1}
			}
			k = m
		}
	}
	return nil
}

// writePre writes the tokens before the walrus and the name standing for it.
func (r *rw) writePre(sq *seq, w *walrus) error {
	if w.preE > w.preS {
		if err := r.emit(sq, w.preS, w.preE); err != nil {
			return err
		}
		r.write(" ")
	}
	r.write(w.name)
	return nil
}

// hasWalrus reports whether [a, b) contains ":=" at any depth.
func (r *rw) hasWalrus(sq *seq, a, b int) bool {
	for k := a; k < b; k++ {
		if r.is(sq, k, ":=") {
			return true
		}
	}
	return false
}

// superArgs returns the class and instance for a zero-argument super().
func (r *rw) superArgs() (string, string) {
	for i := len(r.scopes) - 2; i >= 0; i-- {
		if r.scopes[i].kind == 'c' && r.scopes[i+1].kind == 'd' {
			if r.scopes[i+1].param == "" {
				return "", ""
			}
			name := r.scopes[i].name
			for k := i - 1; k >= 0 && r.scopes[k].kind == 'c'; k-- {
				name = r.scopes[k].name + "." + name
			}
			return name, r.scopes[i+1].param
		}
	}
	return "", ""
}

// lambdaColon returns the index of the ':' ending the lambda at k.
func (r *rw) lambdaColon(sq *seq, k, j int) int {
	inner := 0 // lambdas in the parameters' defaults, each with its colon
	for c := k + 1; c < j; c++ {
		if m := sq.match[c]; m > c {
			c = m
			continue
		}
		if r.is(sq, c, "lambda") {
			inner++
		}
		if r.is(sq, c, ":") {
			if inner == 0 {
				return c
			}
			inner--
		}
	}
	return -1
}

// items splits [a, b) at top-level commas. trailing reports a final comma.
func (r *rw) items(sq *seq, a, b int) (its [][2]int, trailing bool) {
	s := a
	for k := a; k < b; k++ {
		if m := sq.match[k]; m > k {
			k = m
			continue
		}
		if r.is(sq, k, "lambda") {
			if c := r.lambdaColon(sq, k, b); c > 0 {
				k = c
			}
			continue
		}
		if r.is(sq, k, ",") {
			its = append(its, [2]int{s, k})
			s = k + 1
		}
	}
	if s < b {
		its = append(its, [2]int{s, b})
	} else if len(its) > 0 {
		trailing = true
	}
	return its, trailing
}

// topColon returns the first top-level ':' of [a, b) that is not a
// lambda's, or -1.
func (r *rw) topColon(sq *seq, a, b int) int {
	for k := a; k < b; k++ {
		if m := sq.match[k]; m > k {
			k = m
			continue
		}
		if r.is(sq, k, "lambda") {
			if c := r.lambdaColon(sq, k, b); c > 0 {
				k = c
			}
			continue
		}
		if r.is(sq, k, ":") {
			return k
		}
	}
	return -1
}

// topName returns the first top-level token [a, b) spelled name, or -1.
func (r *rw) topName(sq *seq, a, b int, name string) int {
	for k := a; k < b; k++ {
		if m := sq.match[k]; m > k {
			k = m
			continue
		}
		if r.is(sq, k, name) {
			return k
		}
	}
	return -1
}

func countNL(b []byte) int { return bytes.Count(b, []byte{'\n'}) }

// pad adds newlines so that the output since start has as many as the
// source span [s, e).
func (r *rw) pad(start, s, e int) {
	want := strings.Count(r.src[s:e], "\n")
	for got := countNL(r.out[start:]); got < want; got++ {
		r.out = append(r.out, '\n')
	}
}

// plain writes the bracket group [k, m] with its contents rewritten.
func (r *rw) plain(sq *seq, k, m int) error {
	r.write(r.text(sq.toks[k]))
	if m > k+1 {
		r.gap(sq, k+1)
		if err := r.emit(sq, k+1, m); err != nil {
			return err
		}
	}
	r.gap(sq, m)
	r.write(r.text(sq.toks[m]))
	return nil
}

// callable reports whether a bracket at k follows an expression (so that
// it is a call or a subscript).
func (r *rw) callable(sq *seq, k int) bool {
	if k == 0 {
		return false
	}
	p := sq.toks[k-1]
	switch p.kind {
	case tName:
		return !keywords[r.text(p)]
	case tStr, tNum:
		return true
	case tOp:
		c := r.text(p)
		return c == ")" || c == "]" || c == "}"
	}
	return false
}

// isStar reports whether item it starts with "*" ("**" if two).
func (r *rw) isStar(sq *seq, it [2]int, op string) bool {
	return r.is(sq, it[0], op) && it[1] > it[0]+1
}

// target reports whether the group closing at m is an assignment target.
func (r *rw) target(sq *seq, k, m int) bool {
	if r.is(sq, m+1, "=") || r.is(sq, m+1, "in") || r.is(sq, k-1, "as") {
		return true
	}
	// Part of a bare target list: a, [b, *c] = ...
	if r.is(sq, m+1, ",") || r.is(sq, k-1, ",") {
		for q := m + 1; q < len(sq.toks) && sq.toks[q].kind != tNewline; q++ {
			if mm := sq.match[q]; mm > q {
				q = mm
				continue
			}
			if r.is(sq, q, "in") || r.is(sq, q, "=") && !r.enclosed(sq, k) {
				return true
			}
			if r.is(sq, q, ")") || r.is(sq, q, "]") || r.is(sq, q, "}") || r.is(sq, q, ";") {
				break
			}
		}
	}
	// An item of a tuple or list that is itself a target:
	// ((*a, b), c) = ..., [(*a, b)] = ...
	if r.is(sq, m+1, ",") || r.is(sq, m+1, ")") || r.is(sq, m+1, "]") {
		if o := r.encloser(sq, k); o >= 0 && (r.is(sq, o, "(") || r.is(sq, o, "[")) &&
			(o+1 == k || r.is(sq, k-1, ",")) && !r.operandEnd(sq, o-1) {
			return r.target(sq, o, sq.match[o])
		}
	}
	return false
}

// encloser returns the opening bracket of the group holding token k on
// its logical line, or -1.
func (r *rw) encloser(sq *seq, k int) int {
	for q := k - 1; q >= 0 && sq.toks[q].kind != tNewline; q-- {
		if m := sq.match[q]; m >= 0 {
			if m > q {
				return q
			}
			q = m
		}
	}
	return -1
}

// enclosed reports whether token k is inside brackets.
func (r *rw) enclosed(sq *seq, k int) bool {
	for q := k - 1; q >= 0 && sq.toks[q].kind != tNewline; q-- {
		if m := sq.match[q]; m >= 0 {
			if m > q {
				return true
			}
			q = m
		}
	}
	return false
}

// between writes the source text between item it (ended) and token k
// (the next item or the closing bracket): commas, newlines and comments.
// With dropComma, a comma there is left out.
func (r *rw) between(sq *seq, end, k int, dropComma bool) {
	text := r.src[sq.toks[end-1].e:sq.toks[k].s]
	if dropComma && r.is(sq, end, ",") {
		text = r.src[sq.toks[end-1].e:sq.toks[end].s] + r.src[sq.toks[end].e:sq.toks[k].s]
	}
	r.write(text)
}

// sep writes the text before token k, or a space if there is none.
func (r *rw) sep(sq *seq, k int) {
	if sq.toks[k-1].e == sq.toks[k].s {
		r.write(" ")
		return
	}
	r.gap(sq, k)
}

// item writes one item in place: "*x" as __pyshim_star__(x) when star is
// set, "**m" as "__pyshim_dstar__, m" and "k: v" as "k, v" when dict is set,
// and "name=v" as "'name', v" when kw is set.
func (r *rw) item(sq *seq, it [2]int, star, dict, kw bool) error {
	switch {
	case star && r.isStar(sq, it, "*"):
		r.write("__pyshim_star__(")
		r.gap(sq, it[0]+1)
		if err := r.emit(sq, it[0]+1, it[1]); err != nil {
			return err
		}
		r.write(")")
		return nil
	case (dict || kw) && r.isStar(sq, it, "**"):
		r.write("__pyshim_dstar__,")
		r.sep(sq, it[0]+1)
		return r.emit(sq, it[0]+1, it[1])
	case kw && sq.toks[it[0]].kind == tName && r.is(sq, it[0]+1, "=") && it[1] > it[0]+2:
		r.write("'" + r.text(sq.toks[it[0]]) + "',")
		r.sep(sq, it[0]+2)
		return r.emit(sq, it[0]+2, it[1])
	case dict:
		c := r.topColon(sq, it[0], it[1])
		if c < 0 || c == it[0] || c+1 == it[1] {
			return errAt(sq.toks[it[0]], "invalid syntax")
		}
		if err := r.emit(sq, it[0], c); err != nil {
			return err
		}
		r.gap(sq, c)
		r.write(",")
		r.gap(sq, c+1)
		return r.emit(sq, c+1, it[1])
	}
	return r.emit(sq, it[0], it[1])
}

// display writes the group [k, m] as head + items in place + ")" (the
// items' separators, newlines and comments are kept).
func (r *rw) display(sq *seq, k, m int, head string, its [][2]int, star, dict bool) error {
	r.write(head)
	if len(its) == 0 {
		r.gap(sq, m)
		r.write(")")
		return nil
	}
	// gpython's CALL_FUNCTION (3.4 bytecode) encodes at most 255
	// positional arguments (more overflow into the keyword count:
	// "keywords must be strings"); a long display passes its items as one
	// tuple, *(...), which BUILD_TUPLE builds without that limit.
	n := len(its)
	if dict {
		n *= 2
	}
	packed := !star && n > 255
	if packed {
		r.write("*(")
	}
	r.gap(sq, its[0][0])
	for n, it := range its {
		if n > 0 {
			r.between(sq, its[n-1][1], it[0], false)
		}
		if err := r.item(sq, it, star, dict, false); err != nil {
			return err
		}
	}
	r.between(sq, its[len(its)-1][1], m, false)
	if packed {
		r.write(")")
	}
	r.write(")")
	return nil
}

// group rewrites the bracket group [k, m].
func (r *rw) group(sq *seq, k, m int) error {
	open := r.src[sq.toks[k].s]
	switch open {
	case '(':
		if r.callable(sq, k) {
			return r.call(sq, k, m)
		}
		its, trailing := r.items(sq, k+1, m)
		if (len(its) > 1 || trailing) && r.hasStar(sq, its) && !r.target(sq, k, m) {
			return r.display(sq, k, m, "__pyshim_tuple__(", its, true, false)
		}
		return r.plain(sq, k, m)
	case '[':
		if r.callable(sq, k) {
			// X[*a, b] (PEP 646, 3.11): the subscript is the tuple
			if its, _ := r.items(sq, k+1, m); r.hasStar(sq, its) && r.topName(sq, k+1, m, ":") < 0 && !r.target(sq, k, m) {
				r.write("[")
				if err := r.display(sq, k, m, "__pyshim_tuple__(", its, true, false); err != nil {
					return err
				}
				r.write("]")
				return nil
			}
			return r.plain(sq, k, m)
		}
		its, _ := r.items(sq, k+1, m)
		if r.hasStar(sq, its) && !r.target(sq, k, m) && r.topName(sq, k+1, m, "for") < 0 {
			return r.display(sq, k, m, "__pyshim_list__(", its, true, false)
		}
		return r.plain(sq, k, m)
	}
	return r.braces(sq, k, m)
}

func (r *rw) hasStar(sq *seq, its [][2]int) bool {
	for _, it := range its {
		if r.isStar(sq, it, "*") {
			return true
		}
	}
	return false
}

// call rewrites the argument list [k, m] of a call.
func (r *rw) call(sq *seq, k, m int) error {
	its, trailing := r.items(sq, k+1, m)
	if r.topName(sq, k+1, m, "for") >= 0 {
		// A generator argument.
		return r.plain(sq, k, m)
	}
	nstar, ndstar := 0, 0
	needPos, needKw := false, false
	isKw := func(it [2]int) bool {
		return r.isStar(sq, it, "**") || sq.toks[it[0]].kind == tName && r.is(sq, it[0]+1, "=")
	}
	kwSeen, ordered := false, true
	for _, it := range its {
		switch {
		case r.isStar(sq, it, "**"):
			ndstar++
		case isKw(it):
			if ndstar > 0 {
				needKw = true
			}
		case r.isStar(sq, it, "*"):
			if nstar > 0 {
				needPos = true
			}
			nstar++
		default:
			if nstar > 0 {
				needPos = true
			}
		}
		if isKw(it) {
			kwSeen = true
		} else if kwSeen {
			ordered = false
			if ndstar > 0 {
				needKw = true
			}
		}
	}
	// gpython takes only its own string dict for **; dicts built by the
	// object layer are converted by __pyshim_kw__.
	if ndstar > 0 {
		needKw = true
	}
	if !needPos && !needKw && !(trailing && nstar+ndstar > 0) {
		return r.plain(sq, k, m)
	}
	if !ordered && (needPos || needKw) {
		return r.callRebuild(sq, k, m, its, needPos, needKw)
	}
	// In place: positional items, then keyword items, each group wrapped
	// when it needs a helper.
	r.write("(")
	r.gap(sq, its[0][0])
	for n, it := range its {
		kw := isKw(it)
		if n > 0 {
			r.between(sq, its[n-1][1], it[0], false)
		}
		if n == 0 && !kw && needPos {
			r.write("*__pyshim_args__(")
		}
		if kw && (n == 0 || !isKw(its[n-1])) && needKw {
			r.write("**__pyshim_kw__(")
		}
		if err := r.item(sq, it, needPos && !kw, false, needKw && kw); err != nil {
			return err
		}
		last := n == len(its)-1
		if !kw && needPos && (last || isKw(its[n+1])) {
			r.write(")")
		}
		if kw && needKw && last {
			r.write(")")
		}
	}
	r.between(sq, its[len(its)-1][1], m, trailing)
	r.write(")")
	return nil
}

// callRebuild writes a call whose keyword and positional arguments are
// interleaved: positional ones first, then keyword ones.
func (r *rw) callRebuild(sq *seq, k, m int, its [][2]int, needPos, needKw bool) error {
	isKw := func(it [2]int) bool {
		return r.isStar(sq, it, "**") || sq.toks[it[0]].kind == tName && r.is(sq, it[0]+1, "=")
	}
	var pos, kws [][2]int
	for _, it := range its {
		if isKw(it) {
			kws = append(kws, it)
		} else {
			pos = append(pos, it)
		}
	}
	start := len(r.out)
	r.write("(")
	if needPos {
		r.write("*__pyshim_args__(")
	}
	for n, it := range pos {
		if n > 0 {
			r.write(", ")
		}
		if err := r.item(sq, it, needPos, false, false); err != nil {
			return err
		}
	}
	if needPos {
		r.write(")")
	}
	if len(pos) > 0 && len(kws) > 0 {
		r.write(", ")
	}
	if needKw {
		r.write("**__pyshim_kw__(")
	}
	for n, it := range kws {
		if n > 0 {
			r.write(", ")
		}
		if err := r.item(sq, it, false, false, needKw); err != nil {
			return err
		}
	}
	if needKw {
		r.write(")")
	}
	r.pad(start, sq.toks[k].s, sq.toks[m].e)
	r.write(")")
	return nil
}

// braces rewrites a dict or set display or comprehension [k, m].
func (r *rw) braces(sq *seq, k, m int) error {
	if m == k+1 {
		r.write("__pyshim_dict__(")
		r.gap(sq, m)
		r.write(")")
		return nil
	}
	its, _ := r.items(sq, k+1, m)
	if f := r.topName(sq, k+1, m, "for"); f >= 0 {
		if r.is(sq, f-1, "async") {
			f-- // an async comprehension: emit rewrites "async for" (async.go)
		}
		colon := r.topColon(sq, k+1, f)
		if r.isStar(sq, [2]int{k + 1, m}, "**") || r.isStar(sq, [2]int{k + 1, m}, "*") {
			return errAt(sq.toks[k+1], "iterable unpacking cannot be used in comprehension")
		}
		if colon > k+1 {
			r.write("__pyshim_dict_comp__(((")
			r.gap(sq, k+1)
			if err := r.emit(sq, k+1, colon); err != nil {
				return err
			}
			r.write(")")
			r.gap(sq, colon)
			r.write(",")
			r.sep(sq, colon+1)
			r.write("(")
			if err := r.emit(sq, colon+1, f); err != nil {
				return err
			}
			r.write("))")
			r.gap(sq, f)
			if err := r.emit(sq, f, m); err != nil {
				return err
			}
		} else {
			r.write("__pyshim_set_comp__(")
			r.gap(sq, k+1)
			if err := r.emit(sq, k+1, m); err != nil {
				return err
			}
		}
		r.gap(sq, m)
		r.write(")")
		return nil
	}
	first := its[0]
	isDict := r.isStar(sq, first, "**") || r.topColon(sq, first[0], first[1]) >= 0
	if isDict {
		return r.display(sq, k, m, "__pyshim_dict__(", its, false, true)
	}
	for _, it := range its {
		if r.isStar(sq, it, "**") {
			return errAt(sq.toks[it[0]], "invalid syntax")
		}
	}
	if r.hasStar(sq, its) {
		if err := r.display(sq, k, m, "__pyshim_set__(*__pyshim_args__(", its, true, false); err != nil {
			return err
		}
		r.write(")")
		return nil
	}
	return r.display(sq, k, m, "__pyshim_set__(", its, false, false)
}
