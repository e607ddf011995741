package prepass

import "strings"

// async def, await, async for, async with and async comprehensions.
//
// gpython v0.2.0 parses the Python 3.4 grammar, which has none of them
// (PEP 492 came with 3.5; not fixed on gpython's main, see package upstream). The
// runtime side (pyshim/python/coro) runs every asyncio Task's coroutine on
// a goroutine of its own, handed the interpreter lock in turn, so an await
// is a call that blocks that goroutine until the event loop resumes it;
// the rewrites are therefore plain calls and keep every line:
//
//	async def f(...):       → def f(...):   (and the def's line and name are
//	                          returned by RewriteAsync; the compile layer marks
//	                          the code object, so that a call returns a
//	                          coroutine, or an async generator when the body
//	                          yields)
//	await X                 → __pyshim_await__(X)   (X: the primary after await)
//	async for T in X:       → for T in __pyshim_aiter__(X):
//	async with A as x, B:   → with __pyshim_awith__(A) as x, __pyshim_awith__(B):
//	[e async for T in X]    → [e for T in __pyshim_aiter__(X)]
//
// await, async for and async with outside an async def are SyntaxErrors
// with CPython 3.11's messages.

// Def is a def statement of a source that has an async def, or whose
// keyword-only parameters the pre-pass reordered: the line of its def
// keyword, its name, whether it is an async def, and the keyword-only
// parameter names in source order when they were reordered (nil
// otherwise).
type Def struct {
	Line   int
	Name   string
	Async  bool
	KwOnly []string
}

// RewriteAsync is Rewrite, also returning the source's def statements when
// it has an async def or reordered keyword-only parameters (nil
// otherwise), for the compile layer to find the code objects of the async
// defs and to restore the parameters' order.
func RewriteAsync(src, filename string) (string, []Def, error) {
	return rewriteDefs(src, filename, false)
}

// recordDef records the def statement whose def keyword is token a.
func (r *rw) recordDef(sq *seq, a int) {
	line, _ := r.li.pos(sq.toks[a].s)
	async := len(r.scopes) > 0 && r.scopes[len(r.scopes)-1].async && r.scopes[len(r.scopes)-1].tok == a
	r.defs = append(r.defs, Def{Line: line, Name: r.text(sq.toks[a+1]), Async: async})
}

// asyncStmt rewrites a logical line [a, b) starting with async.
func (r *rw) asyncStmt(sq *seq, a, b int) error {
	switch {
	case r.is(sq, a+1, "def"):
		r.hasAsync = true
		r.nextAsync, r.asyncCol = true, sq.toks[a].col
		err := r.def(sq, a+1, b)
		r.nextAsync = false
		return err
	case r.is(sq, a+1, "for"):
		if msg := r.asyncContext("'async for'"); msg != "" {
			return errAt(sq.toks[a], msg)
		}
		return r.asyncFor(sq, a, b)
	case r.is(sq, a+1, "with"):
		if msg := r.asyncContext("'async with'"); msg != "" {
			return errAt(sq.toks[a], msg)
		}
		return r.asyncWith(sq, a, b)
	}
	return errAt(sq.toks[a], "invalid syntax")
}

// asyncContext returns CPython's SyntaxError message for what (such as
// "'await'") outside an async def, or "" inside one.
func (r *rw) asyncContext(what string) string {
	for i := len(r.scopes) - 1; i >= 0; i-- {
		if r.scopes[i].kind == 'd' {
			if r.scopes[i].async {
				return ""
			}
			return what + " outside async function"
		}
	}
	return what + " outside function"
}

// asyncFor rewrites "async for T in X:" (tokens [a, b)).
func (r *rw) asyncFor(sq *seq, a, b int) error {
	c := r.topColon(sq, a+2, b)
	if c < 0 {
		return errAt(sq.toks[a], "invalid syntax")
	}
	in := r.topName(sq, a+2, c, "in")
	if in <= a+2 || in+1 >= c {
		return errAt(sq.toks[a], "invalid syntax")
	}
	r.write("for")
	r.gap(sq, a+2)
	if err := r.emit(sq, a+2, in); err != nil {
		return err
	}
	r.gap(sq, in)
	r.write("in")
	r.gap(sq, in+1)
	r.write("__pyshim_aiter__(")
	if err := r.emit(sq, in+1, c); err != nil {
		return err
	}
	r.write(")")
	r.gap(sq, c)
	r.write(":")
	if c+1 < b {
		r.gap(sq, c+1)
		return r.simpleStmts(sq, c+1, b)
	}
	return nil
}

// asyncWith rewrites "async with A as x, B:" and the parenthesized form
// (tokens [a, b)).
func (r *rw) asyncWith(sq *seq, a, b int) error {
	c := r.topColon(sq, a+2, b)
	if c < 0 || c == a+2 {
		return errAt(sq.toks[a], "invalid syntax")
	}
	lo, hi := a+2, c
	if r.is(sq, a+2, "(") && sq.match[a+2] == c-1 && r.parenWith(sq, a+3, c-1) {
		lo, hi = a+3, c-1
	}
	r.write("with ")
	start := len(r.out)
	its, _ := r.items(sq, lo, hi)
	for n, it := range its {
		if n > 0 {
			r.write(", ")
		}
		end := it[1]
		as := r.topName(sq, it[0], it[1], "as")
		if as > it[0] {
			end = as
		}
		r.write("__pyshim_awith__(")
		r.flat = true
		if err := r.emit(sq, it[0], end); err != nil {
			return err
		}
		r.write(")")
		if as > it[0] && as+1 < it[1] {
			r.write(" as ")
			r.flat = true
			if err := r.emit(sq, as+1, it[1]); err != nil {
				return err
			}
		}
	}
	if n := countNL([]byte(r.src[sq.toks[a].s:sq.toks[c].s])) - countNL(r.out[start:]); n > 0 {
		for ; n > 0; n-- {
			r.write(" \\\n")
		}
	}
	r.write(":")
	if c+1 < b {
		r.gap(sq, c+1)
		return r.simpleStmts(sq, c+1, b)
	}
	return nil
}

// await rewrites "await X" at token k (X ends before j at the latest) and
// returns the index of the first token after X.
func (r *rw) await(sq *seq, k, j int) (int, error) {
	if open := r.enclosingComp(sq, k); open >= 0 && r.is(sq, open, "(") {
		// an await makes the generator expression an async generator,
		// also outside an async def
		r.asyncGenexp(sq, open)
	} else if msg := r.asyncContext("'await'"); msg != "" {
		if open >= 0 {
			// an async comprehension, as CPython says
			return 0, errAt(sq.toks[open], "asynchronous comprehension outside of an asynchronous function")
		}
		return 0, errAt(sq.toks[k], msg)
	}
	end := r.primaryEnd(sq, k+1, j)
	if end <= k+1 {
		return 0, errAt(sq.toks[k], "invalid syntax")
	}
	r.write("__pyshim_await__(")
	r.nlGap(sq, k+1)
	if err := r.emit(sq, k+1, end); err != nil {
		return 0, err
	}
	r.write(")")
	return end, nil
}

// primaryEnd returns the end of the primary expression (an atom and its
// trailers: attributes, calls, subscripts) starting at token p, or p when
// there is none.
func (r *rw) primaryEnd(sq *seq, p, j int) int {
	if p >= j {
		return p
	}
	t := sq.toks[p]
	switch t.kind {
	case tName:
		if n := r.text(t); keywords[n] && n != "None" && n != "True" && n != "False" {
			return p
		}
		p++
	case tNum:
		p++
	case tStr:
		for p < j && sq.toks[p].kind == tStr {
			p++
		}
	case tOp:
		if m := sq.match[p]; m > p {
			p = m + 1
		} else if r.is(sq, p, "...") {
			p++
		} else {
			return p
		}
	default:
		return p
	}
	for p < j {
		switch {
		case r.is(sq, p, ".") && p+1 < j && sq.toks[p+1].kind == tName:
			p += 2
		case (r.is(sq, p, "(") || r.is(sq, p, "[")) && sq.match[p] > p:
			p = sq.match[p] + 1
		default:
			return p
		}
	}
	return p
}

// asyncCompFor rewrites "async for T in X" of a comprehension (async at
// token k, the comprehension ends before j) and returns the index of the
// first token after X.
func (r *rw) asyncCompFor(sq *seq, k, j int) (int, error) {
	open := -1 // the comprehension's bracket
	if j < len(sq.toks) && sq.match[j] >= 0 && sq.match[j] < k {
		open = sq.match[j]
	}
	if open >= 0 && r.is(sq, open, "(") {
		// a generator expression is an async generator, also outside an
		// async def (3.7)
		r.asyncGenexp(sq, open)
	} else if msg := r.asyncContext("asynchronous comprehension"); msg != "" {
		at := sq.toks[k]
		if open >= 0 {
			at = sq.toks[open] // as CPython
		}
		return 0, errAt(at, "asynchronous comprehension outside of an asynchronous function")
	}
	in := r.topName(sq, k+2, j, "in")
	if in <= k+2 || in+1 >= j {
		return 0, errAt(sq.toks[k], "invalid syntax")
	}
	end := in + 1
	for end < j && !r.is(sq, end, "for") && !r.is(sq, end, "if") && !r.is(sq, end, "async") {
		if m := sq.match[end]; m > end {
			end = m
		}
		end++
	}
	r.write("for")
	r.gap(sq, k+2)
	if err := r.emit(sq, k+2, in); err != nil {
		return 0, err
	}
	r.gap(sq, in)
	r.write("in")
	r.gap(sq, in+1)
	r.write("__pyshim_aiter__(")
	if err := r.emit(sq, in+1, end); err != nil {
		return 0, err
	}
	r.write(")")
	return end, nil
}

// nlGap writes the text before token k when it holds a newline (inside
// brackets), so that the line count stays.
func (r *rw) nlGap(sq *seq, k int) {
	if text := r.src[sq.toks[k-1].e:sq.toks[k].s]; strings.IndexByte(text, '\n') >= 0 {
		r.write(text)
	}
}

// asyncGenexp records the generator expression whose bracket is token
// open as asynchronous: the compile layer marks its code object as an
// async generator's (coro.Mark).
func (r *rw) asyncGenexp(sq *seq, open int) {
	line, _ := r.li.pos(sq.toks[open].s)
	r.defs = append(r.defs, Def{Line: line, Name: "<genexpr>", Async: true})
	r.hasAsync = true
}

// enclosingComp returns the opening bracket of the comprehension or
// generator expression token k is in (the innermost bracket around it,
// holding a for at its level), or -1.
func (r *rw) enclosingComp(sq *seq, k int) int {
	for i := k - 1; i >= 0; i-- {
		t := sq.toks[i]
		if t.kind == tNewline {
			return -1
		}
		if t.kind != tOp {
			continue
		}
		switch r.text(t) {
		case ")", "]", "}":
			if m := sq.match[i]; m >= 0 && m < i {
				i = m
			}
		case "(", "[", "{":
			end := sq.match[i]
			if end <= i {
				return -1
			}
			for p := i + 1; p < end; p++ {
				if r.is(sq, p, "for") {
					return i
				}
				if m := sq.match[p]; m > p {
					p = m
				}
			}
			return -1
		}
	}
	return -1
}
