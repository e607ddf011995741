package methods

import (
	"sync/atomic"

	"github.com/go-python/gpython/py"
)

// Hooks for pyshim/python/coro, which runs each driven coroutine on a
// goroutine of its own (gpython v0.2.0 has no coroutines).

// ThrownValue returns the value that, sent into a generator suspended at a
// yield, raises err there (what throw() sends; genthrow.go).
func ThrownValue(err error) py.Object { return &thrownValue{err: err} }

// AdjustDepth adds delta to ctx's call-depth counter. A coroutine that
// suspends with n frames running takes them off the count (-n) and puts
// them back when it resumes, so that suspended coroutines do not count
// towards the recursion limit of the threads that run meanwhile.
func AdjustDepth(ctx py.Context, delta int32) {
	if d := depthOf(ctx); d != nil {
		atomic.AddInt32(&d.n, delta)
	}
}
