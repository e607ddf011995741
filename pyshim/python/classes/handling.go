package classes

import "github.com/go-python/gpython/py"

// (see package upstream for the index) gpython v0.2.0 never sets an
// exception's __context__: CPython links an exception raised while
// another is being handled (in an except or finally body, in that frame
// or any frame it called) to the handled one, and prints the chain
// ("During handling of the above exception, another exception
// occurred:"). gpython's VM keeps the exception being handled in a
// per-RunFrame field Go code cannot read.
//
// The layer keeps its own record per Python thread: the bytecode rewrite
// (methods) calls EnterHandler on entry to every except handler and to
// every finally body entered by an exception, LeaveHandler before
// POP_EXCEPT (an except body finished), and LeaveLoopHandlers before
// BREAK_LOOP and CONTINUE_LOOP (which leave the handler bodies inside the
// loop). A handler left by an exception stays recorded until the next
// EnterHandler; an entry is live while its frame is on the thread's
// frame stack and its EXCEPT_HANDLER block on the frame's block stack.
//
// The exception entering a handler (or escaping the program, ChainUncaught)
// gets as __context__ the innermost recorded exception that was live or
// whose handler it escaped (its frame is in the exception's traceback),
// unless it has a context already.

// handledExc is an exception being handled: its handler's frame and the
// index and stack level of the handler's EXCEPT_HANDLER block (block -1:
// none was found).
type handledExc struct {
	exc   *py.Exception
	frame *py.Frame
	block int
	level int
}

// onStack reports whether f is one of the thread's running frames.
func (st *frameStack) onStack(f *py.Frame) bool {
	for i := len(st.frames) - 1; i >= 0; i-- {
		if st.frames[i] == f {
			return true
		}
	}
	return false
}

// live reports whether h's handler is still running.
func (st *frameStack) live(h *handledExc) bool {
	if !st.onStack(h.frame) {
		return false
	}
	return h.block < 0 || blockOpen(h)
}

// blockOpen reports whether h's EXCEPT_HANDLER block is still on its
// frame's block stack: the handler runs, or its frame is a generator
// suspended inside it (a frame that returned or raised has unwound its
// blocks).
func blockOpen(h *handledExc) bool {
	if h.block < 0 {
		return false
	}
	bs := h.frame.Blockstack
	if h.block >= len(bs) || bs[h.block].Type != py.TryBlockExceptHandler {
		return false
	}
	// WITH_CLEANUP lowers the level by one while __exit__ runs.
	l := bs[h.block].Level
	return l == h.level || l == h.level-1
}

// maxSuspended bounds the entries kept for handlers whose frame is not
// running (generators suspended inside an except or finally body), so that
// abandoned generators do not accumulate.
const maxSuspended = 64

// HandledException is the exception sys.exc_info() reports: the one
// handled by the innermost running frame that is inside a handler (its
// innermost open handler), or nil.
func HandledException() *py.Exception {
	st := stackOf()
	for i := len(st.frames) - 1; i >= 0; i-- {
		f := st.frames[i]
		var best *handledExc
		for j := range st.handling {
			h := &st.handling[j]
			if h.frame != f {
				continue
			}
			if (h.block < 0 || blockOpen(h)) && (best == nil || h.block >= best.block) {
				best = h
			}
		}
		if best != nil {
			return best.exc
		}
	}
	return nil
}

// inTraceback reports whether tb passes through frame f.
func inTraceback(tb *py.Traceback, f *py.Frame) bool {
	for ; tb != nil; tb = tb.Next {
		if tb.Frame == f {
			return true
		}
	}
	return false
}

// innermostBlock is the index of the innermost block of type t in f's
// block stack, or -1.
func innermostBlock(f *py.Frame, t py.TryBlockType) int {
	for i := len(f.Blockstack) - 1; i >= 0; i-- {
		if f.Blockstack[i].Type == t {
			return i
		}
	}
	return -1
}

// chain sets e's __context__ from the thread's handled exceptions (see
// above); tb is e's traceback.
func (st *frameStack) chain(e *py.Exception, tb *py.Traceback) {
	if e.Context != nil && e.Context != py.None {
		return
	}
	for i := len(st.handling) - 1; i >= 0; i-- {
		h := &st.handling[i]
		if h.exc == e {
			continue
		}
		if !st.live(h) && !inTraceback(tb, h.frame) {
			continue
		}
		// CPython breaks a cycle the new link would close (a chain
		// already cyclic by assignment is walked a bounded number of
		// steps).
		for o, n := h.exc, 0; o != nil && n < 10000; n++ {
			next, _ := o.Context.(*py.Exception)
			if next == e {
				o.Context = nil
				break
			}
			o = next
		}
		e.Context = h.exc
		return
	}
}

// EnterHandler records e as handled by the innermost running frame (an
// except handler or a finally body it entered), after linking it to the
// exception handled before it.
func EnterHandler(e *py.Exception) {
	st := stackOf()
	tb, _ := e.Traceback.(*py.Traceback)
	st.chain(e, tb)
	kept := st.handling[:0]
	suspended := 0
	for i := len(st.handling) - 1; i >= 0; i-- {
		h := &st.handling[i]
		if !st.live(h) && !(blockOpen(h) && suspended < maxSuspended) {
			h.frame = nil
			continue
		}
		if !st.onStack(h.frame) {
			suspended++
		}
	}
	for i := range st.handling {
		if st.handling[i].frame != nil {
			kept = append(kept, st.handling[i])
		}
	}
	for i := len(kept); i < len(st.handling); i++ {
		st.handling[i] = handledExc{}
	}
	st.handling = kept
	if len(st.frames) == 0 {
		return
	}
	f := st.frames[len(st.frames)-1]
	h := handledExc{exc: e, frame: f, block: innermostBlock(f, py.TryBlockExceptHandler)}
	if h.block >= 0 {
		h.level = f.Blockstack[h.block].Level
	}
	st.handling = append(st.handling, h)
}

// leaveAbove drops the running frame's entries whose block index is at
// least from.
func (st *frameStack) leaveAbove(from int) {
	if len(st.frames) == 0 {
		return
	}
	f := st.frames[len(st.frames)-1]
	n := len(st.handling)
	for n > 0 && st.handling[n-1].frame == f && st.handling[n-1].block >= from {
		n--
		st.handling[n] = handledExc{}
	}
	st.handling = st.handling[:n]
}

// LeaveHandler is called before POP_EXCEPT: the innermost except body of
// the running frame has finished.
func LeaveHandler() {
	st := stackOf()
	if len(st.handling) == 0 || len(st.frames) == 0 {
		return
	}
	f := st.frames[len(st.frames)-1]
	st.leaveAbove(innermostBlock(f, py.TryBlockExceptHandler))
}

// LeaveLoopHandlers is called before BREAK_LOOP and CONTINUE_LOOP: the
// handler bodies inside the innermost loop of the running frame are left.
func LeaveLoopHandlers() {
	st := stackOf()
	if len(st.handling) == 0 || len(st.frames) == 0 {
		return
	}
	f := st.frames[len(st.frames)-1]
	st.leaveAbove(innermostBlock(f, py.TryBlockSetupLoop) + 1)
}

// ChainUncaught links e, escaping the program (or a thread) with
// traceback tb, to the exception whose handling it escaped, as CPython
// prints an uncaught chain (after FixVMError and ContinueTraceback).
func ChainUncaught(e *py.Exception, tb *py.Traceback) {
	FixVMError(e, tb)
	if tb != nil {
		e.Traceback = ContinueTraceback(e, tb)
	}
	st := stackOf()
	st.chain(e, tb)
}

// CurrentFrame returns the innermost running frame of the thread, or nil.
func CurrentFrame() *py.Frame {
	st := stackOf()
	if len(st.frames) == 0 {
		return nil
	}
	return st.frames[len(st.frames)-1]
}

// EnterHandled records e as the exception the running frame handles
// without an except block of its own (an except* handler, which the
// pre-pass runs as a with block): sys.exc_info() returns it and an
// exception raised meanwhile gets it as __context__, until LeaveHandled.
func EnterHandled(e *py.Exception) { EnterHandler(e) }

// LeaveHandled drops the running frame's record of e made by EnterHandled.
func LeaveHandled(e *py.Exception) {
	st := stackOf()
	if len(st.frames) == 0 {
		return
	}
	f := st.frames[len(st.frames)-1]
	for i := len(st.handling) - 1; i >= 0; i-- {
		if h := st.handling[i]; h.frame == f && h.exc == e {
			copy(st.handling[i:], st.handling[i+1:])
			st.handling[len(st.handling)-1] = handledExc{}
			st.handling = st.handling[:len(st.handling)-1]
			return
		}
	}
}
