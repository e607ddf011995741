package prepass

import (
	"strconv"
	"strings"
)

// The match statement (3.10) is rewritten on the same lines into a with
// block holding an if/elif chain, whose tests call the run-time matcher
// (pysrc/_gwb_match.py in lib/sysmods):
//
//	match SUBJECT:                 with __pyshim_match__((SUBJECT), NS, NAMES) as (M, *NAMES):
//	    case PATTERN if GUARD:         if M.case(SPEC) and (GUARD):
//	    case PATTERN:                  elif M.case(SPEC):
//
// SPEC is the pattern as nested tuples (see _gwb_match). At module and
// class level NS is locals() and the captures are stored into it; in a
// function NS is None, NAMES are all capture names of the statement (the
// with target makes each one a variable of the function, the matcher
// keeps their values and unbinds those that were unbound) and the
// matcher binds the captures in the function's frame. break, continue and
// return in case bodies keep their meaning (a with block is no loop).

// matchState is a match statement whose case clauses are being rewritten.
type matchState struct {
	indent     int    // the match line's indentation
	caseIndent int    // the case lines' indentation (-1 before the first)
	name       string // the variable holding the running match
	cases      int    // case clauses rewritten so far
}

// activeMatch returns the innermost match statement whose case clause a
// line at indent would be, or nil.
func (r *rw) activeMatch(indent int) *matchState {
	for len(r.matches) > 0 && r.matches[len(r.matches)-1].indent >= indent {
		r.matches = r.matches[:len(r.matches)-1]
	}
	if len(r.matches) == 0 {
		return nil
	}
	m := r.matches[len(r.matches)-1]
	if m.caseIndent < 0 && indent > m.indent || m.caseIndent == indent {
		return m
	}
	return nil
}

// inFunction reports whether the current line is in a def's body (not in
// a class body nested in it).
func (r *rw) inFunction() bool {
	return len(r.scopes) > 0 && r.scopes[len(r.scopes)-1].kind == 'd'
}

// matchHeader rewrites the line [a, b) "match SUBJECT:"; its case clauses
// follow.
func (r *rw) matchHeader(sq *seq, a, b int) error {
	c := r.topColon(sq, a+1, b)
	if c < 0 || c+1 != b || c == a+1 {
		return errAt(sq.toks[a], "invalid syntax")
	}
	m := &matchState{indent: sq.toks[a].col, caseIndent: -1, name: "__pyshim_m" + strconv.Itoa(sq.toks[a].s) + "__"}
	var names []string
	if r.inFunction() {
		var err error
		if names, err = r.matchCaptures(sq, b+1, m.indent); err != nil {
			return err
		}
	}
	start := len(r.out)
	r.write("with __pyshim_match__((")
	if err := r.emit(sq, a+1, c); err != nil {
		return err
	}
	r.padTo(start, sq.toks[a].s, sq.toks[c].s)
	if len(names) == 0 {
		if r.inFunction() {
			r.write("), None) as " + m.name + ":")
		} else {
			r.write("), locals()) as " + m.name + ":")
		}
	} else {
		quoted := make([]string, len(names))
		for i, n := range names {
			quoted[i] = "'" + n + "'"
		}
		r.write("), None, (" + strings.Join(quoted, ", ") + ",)) as (" + m.name + ", " + strings.Join(names, ", ") + "):")
	}
	r.matches = append(r.matches, m)
	return nil
}

// padTo adds newlines to the output since start (inside brackets) until it
// has as many as the source span [s, e).
func (r *rw) padTo(start, s, e int) {
	for n := strings.Count(r.src[s:e], "\n") - countNL(r.out[start:]); n > 0; n-- {
		r.out = append(r.out, '\n')
	}
}

// matchCaptures returns the capture names of the case clauses of the match
// statement whose body starts at token k (its header is at indent).
func (r *rw) matchCaptures(sq *seq, k, indent int) ([]string, error) {
	p := &patParser{r: r, sq: sq, seen: map[string]bool{}}
	caseIndent := -1
	for k < len(sq.toks) {
		e := k
		for e < len(sq.toks) && sq.toks[e].kind != tNewline {
			e++
		}
		if e == k {
			k++
			continue
		}
		col := sq.toks[k].col
		if col <= indent {
			break
		}
		if caseIndent < 0 {
			caseIndent = col
		}
		if col == caseIndent && r.is(sq, k, "case") {
			pe, _, _ := r.caseParts(sq, k, e)
			if pe > k+1 {
				if _, err := p.parse(k+1, pe); err != nil {
					return nil, err
				}
			}
		}
		k = e + 1
	}
	return p.names, nil
}

// caseParts splits the case line [a, b): the pattern ends at pe, the guard
// (after "if") is [g, c) or g is -1, and c is the colon.
func (r *rw) caseParts(sq *seq, a, b int) (pe, g, c int) {
	c = r.topColon(sq, a+1, b)
	if c < 0 {
		return -1, -1, -1
	}
	pe, g = c, -1
	if i := r.topName(sq, a+1, c, "if"); i > a+1 {
		pe, g = i, i+1
	}
	return pe, g, c
}

// caseClause rewrites the case line [a, b) of the match m.
func (r *rw) caseClause(sq *seq, a, b int, m *matchState) error {
	pe, g, c := r.caseParts(sq, a, b)
	if c < 0 || pe <= a+1 || g == c {
		return errAt(sq.toks[a], "invalid syntax")
	}
	if m.caseIndent < 0 {
		m.caseIndent = sq.toks[a].col
	}
	p := &patParser{r: r, sq: sq, seen: map[string]bool{}}
	spec, err := p.parse(a+1, pe)
	if err != nil {
		return err
	}
	kw := "elif "
	if m.cases == 0 {
		kw = "if "
	}
	m.cases++
	start := len(r.out)
	r.write(kw + m.name + ".case(" + spec)
	end := c
	if g > 0 {
		end = g - 1
	}
	r.padTo(start, sq.toks[a].s, sq.toks[end].s)
	r.write(")")
	if g > 0 {
		gs := len(r.out)
		r.write(" and (")
		if err := r.emit(sq, g, c); err != nil {
			return err
		}
		r.padTo(gs, sq.toks[g-1].s, sq.toks[c].s)
		r.write(")")
	}
	r.write(":")
	if c+1 < b {
		r.gap(sq, c+1)
		return r.simpleStmts(sq, c+1, b)
	}
	return nil
}

// patParser turns a pattern's tokens into its run-time spec.
type patParser struct {
	r     *rw
	sq    *seq
	names []string // capture names, in order
	seen  map[string]bool
}

func (p *patParser) capture(name string) {
	if !p.seen[name] {
		p.seen[name] = true
		p.names = append(p.names, name)
	}
}

func (p *patParser) text(i, j int) string {
	return p.r.src[p.sq.toks[i].s:p.sq.toks[j-1].e]
}

func (p *patParser) bad(i int) error {
	return errAt(p.sq.toks[i], "invalid pattern (gowikibot's match statement)")
}

// parse returns the spec of the pattern [i, j).
func (p *patParser) parse(i, j int) (string, error) {
	r, sq := p.r, p.sq
	if i >= j {
		return "", p.bad(max(i-1, 0))
	}
	if its, trailing := r.items(sq, i, j); len(its) > 1 || trailing {
		return p.sequence(its)
	}
	// as-pattern: the last top-level "as"
	as := -1
	for k := i; k < j; k++ {
		if m := sq.match[k]; m > k {
			k = m
			continue
		}
		if r.is(sq, k, "as") {
			as = k
		}
	}
	if as > i {
		if as+2 != j || sq.toks[as+1].kind != tName {
			return "", p.bad(as)
		}
		sub, err := p.parse(i, as)
		if err != nil {
			return "", err
		}
		name := r.text(sq.toks[as+1])
		p.capture(name)
		return "('a', " + sub + ", '" + name + "')", nil
	}
	// or-pattern
	var alts [][2]int
	s := i
	for k := i; k < j; k++ {
		if m := sq.match[k]; m > k {
			k = m
			continue
		}
		if r.is(sq, k, "|") {
			alts = append(alts, [2]int{s, k})
			s = k + 1
		}
	}
	if len(alts) > 0 {
		alts = append(alts, [2]int{s, j})
		specs := make([]string, len(alts))
		for n, al := range alts {
			sub, err := p.parse(al[0], al[1])
			if err != nil {
				return "", err
			}
			specs[n] = sub
		}
		return "('o', (" + strings.Join(specs, ", ") + ",))", nil
	}
	return p.closed(i, j)
}

// closed returns the spec of a pattern without top-level commas, "as" or
// "|".
func (p *patParser) closed(i, j int) (string, error) {
	r, sq := p.r, p.sq
	t := sq.toks[i]
	switch {
	case r.is(sq, i, "(") && sq.match[i] == j-1:
		if i+1 == j-1 {
			return "('s', (), -1, None)", nil
		}
		if its, trailing := r.items(sq, i+1, j-1); len(its) > 1 || trailing {
			return p.sequence(its)
		}
		return p.parse(i+1, j-1)
	case r.is(sq, i, "[") && sq.match[i] == j-1:
		if i+1 == j-1 {
			return "('s', (), -1, None)", nil
		}
		its, _ := r.items(sq, i+1, j-1)
		return p.sequence(its)
	case r.is(sq, i, "{") && sq.match[i] == j-1:
		return p.mapping(i+1, j-1)
	case t.kind == tStr:
		for k := i; k < j; k++ {
			if sq.toks[k].kind != tStr || sq.toks[k].fs != nil {
				return "", p.bad(k)
			}
		}
		return "('l', " + p.text(i, j) + ")", nil
	case t.kind == tNum || r.is(sq, i, "-"):
		for k := i; k < j; k++ {
			if sq.toks[k].kind != tNum && !r.is(sq, k, "-") && !r.is(sq, k, "+") {
				return "", p.bad(k)
			}
		}
		if sq.toks[j-1].kind != tNum {
			return "", p.bad(j - 1)
		}
		return "('l', " + p.text(i, j) + ")", nil
	case t.kind == tName:
		name := r.text(t)
		if j == i+1 {
			switch name {
			case "None", "True", "False":
				return "('l', " + name + ")", nil
			case "_":
				return "('w',)", nil
			}
			if keywords[name] {
				return "", p.bad(i)
			}
			p.capture(name)
			return "('c', '" + name + "')", nil
		}
		k := i + 1
		for k+1 < j && r.is(sq, k, ".") && sq.toks[k+1].kind == tName {
			k += 2
		}
		if k == j {
			return "('v', " + p.text(i, j) + ")", nil
		}
		if r.is(sq, k, "(") && sq.match[k] == j-1 {
			return p.class(i, k, j)
		}
	}
	return "", p.bad(i)
}

// sequence returns the spec of a sequence pattern of items.
func (p *patParser) sequence(its [][2]int) (string, error) {
	r, sq := p.r, p.sq
	specs := make([]string, 0, len(its))
	star, starName := -1, "None"
	for n, it := range its {
		if r.is(sq, it[0], "*") {
			if star >= 0 || it[1] != it[0]+2 || sq.toks[it[0]+1].kind != tName {
				return "", p.bad(it[0])
			}
			star = n
			if name := r.text(sq.toks[it[0]+1]); name != "_" {
				p.capture(name)
				starName = "'" + name + "'"
			}
			continue
		}
		sub, err := p.parse(it[0], it[1])
		if err != nil {
			return "", err
		}
		specs = append(specs, sub)
	}
	tuple := "()"
	if len(specs) > 0 {
		tuple = "(" + strings.Join(specs, ", ") + ",)"
	}
	return "('s', " + tuple + ", " + strconv.Itoa(star) + ", " + starName + ")", nil
}

// mapping returns the spec of the mapping pattern inside braces [i, j).
func (p *patParser) mapping(i, j int) (string, error) {
	r, sq := p.r, p.sq
	rest := "None"
	var pairs []string
	if i < j {
		its, _ := r.items(sq, i, j)
		for _, it := range its {
			if r.is(sq, it[0], "**") {
				if it[1] != it[0]+2 || sq.toks[it[0]+1].kind != tName {
					return "", p.bad(it[0])
				}
				name := r.text(sq.toks[it[0]+1])
				p.capture(name)
				rest = "'" + name + "'"
				continue
			}
			c := r.topColon(sq, it[0], it[1])
			if c <= it[0] || c+1 >= it[1] {
				return "", p.bad(it[0])
			}
			sub, err := p.parse(c+1, it[1])
			if err != nil {
				return "", err
			}
			pairs = append(pairs, "("+p.text(it[0], c)+", "+sub+")")
		}
	}
	tuple := "()"
	if len(pairs) > 0 {
		tuple = "(" + strings.Join(pairs, ", ") + ",)"
	}
	return "('m', " + tuple + ", " + rest + ")", nil
}

// class returns the spec of the class pattern NAME(args): the name is
// [i, k), the parentheses k and j-1.
func (p *patParser) class(i, k, j int) (string, error) {
	r, sq := p.r, p.sq
	var pos, kws []string
	attrs := map[string]bool{}
	if k+1 < j-1 {
		its, _ := r.items(sq, k+1, j-1)
		for _, it := range its {
			if it[1] > it[0]+2 && sq.toks[it[0]].kind == tName && r.is(sq, it[0]+1, "=") {
				attr := r.text(sq.toks[it[0]])
				if attrs[attr] {
					return "", errAt(sq.toks[it[0]], "attribute name repeated in class pattern: "+attr)
				}
				attrs[attr] = true
				sub, err := p.parse(it[0]+2, it[1])
				if err != nil {
					return "", err
				}
				kws = append(kws, "('"+r.text(sq.toks[it[0]])+"', "+sub+")")
				continue
			}
			if len(kws) > 0 {
				return "", errAt(sq.toks[it[0]], "positional patterns follow keyword patterns")
			}
			sub, err := p.parse(it[0], it[1])
			if err != nil {
				return "", err
			}
			pos = append(pos, sub)
		}
	}
	tup := func(xs []string) string {
		if len(xs) == 0 {
			return "()"
		}
		return "(" + strings.Join(xs, ", ") + ",)"
	}
	return "('k', " + p.text(i, k) + ", " + tup(pos) + ", " + tup(kws) + ")", nil
}
