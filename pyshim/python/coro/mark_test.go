package coro

import (
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
	"github.com/gowikibot/gowikibot/pyshim/python/prepass"
)

func fn(name string, lnotab ...byte) *py.Code {
	return &py.Code{Name: name, Flags: py.CO_NEWLOCALS, Firstlineno: 1, Lnotab: string(lnotab)}
}

// When the function code objects line up with the def statements, they
// are matched in order; otherwise by name and by the first line of the
// body, also past a prologue without a line of its own.
func TestMark(t *testing.T) {
	defs := []prepass.Def{{Line: 1, Name: "get", Async: true}, {Line: 5, Name: "get", Async: false}, {Line: 9, Name: "put", Async: true}}
	a, b, c := fn("get"), fn("get"), fn("put")
	module := &py.Code{Name: "<module>", Consts: py.Tuple{a, b, c}}
	Mark(module, defs)
	if !classes.IsAsync(a) || classes.IsAsync(b) || !classes.IsAsync(c) {
		t.Errorf("in order: async %v %v %v, want true false true", classes.IsAsync(a), classes.IsAsync(b), classes.IsAsync(c))
	}
	if a.Flags&coCoroutine == 0 || classes.VisibleFlags(a)&py.CO_GENERATOR != 0 {
		t.Errorf("co_flags %#x: want CO_COROUTINE without CO_GENERATOR", classes.VisibleFlags(a))
	}
	// Out of line (a code object the defs do not name): by lines. The
	// second get has a 3-byte prologue at no line, then its body at line 6;
	// the first one's body is at line 2; put has no line table at all.
	a, b, c = fn("get", 0, 1), fn("get", 3, 0, 0, 5), fn("put")
	gen := fn("put")
	gen.Flags |= py.CO_GENERATOR
	extra := fn("helper")
	module = &py.Code{Name: "<module>", Consts: py.Tuple{extra, a, b, c}}
	Mark(module, defs)
	if !classes.IsAsync(a) || classes.IsAsync(b) || !classes.IsAsync(c) || classes.IsAsync(extra) {
		t.Errorf("by lines: async %v %v %v %v, want true false true false", classes.IsAsync(a), classes.IsAsync(b), classes.IsAsync(c), classes.IsAsync(extra))
	}
	Mark(&py.Code{Name: "<module>", Consts: py.Tuple{gen}}, defs[2:])
	if gen.Flags&coAsyncGenerator == 0 {
		t.Errorf("an async def that yields: co_flags %#x, want CO_ASYNC_GENERATOR", gen.Flags)
	}
}
