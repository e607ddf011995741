package gil

import (
	"sync"
	"sync/atomic"
)

// Work posted from other goroutines (signal handlers written in Python) to
// run in the thread that holds the lock, at the next Python call boundary
// (the runtime's per-call check calls RunPosted), as CPython runs signal
// handlers between bytecodes.
var (
	postMu  sync.Mutex
	posted  []func() error
	nPosted atomic.Int32
)

// Post queues fn to run at the next call boundary of the running Python
// code; its error is raised there.
func Post(fn func() error) {
	postMu.Lock()
	posted = append(posted, fn)
	postMu.Unlock()
	nPosted.Add(1)
	if n := notify; n != nil {
		n.Add(1)
	}
}

// RunPosted runs the queued functions in order and returns the first
// error (the functions after it stay queued).
func RunPosted() error {
	if nPosted.Load() == 0 {
		return nil
	}
	for {
		postMu.Lock()
		if len(posted) == 0 {
			postMu.Unlock()
			return nil
		}
		fn := posted[0]
		posted = posted[1:]
		postMu.Unlock()
		nPosted.Add(-1)
		if n := notify; n != nil {
			n.Add(-1)
		}
		if err := fn(); err != nil {
			return err
		}
	}
}

var interceptSigint atomic.Pointer[func() bool]

// InterceptSigint sets fn to be asked first about every Ctrl-C: when it
// returns true (a Python SIGINT handler took it, or SIGINT is ignored) the
// runtime raises no KeyboardInterrupt.
func InterceptSigint(fn func() bool) { interceptSigint.Store(&fn) }

// SigintIntercepted asks the InterceptSigint function, if any.
func SigintIntercepted() bool {
	if fn := interceptSigint.Load(); fn != nil {
		return (*fn)()
	}
	return false
}
