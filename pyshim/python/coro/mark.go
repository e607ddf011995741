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
// body yields. A function's code object is matched to its def statement by
// name and by the line of its first instruction: the def is the nearest one
// of that name at or above it (gpython leaves co_firstlineno at 1).
func Mark(code *py.Code, defs []prepass.Def) {
	if len(defs) == 0 {
		return
	}
	var walk func(c *py.Code)
	walk = func(c *py.Code) {
		for _, k := range c.Consts {
			sub, ok := k.(*py.Code)
			if !ok {
				continue
			}
			if sub.Flags&py.CO_NEWLOCALS != 0 && !strings.HasPrefix(sub.Name, "<") && !classes.IsAsync(sub) {
				if d := defOf(sub, defs); d != nil && d.Async {
					if sub.Flags&py.CO_GENERATOR != 0 && !classes.IsFramed(sub) {
						classes.MarkAsync(sub, coAsyncGenerator)
					} else {
						classes.MarkAsync(sub, coCoroutine)
					}
				}
			}
			walk(sub)
		}
	}
	walk(code)
}

// defOf returns the def statement of the function code c.
func defOf(c *py.Code, defs []prepass.Def) *prepass.Def {
	body := int(c.Firstlineno)
	for i := 0; i+1 < len(c.Lnotab); i += 2 {
		if c.Lnotab[i] != 0 {
			break
		}
		body += int(c.Lnotab[i+1])
	}
	var best *prepass.Def
	for i := range defs {
		d := &defs[i]
		if d.Name == c.Name && d.Line <= body && (best == nil || d.Line > best.Line) {
			best = d
		}
	}
	return best
}
