package prepass

import (
	"bytes"
	"strconv"
	"strings"
)

// file rewrites a whole module.
func (r *rw) file(sq *seq) error {
	prevEnd := 0
	a := 0
	for a < len(sq.toks) {
		b := a
		for b < len(sq.toks) && sq.toks[b].kind != tNewline {
			b++
		}
		// Text (comments, blank lines, indentation) before the line.
		gapStart := len(r.out)
		r.out = append(r.out, r.src[prevEnd:sq.toks[a].s]...)
		indent := sq.toks[a].col
		for len(r.scopes) > 0 && r.scopes[len(r.scopes)-1].indent >= indent {
			r.scopes = r.scopes[:len(r.scopes)-1]
		}
		if a < b {
			if err := r.stmt(sq, a, b, gapStart); err != nil {
				return err
			}
		}
		if b < len(sq.toks) {
			r.out = append(r.out, r.src[sq.toks[b-1].e:sq.toks[b].s]...)
			prevEnd = sq.toks[b].e
		}
		a = b + 1
	}
	r.out = append(r.out, r.src[prevEnd:]...)
	return nil
}

// compound statement keywords whose header ends with ':'.
var compound = map[string]bool{
	"if": true, "elif": true, "else": true, "while": true, "for": true,
	"try": true, "except": true, "finally": true, "with": true, "class": true, "def": true,
}

// stmt rewrites the logical line [a, b). gapStart is the output offset of
// the text before it (for placing a walrus assignment on a blank line).
func (r *rw) stmt(sq *seq, a, b, gapStart int) error {
	first := sq.toks[a]
	indent := first.col
	name := ""
	if first.kind == tName {
		name = r.text(first)
	}
	simple := true
	r.lastFor, r.curFor = r.curFor, nil
	r.lastWhile, r.curWhile = r.curWhile, nil
	if ch := r.chain; ch != nil && (indent < ch.indent || indent == ch.indent && name != "elif" && name != "else") {
		r.chain = nil
	}
	defer func() {
		r.lastEnd = len(r.out)
		r.lastIndent = indent
		r.lastSimple = simple
	}()
	var inMatch *matchState
	isMatch := false
	if name == "case" || len(r.matches) > 0 {
		inMatch = r.activeMatch(indent)
	}
	if name != "case" {
		inMatch = nil
	}
	if name == "match" {
		isMatch = r.softKeyword(sq, a, b)
	}
	switch {
	case name == "async":
		simple = false
		return r.asyncStmt(sq, a, b)
	case isMatch:
		simple = false
		return r.matchHeader(sq, a, b)
	case inMatch != nil:
		simple = false
		return r.caseClause(sq, a, b, inMatch)
	case name == "@":
		simple = false
	case compound[name]:
		simple = false
		return r.compound(sq, a, b, name, gapStart)
	}
	if first.kind == tOp && r.text(first) == "@" {
		simple = false
		return r.decorator(sq, a, b)
	}
	return r.simpleStmts(sq, a, b)
}

// parenWith reports whether with (...): holds several context managers
// (3.10 syntax) rather than one parenthesized expression.
func (r *rw) parenWith(sq *seq, a, b int) bool {
	its, _ := r.items(sq, a, b)
	return len(its) > 1 || len(its) == 1 && r.topName(sq, a, b, "as") >= 0
}

// decorator rewrites a decorator line [a, b). gpython's grammar takes only
// "@dotted.name" with an optional call, and it compiles a dotted name as
// one (undefined) variable name; any decorator but "@name" or
// "@name(args)" is wrapped as @__pyshim_id__(expression).
func (r *rw) decorator(sq *seq, a, b int) error {
	k := a + 1
	ok := k < b && sq.toks[k].kind == tName
	if ok {
		k++
		if k < b && r.is(sq, k, "(") {
			k = sq.match[k] + 1
		}
		ok = k == b
	}
	if ok || a+1 >= b {
		return r.emit(sq, a, b)
	}
	r.write("@__pyshim_id__(")
	r.gap(sq, a+1)
	if err := r.emit(sq, a+1, b); err != nil {
		return err
	}
	r.write(")")
	return nil
}

// softKeyword reports whether a line starting with match/case is such a
// statement (and not a use of the name).
func (r *rw) softKeyword(sq *seq, a, b int) bool {
	if b-a < 3 || !r.is(sq, b-1, ":") {
		return false
	}
	n := sq.toks[a+1]
	if n.kind == tOp {
		switch r.text(n) {
		case "(", "[", "{", "-", "*", "...":
		default:
			return false
		}
	}
	return true
}

// compound rewrites a compound statement header and an inline body.
func (r *rw) compound(sq *seq, a, b int, name string, gapStart int) error {
	indent := sq.toks[a].col
	switch name {
	case "class":
		if a+1 < b && sq.toks[a+1].kind == tName {
			r.scopes = append(r.scopes, scope{kind: 'c', name: r.text(sq.toks[a+1]), indent: indent})
		}
	case "def":
		return r.def(sq, a, b)
	case "elif", "else":
		if ch := r.chain; ch != nil && ch.indent == indent {
			return r.chainClause(sq, a, b, name)
		}
	}
	c := r.topColon(sq, a+1, b)
	if c < 0 {
		c = b
	}
	r.write(name)
	if a+1 < c {
		r.gap(sq, a+1)
		done := false
		if (name == "if" || name == "elif" || name == "while") && r.hasWalrus(sq, a+1, c) {
			var err error
			done, err = r.condWalrus(sq, a, c, b, name, gapStart)
			if err != nil {
				return err
			}
		}
		if !done && name == "while" && c+1 >= b {
			// Remember a plain while header for a walrus in the first
			// statement of its body.
			start := len(r.out) - len(name) - len(r.src[sq.toks[a].e:sq.toks[a+1].s])
			condStart := len(r.out)
			if err := r.emit(sq, a+1, c); err != nil {
				return err
			}
			r.curWhile = &whileHeader{indent: indent, start: start, condStart: condStart, condEnd: len(r.out)}
			done = true
		}
		if !done && name == "for" && c+1 >= b {
			if in := r.topName(sq, a+1, c, "in"); in > a+1 && in+1 < c {
				fh := &forHeader{indent: sq.toks[a].col}
				for q := a + 1; q < in; q++ {
					switch {
					case sq.toks[q].kind == tName && !keywords[r.text(sq.toks[q])]:
						fh.names = append(fh.names, r.text(sq.toks[q]))
					case r.is(sq, q, ","):
					default:
						fh.names = nil
						q = in
					}
				}
				fh.targetStart = len(r.out)
				if err := r.emit(sq, a+1, in); err != nil {
					return err
				}
				fh.targetEnd = len(r.out)
				r.gap(sq, in)
				r.write("in")
				r.gap(sq, in+1)
				fh.iterStart = len(r.out)
				// for x in *a, *b:  (3.9's grammar) → a __pyshim_tuple__
				if err := r.rhs(sq, in+1, c); err != nil {
					return err
				}
				fh.iterEnd = len(r.out)
				if len(fh.names) > 0 {
					r.curFor = fh
				}
				done = true
			}
		}
		if !done && name == "for" {
			// a one-line for: the iterable may hold starred items too
			if in := r.topName(sq, a+1, c, "in"); in > a+1 && in+1 < c {
				if err := r.emit(sq, a+1, in); err != nil {
					return err
				}
				r.gap(sq, in)
				r.write("in")
				r.gap(sq, in+1)
				if err := r.rhs(sq, in+1, c); err != nil {
					return err
				}
				done = true
			}
		}
		if !done && name == "with" && r.is(sq, a+1, "(") && sq.match[a+1] == c-1 && r.parenWith(sq, a+2, c-1) {
			// with (a as x, b as y): -> with a as x, b as y:
			start := len(r.out)
			its, _ := r.items(sq, a+2, c-1)
			for n, it := range its {
				if n > 0 {
					r.write(", ")
				}
				r.flat = true
				if err := r.emit(sq, it[0], it[1]); err != nil {
					return err
				}
			}
			if n := strings.Count(r.src[sq.toks[a+1].s:sq.toks[c-1].e], "\n") - countNL(r.out[start:]); n > 0 {
				r.write(strings.Repeat(" \\\n", n))
			}
			done = true
		}
		if !done {
			if err := r.emit(sq, a+1, c); err != nil {
				return err
			}
		}
	}
	if c < b {
		r.gap(sq, c)
		r.write(":")
		if c+1 < b {
			r.gap(sq, c+1)
			return r.simpleStmts(sq, c+1, b)
		}
	}
	return nil
}

// condWalrus rewrites an if/elif/while condition [a+1, c) holding a walrus
// in a function body. It reports false to leave it to the generic rewrite
// (module and class bodies).
func (r *rw) condWalrus(sq *seq, a, c, b int, name string, gapStart int) (bool, error) {
	if !r.funcScope() {
		return false, nil
	}
	w := r.leadingWalrus(sq, a+1, c)
	if w == nil && name == "if" {
		w = r.andWalrus(sq, a+1, c)
	}
	if w == nil || r.hasWalrus(sq, w.valS, w.valE) || r.hasWalrus(sq, w.after, c) || r.hasWalrus(sq, w.andS, w.andE) {
		// the generic rewrite: a store the bytecode rewrite makes local
		return false, nil
	}
	switch name {
	case "while":
		// while COND: -> for NAME in __pyshim_while__(lambda: (V), lambda NAME: (COND')):
		// The loop runs while the condition holds, with the same break and
		// else behaviour.
		start := len(r.out) - len("while") - len(r.src[sq.toks[a].e:sq.toks[a+1].s])
		r.out = r.out[:start]
		r.write("for " + w.name + " in __pyshim_while__(lambda: (")
		if err := r.emit(sq, w.valS, w.valE); err != nil {
			return false, err
		}
		if err := r.condLambda(sq, w, c, "), ", "))"); err != nil {
			return false, err
		}
		return true, nil
	case "if":
		// The assignment goes on the previous line: after the previous
		// simple statement of the same block, or on a blank line.
		save := r.out
		r.out = nil
		r.write(w.name + " = ")
		if err := r.emit(sq, w.valS, w.valE); err != nil {
			return false, err
		}
		asg := r.out
		r.out = save
		indent := sq.toks[a].col
		done := false
		oneLine := !strings.Contains(string(asg), "\n") && !w.lazy
		gap := string(r.out[gapStart:])
		if last := strings.LastIndexByte(gap, '\n'); last > 0 && oneLine {
			if prev := strings.LastIndexByte(gap[:last], '\n'); prev >= 0 {
				// A blank or comment line right before the if: the
				// assignment goes there.
				seg := strings.TrimSpace(gap[prev+1 : last])
				if seg == "" || strings.HasPrefix(seg, "#") && !strings.HasSuffix(seg, "\\") {
					line := strings.Repeat(" ", indent) + string(asg)
					if seg != "" {
						line += "  " + seg
					}
					tail := append([]byte(line), r.out[gapStart+last:]...)
					r.out = append(r.out[:gapStart+prev+1], tail...)
					done = true
				}
			}
		}
		if !done && oneLine && r.lastSimple && r.lastIndent == indent && r.lastEnd > 0 && r.lastEnd <= gapStart {
			sep := "; "
			if bytes.HasSuffix(bytes.TrimRight(r.out[:r.lastEnd], " \t"), []byte(";")) {
				sep = " "
			}
			tail := append([]byte(sep+string(asg)), r.out[r.lastEnd:]...)
			r.out = append(r.out[:r.lastEnd], tail...)
			done = true
		}
		once, hasElse := r.ifBodyOnce(sq, a, c, b)
		// The loop binds the name only when the condition holds: the name
		// must not be used anywhere else in the function.
		once = once && r.usedOnlyIn(sq, w.name, a, r.bodyEnd(sq, a, b))
		if !done && once && !hasElse {
			// for NAME in __pyshim_if__(V, lambda NAME: (COND')): runs the
			// body once when the condition holds; right when there is no
			// else/elif and no break or continue for an enclosing loop.
			start := len(r.out) - len("if") - len(r.src[sq.toks[a].e:sq.toks[a+1].s])
			r.out = r.out[:start]
			if err := r.ifHead(sq, w); err != nil {
				return false, err
			}
			if err := r.condLambda(sq, w, c, ", ", "))"); err != nil {
				return false, err
			}
			return true, nil
		}
		if wh := r.lastWhile; !done && !w.lazy && wh != nil && wh.indent < indent {
			// The if is the first statement of a while body:
			//   while C:  ->  for NAME in __pyshim_while_bind__(lambda: (C), lambda: (V)):
			save := r.out
			r.out = nil
			if err := r.emit(sq, w.valS, w.valE); err != nil {
				return false, err
			}
			val := string(r.out)
			r.out = save
			if !strings.Contains(val, "\n") {
				ifStart := len(r.out) - len("if") - len(r.src[sq.toks[a].e:sq.toks[a+1].s])
				tail := string(r.out[wh.condEnd:ifStart])
				cond := string(r.out[wh.condStart:wh.condEnd])
				r.out = append(r.out[:wh.start], "for "+w.name+" in __pyshim_while_bind__(lambda: ("+cond+"), lambda: ("+val+"))"+tail+"if "...)
				r.lastWhile = nil
				done = true
			}
		}
		if fh := r.lastFor; !done && !w.lazy && fh != nil && fh.indent < indent {
			// The if is the first statement of a for body: the value is
			// computed when the loop takes its next item.
			//   for T in I:  ->  for T, NAME in __pyshim_walrus_iter__(I, lambda T: (V)):
			save := r.out
			r.out = nil
			if err := r.emit(sq, w.valS, w.valE); err != nil {
				return false, err
			}
			val := string(r.out)
			r.out = save
			if !strings.Contains(val, "\n") {
				ifStart := len(r.out) - len("if") - len(r.src[sq.toks[a].e:sq.toks[a+1].s])
				tail := string(r.out[fh.iterEnd:ifStart])
				iter := string(r.out[fh.iterStart:fh.iterEnd])
				mid := string(r.out[fh.targetEnd:fh.iterStart])
				target := string(r.out[fh.targetStart:fh.targetEnd])
				if len(fh.names) > 1 {
					target = "(" + target + ")"
				}
				r.out = append(r.out[:fh.targetStart], target+", "+w.name+mid+"__pyshim_walrus_iter__("+iter+", lambda "+strings.Join(fh.names, ", ")+": ("+val+"))"+tail+"if "...)
				r.lastFor = nil
				done = true
			}
		}
		if !done && once && hasElse {
			// As above; the else and elif clauses test a flag that
			// __pyshim_if__ leaves in the frame's locals() dict.
			key := "__pyshim_if_" + strconv.Itoa(sq.toks[a].line) + "_" + strconv.Itoa(sq.toks[a].col)
			r.chain = &ifChain{indent: indent, key: key, first: true}
			start := len(r.out) - len("if") - len(r.src[sq.toks[a].e:sq.toks[a+1].s])
			r.out = r.out[:start]
			if err := r.ifHead(sq, w); err != nil {
				return false, err
			}
			if err := r.condLambda(sq, w, c, ", ", "), locals(), '"+key+"')"); err != nil {
				return false, err
			}
			return true, nil
		}
		if !done {
			break
		}
		if err := r.writePre(sq, w); err != nil {
			return false, err
		}
		if w.valS >= 3 && r.is(sq, w.valS-3, "(") && w.valE < len(sq.toks) {
			// the line breaks of the "(NAME := V)" the name stands for,
			// as continuations
			if n := strings.Count(r.src[sq.toks[w.valS-3].s:sq.toks[w.valE].e], "\n"); n > 0 {
				r.write(strings.Repeat(" \\\n", n))
			}
		}
		if w.after < c {
			r.gap(sq, w.after)
			if err := r.emit(sq, w.after, c); err != nil {
				return false, err
			}
		}
		return true, nil
	}
	// the generic rewrite: a store the bytecode rewrite makes local
	return false, nil
}

// ifHead writes "for NAME in __pyshim_if__(V" or, for "A and (NAME := V)",
// "for NAME in __pyshim_if_and__(lambda: (A), lambda: (V)".
func (r *rw) ifHead(sq *seq, w *walrus) error {
	if !w.lazy {
		r.write("for " + w.name + " in __pyshim_if__(")
		// the line breaks inside "(NAME :=" and before its ")"
		if w.valS >= 3 && r.is(sq, w.valS-3, "(") {
			r.write(strings.Repeat("\n", strings.Count(r.src[sq.toks[w.valS-3].e:sq.toks[w.valS].s], "\n")))
		}
		if err := r.emit(sq, w.valS, w.valE); err != nil {
			return err
		}
		if w.valE < len(sq.toks) && r.is(sq, w.valE, ")") {
			r.write(strings.Repeat("\n", strings.Count(r.src[sq.toks[w.valE-1].e:sq.toks[w.valE].s], "\n")))
		}
		return nil
	}
	r.write("for " + w.name + " in __pyshim_if_and__(lambda: (")
	if err := r.emit(sq, w.andS, w.andE); err != nil {
		return err
	}
	r.write("), lambda: (")
	// Keep the newlines between A and the walrus (inside the parentheses).
	r.write(strings.Repeat("\n", strings.Count(r.src[sq.toks[w.andE-1].e:sq.toks[w.valS].s], "\n")))
	if err := r.emit(sq, w.valS, w.valE); err != nil {
		return err
	}
	// and those between V and the walrus's closing parenthesis
	r.write(strings.Repeat("\n", strings.Count(r.src[sq.toks[w.valE-1].e:sq.toks[w.valE].s], "\n")))
	r.write(")")
	return nil
}

// bodyEnd returns the index of the first token after the block whose
// header is the logical line [a, b).
func (r *rw) bodyEnd(sq *seq, a, b int) int {
	indent := sq.toks[a].col
	l := b + 1
	for l < len(sq.toks) && sq.toks[l].col > indent {
		for l < len(sq.toks) && sq.toks[l].kind != tNewline {
			l++
		}
		l++
	}
	if l > len(sq.toks) {
		l = len(sq.toks)
	}
	return l
}

// usedOnlyIn reports whether name is used in the enclosing function only
// within tokens [s, e).
func (r *rw) usedOnlyIn(sq *seq, name string, s, e int) bool {
	if len(r.scopes) == 0 {
		return false
	}
	def := r.scopes[len(r.scopes)-1].tok
	end := r.bodyEnd(sq, def, r.lineEnd(sq, def))
	for k := def; k < end; k++ {
		if k == s {
			k = e - 1
			continue
		}
		if sq.toks[k].kind == tName && r.text(sq.toks[k]) == name && !r.is(sq, k-1, ".") {
			return false
		}
	}
	return true
}

// lineEnd returns the index of the NEWLINE ending the logical line at a.
func (r *rw) lineEnd(sq *seq, a int) int {
	for a < len(sq.toks) && sq.toks[a].kind != tNewline {
		a++
	}
	return a
}

// ifChain is an if statement rewritten as a one-shot for loop whose elif
// and else clauses test the flag it leaves in locals().
type ifChain struct {
	indent int
	key    string
	first  bool
}

// chainClause rewrites an elif or else clause [a, b) of r.chain:
// the first becomes "if", the others "elif", testing the flag first.
func (r *rw) chainClause(sq *seq, a, b int, name string) error {
	ch := r.chain
	kw := "elif"
	if ch.first {
		kw = "if"
		ch.first = false
	}
	test := "__pyshim_else__(locals(), '" + ch.key + "')"
	c := r.topColon(sq, a+1, b)
	if c < 0 {
		return errAt(sq.toks[a], "invalid syntax")
	}
	if name == "else" {
		r.write(kw + " " + test)
		r.chain = nil
	} else {
		if r.hasWalrus(sq, a+1, c) {
			return errAt(sq.toks[a], "assignment expressions are not supported here (gowikibot)")
		}
		r.write(kw + " " + test + " and (")
		if err := r.emit(sq, a+1, c); err != nil {
			return err
		}
		r.write(")")
	}
	r.gap(sq, c)
	r.write(":")
	if c+1 < b {
		r.gap(sq, c+1)
		return r.simpleStmts(sq, c+1, b)
	}
	return nil
}

// ifBodyOnce reports whether the body of the if statement at a (header
// colon c, end of logical line b) has no break or continue that would leave
// an enclosing loop, and whether an else or elif clause follows.
func (r *rw) ifBodyOnce(sq *seq, a, c, b int) (once, hasElse bool) {
	indent := sq.toks[a].col
	loopFree := func(s, e int) bool {
		for k := s; k < e; k++ {
			if r.is(sq, k, "break") || r.is(sq, k, "continue") {
				return false
			}
		}
		return true
	}
	if c+1 < b {
		if !loopFree(c+1, b) {
			return false, false
		}
	}
	var loops []int
	l := b + 1
	for l < len(sq.toks) {
		e := l
		for e < len(sq.toks) && sq.toks[e].kind != tNewline {
			e++
		}
		if l == e {
			break
		}
		in := sq.toks[l].col
		if in <= indent {
			hasElse = in == indent && (r.is(sq, l, "elif") || r.is(sq, l, "else"))
			break
		}
		for len(loops) > 0 && loops[len(loops)-1] >= in {
			loops = loops[:len(loops)-1]
		}
		if r.is(sq, l, "for") || r.is(sq, l, "while") {
			loops = append(loops, in)
		} else if len(loops) == 0 && !loopFree(l, e) {
			return false, false
		}
		l = e + 1
	}
	return true, hasElse
}

// simpleStmts rewrites ';'-separated simple statements [a, b).
func (r *rw) simpleStmts(sq *seq, a, b int) error {
	s := a
	for k := a; k <= b; k++ {
		if k < b {
			if m := sq.match[k]; m > k {
				k = m
				continue
			}
			if !r.is(sq, k, ";") {
				continue
			}
		}
		if s < k {
			if err := r.simple(sq, s, k); err != nil {
				return err
			}
		}
		if k < b {
			if s < k {
				r.gap(sq, k)
			}
			r.write(";")
			if k+1 < b {
				r.gap(sq, k+1)
			}
		}
		s = k + 1
	}
	return nil
}

// bareComplexAnnotation rewrites an annotation without a value whose
// target [a, k) is an attribute or subscript (annotation [k+1, b)) as
// CPython 3.11 compiles it: the target's object and subscript are
// evaluated (not the attribute or item itself), then, in a module or class
// body and without `from __future__ import annotations`, the annotation,
// and nothing is stored:
//
//	x.a: T     →  __pyshim_annx__(locals(), (x), (T))
//	x[i:j]: T  →  __pyshim_annx__(locals(), (x), __pyshim_annx__[i:j], (T))
//
// (a function's locals() is not passed: the call only makes the module's or
// class's __annotations__, as SETUP_ANNOTATIONS would have). It reports
// false for other targets.
func (r *rw) bareComplexAnnotation(sq *seq, a, k, b int) (bool, error) {
	last := -1
	p := a + 1
	if sq.toks[a].kind != tName {
		p = sq.match[a] + 1
	}
	for q := p; q < k; {
		last = q
		if r.is(sq, q, ".") {
			q += 2
		} else {
			q = sq.match[q] + 1
		}
	}
	if last < 0 || r.is(sq, last, "(") {
		return false, nil
	}
	start := len(r.out)
	scope := r.annotationScope()
	if scope {
		r.write("__pyshim_annx__(locals(), (")
	} else {
		r.write("__pyshim_annx__(None, (")
	}
	prev := r.flat
	r.flat = true
	err := r.emit(sq, a, last)
	r.flat = prev
	if err != nil {
		return true, err
	}
	r.write(")")
	if r.is(sq, last, "[") {
		r.write(", __pyshim_annx__[")
		if sq.match[last] > last+1 {
			r.flat = true
			err := r.emit(sq, last+1, sq.match[last])
			r.flat = prev
			if err != nil {
				return true, err
			}
		}
		r.write("]")
	}
	if scope && !r.lazyAnnotations && k+1 < b {
		r.write(", ")
		if err := r.annotation(sq, k+1, b); err != nil {
			return true, err
		}
	}
	// the statement's line breaks, inside the call's parentheses
	n := strings.Count(r.src[sq.toks[a].s:sq.toks[b-1].e], "\n") - strings.Count(string(r.out[start:]), "\n")
	if n > 0 {
		r.write(strings.Repeat("\n", n))
	}
	r.write(")")
	return true, nil
}

// annotationScope reports whether a variable annotation at the current
// line is stored in __annotations__: in a class body or at module level
// (CPython does not store the annotations of a function's locals).
func (r *rw) annotationScope() bool {
	if n := len(r.scopes); n > 0 {
		return r.scopes[n-1].kind == 'c'
	}
	return true
}

// annotation writes the annotation tokens [s, e): the expression, or under
// `from __future__ import annotations` its source text as a string.
// Newlines inside it become line continuations, keeping line numbers.
func (r *rw) annotation(sq *seq, s, e int) error {
	if r.is(sq, s, "*") {
		// a starred annotation is *args' only (PEP 646)
		return errAt(sq.toks[s], "invalid syntax")
	}
	if r.lazyAnnotations {
		text := annText(r.src[sq.toks[s].s:sq.toks[e-1].e])
		r.write(strconv.Quote(text))
		r.write(r.contText(sq.toks[s].s, sq.toks[e-1].e)[1:])
		return nil
	}
	r.write("(")
	prev := r.flat
	r.flat = true
	err := r.emit(sq, s, e)
	r.flat = prev
	r.write(")")
	return err
}

// annText is an annotation's source on one line, as CPython's unparsing
// spaces it around brackets: "dict[\n    str, int]" is "dict[str, int]".
func annText(src string) string {
	text := strings.Join(strings.Fields(src), " ")
	for _, p := range [][2]string{{"[ ", "["}, {"( ", "("}, {" ]", "]"}, {" )", ")"}, {" ,", ","}} {
		text = strings.ReplaceAll(text, p[0], p[1])
	}
	return text
}

// contText is a replacement for removed text that keeps its newlines as
// backslash continuations.
func (r *rw) contText(s, e int) string {
	n := strings.Count(r.src[s:e], "\n")
	if n == 0 {
		return " "
	}
	return strings.Repeat(" \\\n", n)
}

// noop returns a statement that does nothing and spans the lines of the
// source [s, e).
func (r *rw) noop(s, e int) string {
	n := strings.Count(r.src[s:e], "\n")
	if n == 0 {
		return "pass"
	}
	return "(None" + strings.Repeat("\n", n) + ")"
}

// simple rewrites one simple statement [a, b).
func (r *rw) simple(sq *seq, a, b int) error {
	first := sq.toks[a]
	name := ""
	if first.kind == tName {
		name = r.text(first)
	}
	// from __future__ import ...
	if name == "from" && a+2 < b && r.text(sq.toks[a+1]) == "__future__" && r.is(sq, a+2, "import") {
		for q := a + 3; q < b; q++ {
			if r.text(sq.toks[q]) == "annotations" {
				r.lazyAnnotations = true
			}
		}
		r.write(r.noop(first.s, sq.toks[b-1].e))
		return nil
	}
	// target @= value
	for q := a + 1; q < b; q++ {
		if m := sq.match[q]; m > q {
			q = m
			continue
		}
		if r.is(sq, q, "@=") {
			return r.augMatmul(sq, a, b, q)
		}
	}
	// Annotated assignment: target ':' annotation ['=' value]; the target
	// a name, an attribute or subscript (of any primary, calls included),
	// or one in parentheses.
	if first.kind == tName && !keywords[name] || (r.is(sq, a, "(") || r.is(sq, a, "[")) && sq.match[a] > a {
		k := a + 1
		if first.kind != tName {
			k = sq.match[a] + 1
		}
		for k < b {
			if r.is(sq, k, ".") && k+1 < b && sq.toks[k+1].kind == tName {
				k += 2
			} else if r.is(sq, k, "[") || r.is(sq, k, "(") {
				k = sq.match[k] + 1
			} else {
				break
			}
		}
		if k < b && r.is(sq, k, ":") {
			eq := -1
			for q := k + 1; q < b; q++ {
				if m := sq.match[q]; m > q {
					q = m
					continue
				}
				if r.is(sq, q, "lambda") {
					if c := r.lambdaColon(sq, q, b); c > 0 {
						q = c
					}
					continue
				}
				if r.is(sq, q, "=") {
					eq = q
					break
				}
			}
			record := k == a+1 && first.kind == tName && r.annotationScope() && k+1 < b && (eq < 0 || eq > k+1)
			if eq < 0 {
				if record {
					// name: T  →  __pyshim_ann__(locals(), 'name', T)
					r.write("__pyshim_ann__(locals(), '" + name + "', ")
					if err := r.annotation(sq, k+1, b); err != nil {
						return err
					}
					r.write(")")
					return nil
				}
				if ok, err := r.bareComplexAnnotation(sq, a, k, b); ok || err != nil {
					return err
				}
				r.write(r.noop(first.s, sq.toks[b-1].e))
				return nil
			}
			if record && eq+1 < b && !r.is(sq, eq+1, "*") && !r.is(sq, eq+1, "yield") {
				// name: T = v  →  name = __pyshim_annv__(locals(), 'name', T, (v))
				if err := r.emit(sq, a, k); err != nil {
					return err
				}
				r.write(" = __pyshim_annv__(locals(), '" + name + "', ")
				r.write(strings.Repeat("\n", strings.Count(r.src[sq.toks[k].e:sq.toks[k+1].s], "\n")))
				if err := r.annotation(sq, k+1, eq); err != nil {
					return err
				}
				// the line breaks before "=" (continuation lines), inside
				// the call's parentheses
				r.write(strings.Repeat("\n", strings.Count(r.src[sq.toks[eq-1].e:sq.toks[eq].s], "\n")))
				r.write(", (")
				r.gap(sq, eq+1)
				if err := r.emit(sq, eq+1, b); err != nil {
					return err
				}
				r.write("))")
				return nil
			}
			if err := r.emit(sq, a, k); err != nil {
				return err
			}
			r.write(r.contText(sq.toks[k-1].e, sq.toks[eq].s))
			r.write("=")
			if eq+1 < b {
				r.gap(sq, eq+1)
				return r.rhs(sq, eq+1, b)
			}
			return nil
		}
	}
	// Right-hand sides that may be starred tuples.
	start := a
	if name == "return" || name == "yield" {
		start = a + 1
	} else {
		for q := a; q < b; q++ {
			if m := sq.match[q]; m > q {
				q = m
				continue
			}
			if r.is(sq, q, "lambda") {
				if c := r.lambdaColon(sq, q, b); c > 0 {
					q = c
				}
				continue
			}
			if r.is(sq, q, "=") {
				start = q + 1
			}
		}
	}
	if start > a && start < b {
		if err := r.emit(sq, a, start); err != nil {
			return err
		}
		r.gap(sq, start)
		return r.rhs(sq, start, b)
	}
	return r.emit(sq, a, b)
}

// rhs rewrites an expression list that may hold starred items.
func (r *rw) rhs(sq *seq, a, b int) error {
	its, _ := r.items(sq, a, b)
	star := false
	for _, it := range its {
		if r.isStar(sq, it, "*") {
			star = true
		}
	}
	if !star || r.is(sq, a, "yield") {
		return r.emit(sq, a, b)
	}
	r.write("__pyshim_tuple__(")
	for n, it := range its {
		if n > 0 {
			r.between(sq, its[n-1][1], it[0], false)
		}
		if err := r.item(sq, it, true, false, false); err != nil {
			return err
		}
	}
	if last := its[len(its)-1][1]; last < b {
		// A trailing comma.
		r.write(r.src[sq.toks[last-1].e:sq.toks[b-1].e])
	}
	r.write(")")
	return nil
}

// def rewrites a def statement [a, b).
func (r *rw) def(sq *seq, a, b int) error {
	indent := sq.toks[a].col
	if a+2 >= b || sq.toks[a+1].kind != tName || !r.is(sq, a+2, "(") {
		return r.emit(sq, a, b)
	}
	po := a + 2
	pc := sq.match[po]
	sc := scope{kind: 'd', name: r.text(sq.toks[a+1]), indent: indent, tok: a}
	if r.nextAsync {
		sc.indent, sc.async, r.nextAsync = r.asyncCol, true, false
	}
	if pc > po+1 && sq.toks[po+1].kind == tName {
		sc.param = r.text(sq.toks[po+1])
	}
	r.scopes = append(r.scopes, sc)
	r.recordDef(sq, a)
	r.write("def")
	r.gap(sq, a+1)
	r.write(r.text(sq.toks[a+1]))
	r.gap(sq, po)
	r.write("(")
	if pc > po+1 {
		r.gap(sq, po+1)
		if err := r.params(sq, po+1, pc, true); err != nil {
			return err
		}
	}
	r.gap(sq, pc)
	r.write(")")
	k := pc + 1
	if r.is(sq, k, "->") {
		c := r.topColon(sq, k, b)
		if c < 0 || c == k+1 {
			return errAt(sq.toks[k], "invalid syntax")
		}
		if r.is(sq, k+1, "*") {
			return errAt(sq.toks[k], "expected ':'")
		}
		start := len(r.out)
		r.write(" -> ")
		if err := r.defAnnotation(sq, 1<<20, k+1, c); err != nil {
			return err
		}
		// the header's lines, outside brackets: continuations
		if n := strings.Count(r.src[sq.toks[k-1].e:sq.toks[c].s], "\n") - countNL(r.out[start:]); n > 0 {
			r.write(strings.Repeat(" \\\n", n))
		}
		k = c
	}
	if k < b {
		if k == pc+1 {
			r.gap(sq, k)
		}
		if !r.is(sq, k, ":") {
			// Not a def header gpython would accept; leave the error to it.
			return r.emit(sq, k, b)
		}
		r.write(":")
		if k+1 < b {
			r.gap(sq, k+1)
			return r.simpleStmts(sq, k+1, b)
		}
	}
	return nil
}

// defAnnotation writes the annotation tokens [s, e) of a def's parameter
// (or its return, pos 1<<20) at position pos of the signature as
// __pyshim_pann__(pos, thunk, source) (classes/funcannotations.go): the
// thunk evaluates it where the def runs (a lambda; in a class body the
// expression itself, as a lambda there cannot see the class's names).
// Under `from __future__ import annotations` it is the source text, a
// string constant. The text is written on one line. A starred annotation
// (of *args, PEP 646) is the single item its iterable unpacks to
// (__pyshim_unpack1__).
func (r *rw) defAnnotation(sq *seq, pos, s, e int) error {
	text := annText(r.src[sq.toks[s].s:sq.toks[e-1].e])
	if e == s+1 && sq.toks[s].kind == tStr && len(text) >= 2 && text[0] == '"' && text[len(text)-1] == '"' && !strings.ContainsAny(text[1:len(text)-1], "'\\\"") {
		// a string written with double quotes: as CPython unparses it
		text = "'" + text[1:len(text)-1] + "'"
	}
	if r.lazyAnnotations {
		r.write(strconv.Quote(text))
		return nil
	}
	r.write("__pyshim_pann__(" + strconv.Itoa(pos) + ", ")
	{
		inClass := len(r.scopes) > 1 && r.scopes[len(r.scopes)-2].kind == 'c'
		if inClass {
			r.write("(lambda __pyshim_v__: lambda: __pyshim_v__)((")
		} else {
			r.write("lambda: (")
		}
		prev := r.flat
		r.flat = true
		// *args: *Ts (PEP 646): the one item the iterable unpacks to
		from := s
		star := e > s+1 && isOp(r.src, sq.toks[s], "*")
		if star {
			r.write("__pyshim_unpack1__(")
			from++
		}
		err := r.emit(sq, from, e)
		if star {
			r.write(")")
		}
		r.flat = prev
		if err != nil {
			return err
		}
		if inClass {
			r.write("))")
		} else {
			r.write(")")
		}
	}
	r.write(", " + strconv.Quote(text) + ")")
	return nil
}

// params rewrites a def or lambda parameter list [a, b): positional-only
// markers and annotations are dropped, keyword-only parameters with
// defaults are put first (gpython pairs keyword-only defaults with the
// first keyword-only names), and a trailing comma after * or ** goes.
func (r *rw) params(sq *seq, a, b int, isDef bool) error {
	its, trailing := r.items(sq, a, b)
	type param struct {
		star    string // "", "*", "**"
		name    int    // token index of the name, or -1
		ann     bool
		annS    int // annotation tokens [annS, annE)
		annE    int
		defS    int // default value tokens, or -1
		slash   bool
		kwonly  bool
		hasDflt bool
	}
	var ps []param
	change := false
	stars := false
	kwonly := false
	sawReq := false
	for _, it := range its {
		p := param{name: -1, defS: -1}
		k := it[0]
		if r.is(sq, k, "/") && it[1] == k+1 {
			p.slash = true
			change = true
			ps = append(ps, p)
			continue
		}
		if r.is(sq, k, "*") || r.is(sq, k, "**") {
			p.star = r.text(sq.toks[k])
			stars = true
			k++
			if p.star == "*" {
				kwonly = true
			}
		} else {
			p.kwonly = kwonly
		}
		if k < it[1] && sq.toks[k].kind == tName {
			p.name = k
			k++
		}
		if k < it[1] && r.is(sq, k, ":") {
			p.ann = true
			change = true
			p.annS = k + 1
			for k < it[1] && !r.is(sq, k, "=") {
				if m := sq.match[k]; m > k {
					k = m
				}
				k++
			}
			p.annE = k
		}
		if k < it[1] && r.is(sq, k, "=") {
			p.defS = k + 1
			p.hasDflt = true
		}
		if p.kwonly && p.star == "" {
			if p.hasDflt && sawReq {
				change = true
			}
			if !p.hasDflt {
				sawReq = true
			}
		}
		ps = append(ps, p)
	}
	if trailing && stars {
		change = true
	}
	if !change {
		return r.emit(sq, a, b)
	}
	start := len(r.out)
	// Order: keyword-only parameters with defaults before those without.
	order := make([]int, 0, len(ps))
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		if !(p.kwonly && p.star == "") {
			order = append(order, i)
			continue
		}
		// A run of keyword-only parameters: defaults first.
		j := i
		for j < len(ps) && ps[j].kwonly && ps[j].star == "" {
			j++
		}
		for q := i; q < j; q++ {
			if ps[q].hasDflt {
				order = append(order, q)
			}
		}
		for q := i; q < j; q++ {
			if !ps[q].hasDflt {
				order = append(order, q)
			}
		}
		if isDef && len(r.defs) > 0 {
			// The compile layer restores the source order of a
			// reordered run (python's kwonlyorder.go).
			moved := false
			var names []string
			for q, o := range order[len(order)-(j-i):] {
				moved = moved || o != i+q
				if ps[i+q].name >= 0 {
					names = append(names, r.text(sq.toks[ps[i+q].name]))
				}
			}
			if moved && len(names) == j-i {
				r.defs[len(r.defs)-1].KwOnly = names
				r.kwReordered = true
			}
		}
		i = j - 1
	}
	n := 0
	for _, i := range order {
		p := ps[i]
		if p.slash {
			continue
		}
		if n > 0 {
			r.write(", ")
		}
		n++
		r.write(p.star)
		if p.name >= 0 {
			r.write(r.text(sq.toks[p.name]))
		}
		if p.ann && isDef && p.name >= 0 && p.annS < p.annE {
			if p.star != "*" && r.is(sq, p.annS, "*") {
				// a starred annotation is *args' only (PEP 646)
				return errAt(sq.toks[p.annS], "invalid syntax")
			}
			r.write(": ")
			if err := r.defAnnotation(sq, i, p.annS, p.annE); err != nil {
				return err
			}
		}
		if p.defS >= 0 {
			r.write("=")
			if err := r.emit(sq, p.defS, its[i][1]); err != nil {
				return err
			}
		}
	}
	if isDef {
		r.pad(start, sq.toks[a].s, sq.toks[b-1].e)
	}
	return nil
}

// condLambda writes sep, then "lambda NAME: (" with the walrus's condition
// (its part before the assignment, then tokens after..c), then closing:
// the condition argument of the __pyshim_while__/__pyshim_if__ rewrites.
func (r *rw) condLambda(sq *seq, w *walrus, c int, sep, closing string) error {
	r.write(sep + "lambda " + w.name + ": (")
	if err := r.writePre(sq, w); err != nil {
		return err
	}
	if w.after < c {
		r.gap(sq, w.after)
		if err := r.emit(sq, w.after, c); err != nil {
			return err
		}
	}
	r.write(closing)
	return nil
}
