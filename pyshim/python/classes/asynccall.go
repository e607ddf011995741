package classes

import (
	"github.com/go-python/gpython/py"
)

// Calls of async defs (gpython v0.2.0 has no coroutines: its 3.4 grammar
// has no async def; see pyshim/python/prepass/async.go). The compile layer
// marks an async def's code object with MarkAsync: it is then framed
// (EvalFramed gets the generator gpython's EvalCode builds around the
// ready frame) and EvalFramed hands that generator to AsyncCall instead of
// running it, which wraps it in a coroutine or an async generator
// (pyshim/python/coro).

// coAsync marks the code object of an async def (an unused CO_ bit).
const coAsync = 0x20000000

// AsyncCall makes the object a call of an async def returns from the
// generator holding its ready frame. It is set by pyshim/python/coro.
var AsyncCall func(g *py.Generator) (py.Object, error)

// MarkAsync marks code as an async def's, with visible added to the flags
// Python sees (CO_COROUTINE or CO_ASYNC_GENERATOR).
func MarkAsync(code *py.Code, visible int32) {
	code.Flags |= coAsync | FramedFlags | visible
}

// IsAsync reports whether code is marked as an async def's.
func IsAsync(code *py.Code) bool { return code.Flags&coAsync != 0 }

// ForgetStack drops the frame stack of a finished thread ident (the
// goroutine of a coroutine driven by coro).
func ForgetStack(id int64) {
	delete(stacks, id)
	if lastIdent == id {
		lastIdent, lastStack = -1, nil
	}
}

// StackDepth is the number of frames on the running thread's frame stack.
func StackDepth() int { return len(stackOf().frames) }

// NewYieldFrom returns the delegating iterator of "yield from o" that
// keeps the sub-iterator's return value in its value attribute
// (yieldfrom.go); coro steps awaitables' __await__ iterators with it.
func NewYieldFrom(o py.Object) (py.Object, error) { return newYieldFrom(o) }

// NewFrame returns the frame object of f (a suspended coroutine's frame:
// cr_frame), with no frames below it.
func NewFrame(f *py.Frame) py.Object { return &Frame{f: f} }

// Qualname is the __qualname__ of the function whose code is code.
func Qualname(code *py.Code) string {
	if q, ok := qualnames.Load(code); ok {
		return q.(string)
	}
	return code.Name
}
