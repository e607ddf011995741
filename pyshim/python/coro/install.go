package coro

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
)

// reprOf is CPython's repr of a coroutine-like object.
func reprOf(kind, name string, o py.Object) string {
	return fmt.Sprintf("<%s object %s at %p>", kind, name, o)
}

func init() {
	classes.AsyncCall = func(g *py.Generator) (py.Object, error) {
		if g.Frame.Code.Flags&coAsyncGen != 0 {
			return &AsyncGen{name: g.Frame.Code.Name, gen: g}, nil
		}
		return newCoroutine(g), nil
	}
	d := CoroutineType.Dict
	self := func(o py.Object) *Coroutine { return o.(*Coroutine) }
	d["send"] = py.MustNewMethod("send", func(s py.Object, v py.Object) (py.Object, error) { return self(s).Send(v) }, 0,
		"send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.")
	d["throw"] = py.MustNewMethod("throw", func(s py.Object, args py.Tuple) (py.Object, error) {
		exc, err := excFromArgs(args)
		if err != nil {
			return nil, err
		}
		return self(s).Throw(exc)
	}, 0, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.")
	d["close"] = py.MustNewMethod("close", func(s py.Object) (py.Object, error) { return self(s).Close() }, 0, "close() -> raise GeneratorExit inside coroutine.")
	d["__await__"] = py.MustNewMethod("__await__", func(s py.Object) (py.Object, error) { return s, nil }, 0, "Return an iterator to be used in await expression.")
	d["__next__"] = py.MustNewMethod("__next__", func(s py.Object) (py.Object, error) { return self(s).Send(py.None) }, 0, "Implement next(self).")
	d["__repr__"] = py.MustNewMethod("__repr__", func(s py.Object) (py.Object, error) {
		return py.String(reprOf("coroutine", self(s).name, s)), nil
	}, 0, "Return repr(self).")
	d["__name__"] = &py.Property{Fget: func(s py.Object) (py.Object, error) { return py.String(self(s).name), nil }}
	d["__qualname__"] = &py.Property{Fget: func(s py.Object) (py.Object, error) {
		if c := self(s); c.gen != nil {
			return py.String(classes.Qualname(c.gen.Frame.Code)), nil
		}
		return py.String(self(s).name), nil
	}}
	d["cr_running"] = &py.Property{Fget: func(s py.Object) (py.Object, error) { return py.NewBool(self(s).state == running), nil }}
	d["cr_await"] = &py.Property{Fget: func(s py.Object) (py.Object, error) { return py.None, nil }}
	d["cr_frame"] = &py.Property{Fget: func(s py.Object) (py.Object, error) {
		if c := self(s); c.gen != nil && c.state != closed {
			return classes.NewFrame(c.gen.Frame), nil
		}
		return py.None, nil
	}}
	d["cr_code"] = &py.Property{Fget: func(s py.Object) (py.Object, error) {
		if c := self(s); c.gen != nil {
			return c.gen.Frame.Code, nil
		}
		return py.None, nil
	}}
	d["_gwb_state"] = &py.Property{Fget: func(s py.Object) (py.Object, error) {
		return py.String([]string{"CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED"}[self(s).state]), nil
	}}
	ai := asyncIterType.Dict
	ai["__iter__"] = py.MustNewMethod("__iter__", func(s py.Object) (py.Object, error) { return s, nil }, 0, "Implement iter(self).")
	ai["__next__"] = py.MustNewMethod("__next__", func(s py.Object) (py.Object, error) { return s.(*asyncIter).M__next__() }, 0, "Implement next(self).")
	aw := asyncWithType.Dict
	aw["__enter__"] = py.MustNewMethod("__enter__", func(s py.Object) (py.Object, error) { return s.(*asyncWith).M__enter__() }, 0, "Await __aenter__().")
	aw["__exit__"] = py.MustNewMethod("__exit__", func(s py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 3 {
			return nil, py.ExceptionNewf(py.TypeError, "__exit__ expected 3 arguments, got %d", len(args))
		}
		return s.(*asyncWith).M__exit__(args[0], args[1], args[2])
	}, 0, "Await __aexit__(type, value, traceback).")
}

// excFromArgs builds the exception throw(type[, value[, tb]]) raises.
func excFromArgs(args py.Tuple) (error, error) {
	if len(args) == 0 || len(args) > 3 {
		return nil, py.ExceptionNewf(py.TypeError, "throw expected at least 1 argument, got %d", len(args))
	}
	typ := args[0]
	if t, ok := typ.(*py.Type); ok {
		var cargs py.Tuple
		if len(args) > 1 && args[1] != py.None {
			if v, ok := args[1].(py.Tuple); ok {
				cargs = v
			} else if args[1].Type().IsSubtype(t) {
				typ = args[1]
				t = nil
			} else {
				cargs = py.Tuple{args[1]}
			}
		}
		if t != nil {
			inst, err := py.Call(t, cargs, nil)
			if err != nil {
				return nil, err
			}
			typ = inst
		}
	}
	if !typ.Type().IsSubtype(py.BaseException) {
		return nil, py.ExceptionNewf(py.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", typ.Type().Name)
	}
	if e, ok := typ.(*py.Exception); ok {
		// An exception that was raised before keeps its traceback, as
		// in CPython (a task's exception thrown into the awaiting one).
		if tb, ok := e.Traceback.(*py.Traceback); ok && tb != nil {
			return py.ExceptionInfo{Type: e.Type(), Value: e, Traceback: tb}, nil
		}
	}
	if e, ok := typ.(error); ok {
		return e, nil
	}
	return py.MakeException(typ), nil
}

// Install adds the builtins the pre-pass's rewrites call, StopAsyncIteration,
// aiter and anext to ctx.
func Install(ctx py.Context) error {
	b := ctx.Store().Builtins.Globals
	one := func(name, doc string, fn func(py.Object) (py.Object, error)) {
		b[name] = py.MustNewMethod(name, func(self py.Object, arg py.Object) (py.Object, error) { return fn(arg) }, 0, doc)
	}
	one("__pyshim_await__", "__pyshim_await__(x): await x (gowikibot)", Await)
	one("__pyshim_aiter__", "__pyshim_aiter__(x): the iterator of async for over x (gowikibot)", AIter)
	one("__pyshim_awith__", "__pyshim_awith__(m): the context manager of async with m (gowikibot)", AWith)
	one("__pyshim_tb_pop__", "__pyshim_tb_pop__(exc): drop the outermost frame of exc's traceback (gowikibot)", popTraceback)
	one("__pyshim_reraise__", "__pyshim_reraise__(exc): raise exc with the traceback it was caught with (gowikibot)", Reraise)
	b["StopAsyncIteration"] = StopAsyncIteration
	one("aiter", "Return an AsyncIterator for an AsyncIterable object.", func(x py.Object) (py.Object, error) {
		m, err := py.GetAttrString(x, "__aiter__")
		if err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not an async iterable", x.Type().Name)
		}
		return py.Call(m, nil, nil)
	})
	b["anext"] = py.MustNewMethod("anext", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "anext expected 1 or 2 arguments, got %d", len(args))
		}
		m, err := py.GetAttrString(args[0], "__anext__")
		if err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not an async iterator", args[0].Type().Name)
		}
		aw, err := py.Call(m, nil, nil)
		if err != nil || len(args) == 1 {
			return aw, err
		}
		def := args[1]
		return &Coroutine{name: "anext", ctx: ctx, fn: func() (py.Object, error) {
			v, err := Await(aw)
			if err != nil && isExc(err, StopAsyncIteration) {
				return def, nil
			}
			return v, err
		}}, nil
	}, 0, "anext(aiterator[, default])\n\nReturn the next item from the async iterator.")
	return nil
}

// M__repr__ is CPython's repr of a coroutine.
func (c *Coroutine) M__repr__() (py.Object, error) {
	return py.String(reprOf("coroutine", c.name, c)), nil
}

// M__repr__ is CPython's repr of an async generator.
func (ag *AsyncGen) M__repr__() (py.Object, error) {
	return py.String(reprOf("async_generator", ag.name, ag)), nil
}

// Reraise raises exc again with the traceback it had when it was last
// caught (asyncio's Future.result re-raising a task's exception): gpython's
// raise statement starts a new traceback, where CPython's continues the
// exception's __traceback__, so the frames the exception came through
// (the task's coroutines) would be lost.
func Reraise(exc py.Object) (py.Object, error) {
	e, ok := exc.(*py.Exception)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "exceptions must derive from BaseException")
	}
	tb, _ := e.Traceback.(*py.Traceback)
	return nil, py.ExceptionInfo{Type: e.Type(), Value: e, Traceback: tb}
}

// popTraceback drops the outermost entry of exc's traceback: asyncio's
// Task step, which caught it (CPython's tasks are C code and show no frame
// there).
func popTraceback(exc py.Object) (py.Object, error) {
	if e, ok := exc.(*py.Exception); ok {
		if tb, ok := e.Traceback.(*py.Traceback); ok && tb != nil && tb.Next != nil {
			e.Traceback = tb.Next
		}
	}
	return py.None, nil
}
