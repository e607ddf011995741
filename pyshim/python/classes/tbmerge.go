package classes

import "github.com/go-python/gpython/py"

// (see package upstream for the index) gpython v0.2.0's RAISE_VARARGS
// starts a new traceback for the exception it raises (vm/eval.go
// do_RAISE_VARARGS leaves curexc.Traceback nil), so raising a saved
// exception object again, or one given a traceback by with_traceback(),
// loses the frames it had. CPython 3.11 continues the exception's
// __traceback__: the frames of the new raise come first, then the old
// ones.
//
// ContinueTraceback does that where the layer first sees the raised
// exception (a handler's or finally body's entry, or the program's end).

// opRaiseVarargs is gpython's RAISE_VARARGS (vm/opcodes.go).
const opRaiseVarargs = 130

// ContinueTraceback returns the traceback e has after being raised with
// the VM's new traceback tb: tb followed by e's previous traceback when
// the raise was a raise statement with an operand and tb does not hold
// the previous one already (a re-raise continues its own); tb otherwise.
// The last entry of tb is linked to the old traceback in place, so that
// the VM's view of the traceback (on its stack) agrees.
func ContinueTraceback(e *py.Exception, tb *py.Traceback) *py.Traceback {
	if noEntries.Load() > 0 {
		tb = dropNoEntry(e, tb)
	}
	old, ok := e.Traceback.(*py.Traceback)
	if !ok || old == nil || tb == nil {
		return tb
	}
	last := tb
	for t := tb; t != nil; t = t.Next {
		if t == old {
			return tb
		}
		last = t
	}
	f, ins, k := failedInstr(tb)
	if f == nil || ins[k].op != opRaiseVarargs || ins[k].arg == 0 {
		return tb
	}
	last.Next = old
	return tb
}
