package methods

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
)

// Implicit exception chaining (see package upstream for the index, and
// classes/handling.go): PatchCode calls these hooks where a handler is
// entered or left.
//
//   - the first instruction of an except handler: excTracebackHelper
//     (genthrow.go) attaches the traceback and calls classes.EnterHandler;
//   - the first instruction of a finally body and of a with block's
//     cleanup: finallyHook, called with the top of the stack (DUP_TOP;
//     LOAD_CONST hook; ROT_TWO; CALL_FUNCTION 1; POP_TOP): an exception
//     class when an exception entered it, whose value and traceback lie
//     below it; the END_FINALLY after a with block's cleanup: withEndHook,
//     likewise (the exception suppressed by __exit__ is no longer handled).
//     Both first skip the call for None (DUP_TOP; POP_JUMP_IF_FALSE), the
//     normal way in;
//   - before POP_EXCEPT: leaveHook; before BREAK_LOOP and CONTINUE_LOOP in
//     code with handlers: leaveLoopHook (LOAD_CONST hook; CALL_FUNCTION 0;
//     POP_TOP).

const (
	opBreakLoop   = 80
	opWithCleanup = 81
	opEndFinally  = 88
	opPopExcept   = 89
)

// stackHook is a Go function the rewritten bytecode calls with no or one
// argument; it returns None.
type stackHook struct {
	name string
	fn   func(args py.Tuple)
}

// Type returns builtin_function_or_method.
func (h *stackHook) Type() *py.Type { return helperType }

// M__call__ runs the hook.
func (h *stackHook) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	h.fn(args)
	return py.None, nil
}

var (
	finallyHook = &stackHook{name: "__pyshim_finally__", fn: func(args py.Tuple) {
		if len(args) != 1 {
			return
		}
		t, ok := args[0].(*py.Type)
		if !ok || !t.IsSubtype(py.BaseException) {
			return
		}
		// The stack of the finally body's frame: ..., tb, value, type.
		f := classes.CurrentFrame()
		if f == nil || len(f.Stack) < 3 || f.Stack[len(f.Stack)-1] != args[0] {
			return
		}
		e, ok := f.Stack[len(f.Stack)-2].(*py.Exception)
		if !ok {
			return
		}
		if tb, ok := f.Stack[len(f.Stack)-3].(*py.Traceback); ok {
			e.Traceback = classes.ContinueTraceback(e, tb)
			// As at an except handler's entry (excTracebackHelper): a
			// with block's __exit__ and a finally body see the VM's
			// errors worded as CPython's.
			classes.FixVMError(e, tb)
		}
		classes.EnterHandler(e)
	}}
	// withEndHook sees the top of the stack at the END_FINALLY after a
	// with block's WITH_CLEANUP: an int (WHY_SILENCED) when __exit__
	// suppressed the exception, whose handler is then left.
	withEndHook = &stackHook{name: "__pyshim_with_end__", fn: func(args py.Tuple) {
		if len(args) == 1 {
			if _, ok := args[0].(py.Int); ok {
				classes.LeaveHandler()
			}
		}
	}}
	leaveHook     = &stackHook{name: "__pyshim_leave_handler__", fn: func(py.Tuple) { classes.LeaveHandler() }}
	leaveLoopHook = &stackHook{name: "__pyshim_leave_loop__", fn: func(py.Tuple) { classes.LeaveLoopHandlers() }}
)

// finSize is the size of the finally prologue; with skip, DUP_TOP and
// POP_JUMP_IF_FALSE first jump over the call when the top of the stack is
// None (a finally body or with cleanup entered normally).
func finSize(hook int, skip bool) int {
	n := 1 + sizeOf(opLoadConst, hook) + 1 + 3 + 1
	if skip {
		n += 1 + 3
	}
	return n
}

// finSkipMaxCode is the largest code (in bytes, before the rewrite) whose
// prologues use the jump, whose target must fit POP_JUMP_IF_FALSE's 16-bit
// argument; PatchCode drops the jumps again when the rewritten code is
// larger than that.
const finSkipMaxCode = 0xffff

// beforeSize is the size of a hook call put before an instruction.
func beforeSize(hook int) int { return sizeOf(opLoadConst, hook) + 3 + 1 }
