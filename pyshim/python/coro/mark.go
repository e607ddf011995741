package coro

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
	"github.com/gowikibot/gowikibot/pyshim/python/prepass"
)

// CPython's co_flags bits of coroutine and async generator code.
const (
	coCoroutine      = 0x80
	coAsyncGenerator = 0x200
	coAsyncGen       = coAsyncGenerator
)

// Mark marks the code objects of the async defs in code (compiled from a
// source whose def statements the pre-pass returned: prepass.RewriteAsync),
// so that calls of them return coroutines, or async generators when the
// body yields. The function code objects, taken depth first in the order of
// their parents' constants, are the def statements in source order; when
// their names do not line up, a code object is matched to its def by name
// and by the first line of its body (gpython leaves co_firstlineno at 1):
// the nearest def of that name at or above it.
func Mark(code *py.Code, defs []prepass.Def) {
	if len(defs) == 0 {
		return
	}
	defs = markGenexps(code, defs)
	if len(defs) == 0 {
		return
	}
	var funcs []*py.Code
	var walk func(c *py.Code)
	walk = func(c *py.Code) {
		for _, k := range c.Consts {
			if sub, ok := k.(*py.Code); ok {
				if sub.Flags&py.CO_NEWLOCALS != 0 && !strings.HasPrefix(sub.Name, "<") {
					funcs = append(funcs, sub)
				}
				walk(sub)
			}
		}
	}
	walk(code)
	aligned := len(funcs) == len(defs)
	for i := 0; aligned && i < len(funcs); i++ {
		aligned = funcs[i].Name == defs[i].Name
	}
	for i, c := range funcs {
		var d *prepass.Def
		if aligned {
			d = &defs[i]
		} else {
			d = defOf(c, defs)
		}
		if d == nil || !d.Async || classes.IsAsync(c) {
			continue
		}
		if c.Flags&py.CO_GENERATOR != 0 && !classes.IsFramed(c) {
			classes.MarkAsync(c, coAsyncGenerator)
		} else {
			classes.MarkAsync(c, coCoroutine)
		}
	}
}

// defOf returns the def statement of the function code c: the nearest one
// of its name at or above the first line of its body, or the only one of
// its name.
func defOf(c *py.Code, defs []prepass.Def) *prepass.Def {
	body := bodyLine(c)
	var best, only *prepass.Def
	n := 0
	for i := range defs {
		d := &defs[i]
		if d.Name != c.Name {
			continue
		}
		n++
		only = d
		if d.Line <= body && (best == nil || d.Line > best.Line) {
			best = d
		}
	}
	if best == nil && n == 1 {
		return only
	}
	return best
}

// bodyLine is the first line the line table of c moves to (the layers may
// put a prologue without a line of its own before the body).
func bodyLine(c *py.Code) int {
	body, seen := int(c.Firstlineno), false
	for i := 0; i+1 < len(c.Lnotab); i += 2 {
		if seen && c.Lnotab[i] != 0 {
			break
		}
		body += int(c.Lnotab[i+1])
		seen = seen || c.Lnotab[i+1] != 0
	}
	return body
}

// markGenexps marks the generator expressions of code that the pre-pass
// found asynchronous (an async for or await in them: Defs named
// <genexpr>, at the line of their opening bracket) as async generators,
// and returns the other defs. A generator expression's code object starts
// at that line.
func markGenexps(code *py.Code, defs []prepass.Def) []prepass.Def {
	lines := map[int]bool{}
	rest := defs[:0:0]
	for _, d := range defs {
		if d.Name == "<genexpr>" {
			lines[d.Line] = true
		} else {
			rest = append(rest, d)
		}
	}
	if len(lines) == 0 {
		return defs
	}
	var walk func(c *py.Code)
	walk = func(c *py.Code) {
		for _, k := range c.Consts {
			if sub, ok := k.(*py.Code); ok {
				if sub.Name == "<genexpr>" && lines[bodyLine(sub)] && !classes.IsAsync(sub) {
					classes.MarkAsync(sub, coAsyncGenerator)
				}
				walk(sub)
			}
		}
	}
	walk(code)
	return rest
}
