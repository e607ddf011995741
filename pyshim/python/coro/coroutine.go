// Package coro gives the interpreter coroutines and async generators:
// what a call of an async def returns, and the helpers the pre-pass's
// rewrites of await, async for and async with call
// (pyshim/python/prepass/async.go).
//
// gpython v0.2.0 has no coroutines (its grammar is Python 3.4's, and its
// generators cannot be suspended below a Go call), so a coroutine here is
// stackful: one that is driven (send, throw: what an asyncio Task does)
// runs on a goroutine of its own, and an await that has to wait hands the
// value to suspend with to the driver and blocks that goroutine until the
// driver resumes it. The driver and the coroutine take turns holding the
// interpreter lock (package gil), so exactly one of them runs at a time, in
// the order CPython's would. A coroutine awaited by another one runs
// inline, on the awaiting goroutine, as a plain call. A coroutine goroutine
// has a thread ident of its own (above 1<<32) for its frame stack, as
// sys._getframe and tracebacks need, but counts as the thread driving it
// for threading (gil.SetAlias), as CPython's coroutines run in that thread.
package coro

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
	"github.com/gowikibot/gowikibot/pyshim/python/gil"
	"github.com/gowikibot/gowikibot/pyshim/python/methods"
)

// Coroutine states, as inspect.getcoroutinestate names them.
const (
	created = iota
	running
	suspended
	closed
)

// CoroutineType is the type of coroutine objects.
var CoroutineType = py.NewType("coroutine", "A coroutine: the object a call of an async def returns.")

// Coroutine is a coroutine: the frame of an async def's call (or, for the
// awaitables of async generators, a Go function) and, once driven, the
// goroutine running it.
type Coroutine struct {
	name  string
	gen   *py.Generator             // the frame, for a call of an async def
	fn    func() (py.Object, error) // or the body, for the awaitables made here
	state int
	drv   *driver
	ctx   py.Context
}

// Type returns coroutine.
func (c *Coroutine) Type() *py.Type { return CoroutineType }

// msg passes between a driver and its coroutine goroutine: a value sent in
// or yielded out, an exception thrown in or raised out, or the end (done,
// with the result in val).
type msg struct {
	val  py.Object
	err  error
	done bool
}

// driver is the link between a driven coroutine and its goroutine.
type driver struct {
	resume chan msg // to the coroutine
	out    chan msg // from the coroutine
	ident  int64
	ctx    py.Context
}

var (
	driversMu sync.Mutex
	drivers   = map[int64]*driver{}
	nextIdent atomic.Int64
)

func init() { nextIdent.Store(1 << 32) }

// current returns the driver of the coroutine running on this goroutine,
// or nil.
func current() *driver {
	id := gil.Ident()
	driversMu.Lock()
	defer driversMu.Unlock()
	return drivers[id]
}

// newCoroutine wraps the generator holding the ready frame of an async
// def's call.
func newCoroutine(g *py.Generator) *Coroutine {
	return &Coroutine{name: g.Frame.Code.Name, gen: g, ctx: g.Frame.Context}
}

// body runs the coroutine's body to its end on the calling goroutine.
func (c *Coroutine) body() (py.Object, error) {
	var res py.Object
	var err error
	if c.fn != nil {
		res, err = c.fn()
	} else {
		res, err = py.VmRunFrame(c.gen.Frame)
	}
	if err != nil && isExc(err, py.StopIteration) {
		// PEP 479, as CPython: a StopIteration leaving a coroutine
		return nil, py.ExceptionNewf(py.RuntimeError, "coroutine raised StopIteration")
	}
	return res, err
}

// inline runs the coroutine on the calling goroutine (it is awaited by
// another coroutine) and returns its result.
func (c *Coroutine) inline() (py.Object, error) {
	switch c.state {
	case running, suspended:
		return nil, py.ExceptionNewf(py.RuntimeError, "coroutine is being awaited already")
	case closed:
		return nil, py.ExceptionNewf(py.RuntimeError, "cannot reuse already awaited coroutine")
	}
	c.state = running
	defer func() { c.state = closed }()
	return c.body()
}

// start begins driving the coroutine on a goroutine of its own and waits
// for its first message.
func (c *Coroutine) start() (msg, error) {
	gil.Enable()
	d := &driver{resume: make(chan msg), out: make(chan msg), ident: nextIdent.Add(1), ctx: c.ctx}
	c.drv = d
	c.state = running
	j := job{c: c, d: d, parent: gil.ThreadIdent()}
	select {
	case w := <-idleWorkers:
		w <- j
	default:
		w := make(chan job, 1)
		w <- j
		go worker(w)
	}
	var m msg
	gil.Blocking(func() { m = <-d.out })
	return m, nil
}

// job is a coroutine to run on a worker goroutine: its driver, and the
// Python thread it runs for.
type job struct {
	c      *Coroutine
	d      *driver
	parent int64
}

// idleWorkers are the inboxes of the worker goroutines waiting for a
// coroutine to run: a goroutine is kept for the next coroutine rather than
// started anew, so that the stack it grew running the interpreter (tens of
// kilobytes, grown by copying) is reused.
var idleWorkers = make(chan chan job, 64)

// worker runs the coroutines sent to inbox, one at a time, until it finds
// the idle pool full.
func worker(inbox chan job) {
	for {
		j := <-inbox
		j.run()
		select {
		case idleWorkers <- inbox:
		default:
			return
		}
	}
}

// run runs the job's coroutine to its end (taking turns with its driver
// at each suspension) and sends the driver the end.
func (j job) run() {
	d := j.d
	gil.Acquire()
	gil.SetIdent(d.ident)
	gil.SetAlias(d.ident, j.parent)
	driversMu.Lock()
	drivers[d.ident] = d
	driversMu.Unlock()
	m := msg{done: true}
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Fprintf(os.Stderr, "internal error in the Python runtime (please report): %v\n", r)
				m.err = py.ExceptionNewf(py.SystemError, "internal error in a coroutine: %v", r)
			}
		}()
		m.val, m.err = j.c.body()
	}()
	driversMu.Lock()
	delete(drivers, d.ident)
	driversMu.Unlock()
	classes.ForgetStack(d.ident)
	gil.ClearAlias(d.ident)
	gil.Release()
	d.out <- m
}

// resumeWith sends m to the suspended coroutine and waits for its next
// message.
func (c *Coroutine) resumeWith(in msg) msg {
	c.state = running
	var m msg
	gil.Blocking(func() {
		c.drv.resume <- in
		m = <-c.drv.out
	})
	return m
}

// finish turns the coroutine's message into send's result.
func (c *Coroutine) finish(m msg) (py.Object, error) {
	if m.done {
		c.state = closed
		if m.err != nil {
			return nil, m.err
		}
		return nil, stopIteration(m.val)
	}
	c.state = suspended
	if m.err != nil {
		return nil, m.err
	}
	return m.val, nil
}

// Send resumes the coroutine with v; it returns the value the coroutine
// suspends with, or raises StopIteration with its result.
func (c *Coroutine) Send(v py.Object) (py.Object, error) {
	switch c.state {
	case running:
		return nil, py.ExceptionNewf(py.ValueError, "coroutine already executing")
	case closed:
		return nil, py.ExceptionNewf(py.RuntimeError, "cannot reuse already awaited coroutine")
	case created:
		if v != py.None {
			return nil, py.ExceptionNewf(py.TypeError, "can't send non-None value to a just-started coroutine")
		}
		m, err := c.start()
		if err != nil {
			return nil, err
		}
		return c.finish(m)
	}
	return c.finish(c.resumeWith(msg{val: v}))
}

// Throw raises err in the coroutine where it is suspended.
func (c *Coroutine) Throw(err error) (py.Object, error) {
	switch c.state {
	case running:
		return nil, py.ExceptionNewf(py.ValueError, "coroutine already executing")
	case created, closed:
		c.state = closed
		return nil, err
	}
	return c.finish(c.resumeWith(msg{err: err}))
}

// Close raises GeneratorExit in a suspended coroutine.
func (c *Coroutine) Close() (py.Object, error) {
	switch c.state {
	case running:
		return nil, py.ExceptionNewf(py.ValueError, "coroutine already executing")
	case created, closed:
		c.state = closed
		return py.None, nil
	}
	exit, err := py.Call(py.GeneratorExit, nil, nil)
	if err != nil {
		return nil, err
	}
	_, err = c.Throw(exit.(error))
	if err == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "coroutine ignored GeneratorExit")
	}
	if isExc(err, py.GeneratorExit) || isExc(err, py.StopIteration) {
		return py.None, nil
	}
	return nil, err
}

// suspend passes y to the driver of the coroutine running on this
// goroutine and waits to be resumed: it returns the value sent in, or the
// exception thrown in.
func suspend(y py.Object) (py.Object, error) {
	d := current()
	if d == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "await outside a running coroutine: a coroutine must be run by an event loop (asyncio.run) or driven with send() (gowikibot)")
	}
	// The frames of a suspended coroutine do not count towards the
	// recursion limit meanwhile.
	n := int32(classes.StackDepth())
	methods.AdjustDepth(d.ctx, -n)
	var m msg
	gil.Blocking(func() {
		d.out <- msg{val: y}
		m = <-d.resume
	})
	methods.AdjustDepth(d.ctx, n)
	if m.err != nil {
		return nil, m.err
	}
	return m.val, nil
}

// stopIteration makes StopIteration(v).
func stopIteration(v py.Object) error {
	if v == nil {
		v = py.None
	}
	e, err := py.Call(py.StopIteration, py.Tuple{v}, nil)
	if err != nil {
		return err
	}
	if ex, ok := e.(error); ok {
		return ex
	}
	return py.StopIteration
}

// isExc reports whether err is an exception of type t.
func isExc(err error, t *py.Type) bool {
	if err == nil {
		return false
	}
	if t == py.StopIteration && err == py.StopIteration {
		return true
	}
	return py.IsException(t, err)
}

// excValue is the exception object of err.
func excValue(err error) py.Object {
	switch e := err.(type) {
	case py.ExceptionInfo:
		return e.Value
	case *py.ExceptionInfo:
		return e.Value
	case *py.Exception:
		return e
	case *py.Type:
		return e
	}
	return py.None
}

// stopValue is the value a StopIteration carries (None if none).
func stopValue(err error) py.Object {
	if err == py.StopIteration {
		return py.None
	}
	if e, ok := excValue(err).(*py.Exception); ok {
		if t, ok := e.Args.(py.Tuple); ok && len(t) > 0 {
			return t[0]
		}
	}
	return py.None
}
