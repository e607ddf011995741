// Package gil is the interpreter lock of gowikibot's embedded Python: one
// lock that a goroutine holds while it runs Python code, as CPython's GIL.
//
// gpython's VM is not goroutine-safe (frames, the recursion counter, the
// layers' caches and every mutable object are unguarded), so Python threads
// (the threading module's goroutines) must take turns. The lock is inactive
// until a program starts its first thread: a program that starts none pays
// one atomic load per blocking call and nothing else. Once active, it is
// released around blocking Go calls (sleep, HTTP, subprocess waits, queue
// and lock waits) by Blocking/Release, and the running thread hands it over
// at a Python call boundary (Switch) when another thread has waited for
// longer than the switch interval.
package gil

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// SwitchInterval is how long a thread keeps the lock while others wait
// before it hands the lock over at the next Python call (CPython's
// sys.getswitchinterval() is 5 ms).
var SwitchInterval = 5 * time.Millisecond

var (
	active  atomic.Bool
	mu      sync.Mutex
	waiting atomic.Int32
	since   atomic.Int64 // when the current holder took the lock (UnixNano)
	current atomic.Int64 // the Python thread ident of the holder
	// notify, when set, is incremented while goroutines wait, so that the
	// runtime's per-call check (which calls Switch) runs only then.
	notify *atomic.Int32
)

// SetNotify makes the lock count its waiters into *n as well: the runtime
// passes the counter that gates its per-call check, so that Switch is
// called at Python call boundaries only while a thread waits.
func SetNotify(n *atomic.Int32) { notify = n }

// Active reports whether the lock is in use (a thread was started).
func Active() bool { return active.Load() }

// Enable turns the lock on, taken by the calling goroutine, which must be
// the one running Python (the first Thread.start()). Later calls do
// nothing.
func Enable() {
	if active.Load() {
		return
	}
	mu.Lock()
	since.Store(time.Now().UnixNano())
	active.Store(true)
}

// Acquire takes the lock for the calling goroutine (a new thread before it
// runs Python, or after a blocking call). It does nothing while the lock is
// inactive.
func Acquire() {
	if !active.Load() {
		return
	}
	waiting.Add(1)
	if n := notify; n != nil {
		n.Add(1)
	}
	mu.Lock()
	waiting.Add(-1)
	if n := notify; n != nil {
		n.Add(-1)
	}
	since.Store(time.Now().UnixNano())
}

// Release gives the lock up before a blocking call; the caller must call
// Acquire afterwards (or use Blocking). It does nothing while inactive.
func Release() {
	if !active.Load() {
		return
	}
	mu.Unlock()
}

// MainIdent is the thread ident of the main thread.
const MainIdent = 1

// Ident returns the Python thread ident of the goroutine holding the lock
// (MainIdent before any thread starts).
func Ident() int64 {
	if id := current.Load(); id != 0 {
		return id
	}
	return MainIdent
}

// SetIdent records that the calling goroutine, which holds the lock, runs
// the Python thread ident (a new thread, right after Acquire).
func SetIdent(id int64) { current.Store(id) }

// Blocking runs fn with the lock released: fn must not touch Python
// objects.
func Blocking(fn func()) {
	if !active.Load() {
		fn()
		return
	}
	id := Ident()
	mu.Unlock()
	defer func() {
		Acquire()
		current.Store(id)
	}()
	fn()
}

// Switch hands the lock to a waiting thread when the caller has held it
// for at least SwitchInterval. It is called at Python call boundaries.
func Switch() {
	if !active.Load() || waiting.Load() == 0 {
		return
	}
	if time.Now().UnixNano()-since.Load() < int64(SwitchInterval) {
		return
	}
	id := Ident()
	mu.Unlock()
	runtime.Gosched()
	Acquire()
	current.Store(id)
}

var onMainExit atomic.Pointer[func()]

// OnMainExit sets fn to run when the main module's code has finished, with
// the lock held (the threading module waits there for its non-daemon
// threads, as CPython does before exiting).
func OnMainExit(fn func()) { onMainExit.Store(&fn) }

// MainExit runs the function set by OnMainExit, once.
func MainExit() {
	if fn := onMainExit.Swap(nil); fn != nil {
		(*fn)()
	}
}
