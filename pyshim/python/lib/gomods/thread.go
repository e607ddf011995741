package gomods

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/gil"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/sysmods"
)

// _gwb_thread: the primitives of threading (CPython's _thread): threads
// are goroutines that run Python only while holding the interpreter lock
// (package gil); locks wait with that lock released.

var nextIdent atomic.Int64

func init() { nextIdent.Store(gil.MainIdent) }

// threadStart(fn, args, kwargs) runs fn in a new goroutine and returns its
// ident.
func threadStart(self py.Object, args py.Tuple) (py.Object, error) {
	var fn, a, kw py.Object
	if err := py.UnpackTuple(args, nil, "start_new_thread", 2, 3, &fn, &a, &kw); err != nil {
		return nil, err
	}
	targs, ok := a.(py.Tuple)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "2nd arg must be a tuple")
	}
	var kwargs py.StringDict
	if !isNone(kw) && kw != nil {
		d, err := py.GetAttrString(kw, "items")
		if err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "optional 3rd arg must be a dictionary")
		}
		items, err := py.Call(d, nil, nil)
		if err != nil {
			return nil, err
		}
		kwargs = py.StringDict{}
		var kerr error
		err = py.Iterate(items, func(it py.Object) bool {
			t, ok := it.(py.Tuple)
			var k py.String
			if ok && len(t) == 2 {
				k, ok = t[0].(py.String)
			}
			if !ok {
				kerr = py.ExceptionNewf(py.TypeError, "keywords must be strings")
				return true
			}
			kwargs[string(k)] = t[1]
			return false
		})
		if err == nil {
			err = kerr
		}
		if err != nil {
			return nil, err
		}
	}
	gil.Enable()
	id := nextIdent.Add(1)
	go func() {
		gil.Acquire()
		gil.SetIdent(id)
		defer gil.Release()
		defer func() {
			// A Go panic inside the interpreter must not end the process
			// with a Go stack dump (the main goroutine recovers its own).
			if r := recover(); r != nil {
				fmt.Fprintf(os.Stderr, "Exception in thread %d: internal error in the Python runtime (please report): %v\n", id, r)
			}
		}()
		if _, err := py.Call(fn, targs, kwargs); err != nil {
			if !py.IsException(py.SystemExit, err) {
				fmt.Fprintf(os.Stderr, "Unhandled exception in thread started by %v: %v\n", fn, err)
			}
		}
	}()
	return py.Int(id), nil
}

// interruptCheck returns the KeyboardInterrupt pending for the main
// thread of ctx (CPython delivers Ctrl-C to the main thread only).
func interruptCheck(ctx py.Context) error {
	if ctx == nil || sysmods.InterruptCheck == nil || gil.ThreadIdent() != gil.MainIdent {
		return nil
	}
	return sysmods.InterruptCheck(ctx)
}

// waitSem takes one token of sem, waiting at most timeout seconds
// (forever when < 0), with the interpreter lock released, checking for
// Ctrl-C in the main thread.
func waitSem(ctx py.Context, sem chan struct{}, timeout float64) (bool, error) {
	select {
	case sem <- struct{}{}:
		return true, nil
	default:
	}
	if timeout == 0 {
		return false, nil
	}
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(time.Duration(timeout * float64(time.Second)))
	}
	const slice = 50 * time.Millisecond
	for {
		wait := slice
		if timeout > 0 {
			left := time.Until(deadline)
			if left <= 0 {
				return false, nil
			}
			if left < wait {
				wait = left
			}
		}
		got := false
		gil.Blocking(func() {
			t := time.NewTimer(wait)
			defer t.Stop()
			select {
			case sem <- struct{}{}:
				got = true
			case <-t.C:
			}
		})
		if got {
			return true, nil
		}
		if err := interruptCheck(ctx); err != nil {
			return false, err
		}
	}
}

// LockType is the type of _gwb_thread.allocate_lock() locks.
var LockType = py.NewType("_thread.lock", "A lock object: acquire() and release().")

// Lock is a non-reentrant lock.
type Lock struct {
	sem chan struct{}
	ctx py.Context
}

// Type returns LockType.
func (l *Lock) Type() *py.Type { return LockType }

// RLockType is the type of reentrant locks.
var RLockType = py.NewType("_thread.RLock", "A reentrant lock.")

// RLock is a reentrant lock owned by one thread ident.
type RLock struct {
	Lock
	mu    sync.Mutex
	owner int64
	count int
}

// Type returns RLockType.
func (l *RLock) Type() *py.Type { return RLockType }

func acquireArgs(args py.Tuple, kw py.StringDict) (float64, error) {
	var blocking, timeout py.Object = py.True, py.Float(-1)
	if err := py.ParseTupleAndKeywords(args, kw, "|OO:acquire", []string{"blocking", "timeout"}, &blocking, &timeout); err != nil {
		return 0, err
	}
	t, err := toFloat(timeout)
	if err != nil {
		return 0, err
	}
	b, err := py.MakeBool(blocking)
	if err != nil {
		return 0, err
	}
	if b == py.False {
		if t != -1 {
			return 0, py.ExceptionNewf(py.ValueError, "can't specify a timeout for a non-blocking call")
		}
		return 0, nil
	}
	if t < 0 && t != -1 {
		return 0, py.ExceptionNewf(py.ValueError, "timeout value must be a non-negative number")
	}
	return t, nil
}

func (l *Lock) acquire(timeout float64) (py.Object, error) {
	ok, err := waitSem(l.ctx, l.sem, timeout)
	if err != nil {
		return nil, err
	}
	return py.NewBool(ok), nil
}

func (l *Lock) release() error {
	select {
	case <-l.sem:
		return nil
	default:
		return py.ExceptionNewf(py.RuntimeError, "release unlocked lock")
	}
}

func (r *RLock) acquire(timeout float64) (py.Object, error) {
	me := gil.ThreadIdent()
	r.mu.Lock()
	if r.count > 0 && r.owner == me {
		r.count++
		r.mu.Unlock()
		return py.True, nil
	}
	r.mu.Unlock()
	ok, err := waitSem(r.ctx, r.sem, timeout)
	if err != nil || !ok {
		return py.NewBool(ok), err
	}
	r.mu.Lock()
	r.owner, r.count = me, 1
	r.mu.Unlock()
	return py.True, nil
}

func (r *RLock) release() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.count == 0 || r.owner != gil.ThreadIdent() {
		return py.ExceptionNewf(py.RuntimeError, "cannot release un-acquired lock")
	}
	r.count--
	if r.count == 0 {
		r.owner = 0
		<-r.sem
	}
	return nil
}

type locker interface {
	acquire(float64) (py.Object, error)
	release() error
}

func lockMethods(t *py.Type, get func(py.Object) locker) {
	acq := method("acquire", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		timeout, err := acquireArgs(args, kw)
		if err != nil {
			return nil, err
		}
		return get(self).acquire(timeout)
	})
	t.Dict["acquire"] = acq
	t.Dict["__enter__"] = method("__enter__", func(self py.Object) (py.Object, error) {
		return get(self).acquire(-1)
	})
	rel := method("release", func(self py.Object) (py.Object, error) {
		return py.None, get(self).release()
	})
	t.Dict["release"] = rel
	t.Dict["__exit__"] = method("__exit__", func(self py.Object, args py.Tuple) (py.Object, error) {
		return py.None, get(self).release()
	})
}

// M__enter__ and M__exit__ make "with lock:" work on gpython's with
// statement, which looks the methods up on the Go value.
func (l *Lock) M__enter__() (py.Object, error) { return l.acquire(-1) }

// M__exit__ releases the lock.
func (l *Lock) M__exit__(a, b, c py.Object) (py.Object, error) { return py.None, l.release() }

// M__enter__ takes the reentrant lock.
func (r *RLock) M__enter__() (py.Object, error) { return r.acquire(-1) }

// M__exit__ releases it once.
func (r *RLock) M__exit__(a, b, c py.Object) (py.Object, error) { return py.None, r.release() }

// M__eq__ compares locks by identity (list.remove and "in" need it).
func (l *Lock) M__eq__(o py.Object) (py.Object, error) { return py.NewBool(o == py.Object(l)), nil }

// M__ne__ is the negation of M__eq__.
func (l *Lock) M__ne__(o py.Object) (py.Object, error) { return py.NewBool(o != py.Object(l)), nil }

// M__eq__ compares reentrant locks by identity.
func (r *RLock) M__eq__(o py.Object) (py.Object, error) { return py.NewBool(o == py.Object(r)), nil }

// M__ne__ is the negation of M__eq__.
func (r *RLock) M__ne__(o py.Object) (py.Object, error) { return py.NewBool(o != py.Object(r)), nil }

// M__repr__ describes the lock as CPython does.
func (l *Lock) M__repr__() (py.Object, error) {
	state := "unlocked"
	if len(l.sem) > 0 {
		state = "locked"
	}
	return py.String(fmt.Sprintf("<%s _thread.lock object at %p>", state, l)), nil
}

// M__repr__ describes the reentrant lock.
func (r *RLock) M__repr__() (py.Object, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	state := "unlocked"
	if r.count > 0 {
		state = "locked"
	}
	return py.String(fmt.Sprintf("<%s _thread.RLock object owner=%d count=%d at %p>", state, r.owner, r.count, r)), nil
}

func init() {
	lockMethods(LockType, func(o py.Object) locker { return o.(*Lock) })
	lockMethods(RLockType, func(o py.Object) locker { return o.(*RLock) })
	LockType.Dict["locked"] = method("locked", func(self py.Object) (py.Object, error) {
		return py.NewBool(len(self.(*Lock).sem) > 0), nil
	})
	// _is_owned is what threading.Condition asks of an RLock.
	RLockType.Dict["_is_owned"] = method("_is_owned", func(self py.Object) (py.Object, error) {
		r := self.(*RLock)
		r.mu.Lock()
		defer r.mu.Unlock()
		return py.NewBool(r.count > 0 && r.owner == gil.ThreadIdent()), nil
	})
	// _release_save and _acquire_restore let a Condition wait release
	// every level of an RLock and take them back.
	RLockType.Dict["_release_save"] = method("_release_save", func(self py.Object) (py.Object, error) {
		r := self.(*RLock)
		r.mu.Lock()
		if r.count == 0 {
			r.mu.Unlock()
			return nil, py.ExceptionNewf(py.RuntimeError, "cannot release un-acquired lock")
		}
		st := py.Tuple{py.Int(r.count), py.Int(r.owner)}
		r.count, r.owner = 0, 0
		r.mu.Unlock()
		<-r.sem
		return st, nil
	})
	RLockType.Dict["_acquire_restore"] = method("_acquire_restore", func(self py.Object, st py.Object) (py.Object, error) {
		r := self.(*RLock)
		if _, err := waitSem(r.ctx, r.sem, -1); err != nil {
			return nil, err
		}
		t := st.(py.Tuple)
		r.mu.Lock()
		r.count, r.owner = int(t[0].(py.Int)), int64(t[1].(py.Int))
		r.mu.Unlock()
		return py.None, nil
	})
}

func moduleCtx(self py.Object) py.Context {
	if m, ok := self.(*py.Module); ok {
		return m.Context
	}
	return nil
}

func threadModule() (map[string]any, py.StringDict) {
	return map[string]any{
		"start_new_thread": threadStart,
		"run_reporting":    threadRunReporting,
		"allocate_lock": func(self py.Object) (py.Object, error) {
			return &Lock{sem: make(chan struct{}, 1), ctx: moduleCtx(self)}, nil
		},
		"RLock": func(self py.Object) (py.Object, error) {
			return &RLock{Lock: Lock{sem: make(chan struct{}, 1), ctx: moduleCtx(self)}}, nil
		},
		"get_ident": func(self py.Object) (py.Object, error) { return py.Int(gil.ThreadIdent()), nil },
		// set_shutdown(fn): fn runs when the main module has finished
		// (threading joins its non-daemon threads there).
		"set_shutdown": func(self py.Object, fn py.Object) (py.Object, error) {
			gil.OnMainExit(func() { _, _ = py.Call(fn, nil, nil) })
			return py.None, nil
		},
		// sleep(seconds) with the interpreter lock released.
		"sleep": func(self py.Object, s py.Object) (py.Object, error) {
			f, err := toFloat(s)
			if err != nil {
				return nil, err
			}
			gil.Blocking(func() { time.Sleep(time.Duration(f * float64(time.Second))) })
			return py.None, nil
		},
	}, py.StringDict{"LockType": LockType, "TIMEOUT_MAX": py.Float(9223372036.0)}
}

func init() {
	registerGo("_gwb_thread", "Threads as goroutines under the interpreter lock.", threadModule)
}

// FormatTraceback renders an uncaught exception as CPython prints it; the
// runtime (package python) sets it. Threads use it to report exceptions
// with their traceback, which Python code cannot see (gpython's exception
// objects carry none).
var FormatTraceback func(info *py.ExceptionInfo) string

// threadRunReporting(fn, name[, hook]) calls fn(); an exception other than
// SystemExit is printed to sys.stderr as "Exception in thread NAME:" and
// its traceback, as threading.excepthook does in CPython. hook, when
// given, is asked first, when the exception has happened (CPython looks
// threading.excepthook up then, not when the thread starts):
// hook(type, value, traceback) returns True when it reported the exception
// itself (a threading.excepthook of the program's).
func threadRunReporting(self py.Object, args py.Tuple) (py.Object, error) {
	var fn, name py.Object
	var hook py.Object = py.None
	if err := py.UnpackTuple(args, nil, "run_reporting", 2, 3, &fn, &name, &hook); err != nil {
		return nil, err
	}
	_, err := py.Call(fn, nil, nil)
	if err == nil || py.IsException(py.SystemExit, err) {
		return py.None, nil
	}
	info := sysmods.ExceptionInfoOf(err)
	if info == nil {
		return nil, err
	}
	if hook != py.None {
		var tb py.Object = py.None
		if info.Traceback != nil {
			tb = info.Traceback
		}
		done, herr := py.Call(hook, py.Tuple{info.Type, info.Value, tb}, nil)
		if herr != nil {
			return py.None, nil // an exception in the hook is ignored, as in threading
		}
		if t, _ := py.MakeBool(done); t == py.True {
			return py.None, nil
		}
	}
	text := fmt.Sprintf("%v\n", err)
	if FormatTraceback != nil {
		text = FormatTraceback(info)
	}
	n, _ := py.Str(name)
	msg := py.String(fmt.Sprintf("Exception in thread %s:\n%s", n, text))
	if ctx := moduleCtx(self); ctx != nil {
		if sys, e := ctx.GetModule("sys"); e == nil {
			if w, e := py.GetAttrString(sys.Globals["stderr"], "write"); e == nil {
				_, _ = py.Call(w, py.Tuple{msg}, nil)
				return py.None, nil
			}
		}
	}
	fmt.Fprint(os.Stderr, string(msg))
	return py.None, nil
}
