package python

import (
	"context"
	"sync"

	"github.com/go-python/gpython/py"
)

// waits is the Go side of Ctrl-C for one interpreter: the context that Go
// code waiting on behalf of Python (throttle sleeps, retry backoff, HTTP
// requests) runs under. Interrupt cancels it, so the wait ends at once and
// the caller can raise the KeyboardInterrupt (CheckInterrupt) instead of
// the process being ended by the forced exit.
type waits struct {
	mu     sync.Mutex
	ctx    context.Context
	cancel context.CancelFunc
}

// WaitContext returns the context Go code should wait under while it runs
// on behalf of the Python code of ctx: it is cancelled when Ctrl-C arrives
// (Interrupt) and stays cancelled until the KeyboardInterrupt is delivered
// (CheckInterrupt); a later call then returns a fresh one. After an error
// from a wait under it, the caller returns CheckInterrupt(ctx) when that is
// not nil. For a context that is not one of our interpreters it is
// context.Background().
func WaitContext(ctx py.Context) context.Context {
	in := interpOf(ctx)
	if in == nil {
		return context.Background()
	}
	w := &in.waits
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.ctx == nil || (w.ctx.Err() != nil && !in.interrupted.Load()) {
		w.ctx, w.cancel = context.WithCancel(context.Background())
	}
	if in.interrupted.Load() {
		// a wait that starts while a Ctrl-C is pending ends at once
		w.cancel()
	}
	return w.ctx
}

// cancelAll ends every wait running under the current WaitContext.
func (w *waits) cancelAll() {
	w.mu.Lock()
	if w.cancel != nil {
		w.cancel()
	}
	w.mu.Unlock()
}

func interpOf(ctx py.Context) *Interp {
	interpMu.Lock()
	defer interpMu.Unlock()
	return interps[ctx]
}
