package methods

import (
	"sync/atomic"

	"github.com/go-python/gpython/py"
)

// EnterFrame counts one frame that gpython evaluates without going through
// py.VmEvalCode (a script's module body: ctx.RunCode calls the VM
// directly), so that the recursion limit counts it as CPython does; the
// returned function leaves the frame.
func EnterFrame(ctx py.Context) func() {
	d := depthOf(ctx)
	if d == nil {
		return func() {}
	}
	atomic.AddInt32(&d.n, 1)
	return func() { atomic.AddInt32(&d.n, -1) }
}
