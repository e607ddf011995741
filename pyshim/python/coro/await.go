package coro

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
	"github.com/gowikibot/gowikibot/pyshim/python/methods"
)

// Await is "await x" (the pre-pass's __pyshim_await__(x)): a coroutine
// runs inline; any other awaitable's __await__ iterator is stepped here,
// each value it yields suspending the running coroutine (an asyncio
// Future yields itself) until its driver resumes it.
func Await(x py.Object) (py.Object, error) {
	if c, ok := x.(*Coroutine); ok {
		return c.inline()
	}
	if g, ok := x.(*py.Generator); ok {
		// a generator-based coroutine (types.coroutine, asyncio's own
		// Future.__iter__): awaited as its iterator
		return drive(g)
	}
	meth, err := py.GetAttrString(x, "__await__")
	if err != nil {
		if isExc(err, py.AttributeError) {
			return nil, py.ExceptionNewf(py.TypeError, "object %s can't be used in 'await' expression", x.Type().Name)
		}
		return nil, err
	}
	it, err := py.Call(meth, nil, nil)
	if err != nil {
		return nil, err
	}
	if c, ok := it.(*Coroutine); ok {
		return c.inline()
	}
	if _, err := py.GetAttrString(it, "__next__"); err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "__await__() returned non-iterator of type '%s'", it.Type().Name)
	}
	return drive(it)
}

// drive steps the iterator it of an awaitable to its end, suspending the
// running coroutine with each value it yields; it returns the iterator's
// return value.
func drive(it py.Object) (py.Object, error) {
	_, isGen := it.(*py.Generator)
	yf, err := classes.NewYieldFrom(it)
	if err != nil {
		return nil, err
	}
	in := msg{val: py.None}
	for {
		var y py.Object
		if in.err != nil {
			if isGen {
				y, err = py.Send(yf, methods.ThrownValue(in.err))
			} else if t, terr := py.GetAttrString(it, "throw"); terr == nil {
				y, err = py.Call(t, py.Tuple{excValue(in.err)}, nil)
				if isExc(err, py.StopIteration) {
					return stopValue(err), nil
				}
			} else {
				return nil, in.err
			}
		} else {
			y, err = py.Send(yf, in.val)
		}
		if err != nil {
			if isExc(err, py.StopIteration) {
				return py.GetAttrString(yf, "value")
			}
			return nil, err
		}
		v, e := suspend(y)
		in = msg{val: v, err: e}
		if in.val == nil {
			in.val = py.None
		}
	}
}

// asyncIterType is the type of __pyshim_aiter__'s iterators.
var asyncIterType = py.NewType("async_for_iterator", "the iterator of an async for loop (gowikibot)")

// asyncIter is "async for" over ait (the pre-pass's __pyshim_aiter__(x)):
// a plain iterator whose __next__ awaits ait.__anext__().
type asyncIter struct {
	ait  py.Object
	next py.Object
}

// Type returns the iterator's type.
func (a *asyncIter) Type() *py.Type { return asyncIterType }

// M__iter__ returns the iterator.
func (a *asyncIter) M__iter__() (py.Object, error) { return a, nil }

// M__next__ awaits the next item.
func (a *asyncIter) M__next__() (py.Object, error) {
	var v py.Object
	var err error
	if ag, ok := a.ait.(*AsyncGen); ok {
		v, err = ag.step(func() (py.Object, error) { return py.Next(ag.gen) })
	} else {
		var aw py.Object
		if aw, err = py.Call(a.next, nil, nil); err == nil {
			v, err = Await(aw)
		}
	}
	if err != nil && isExc(err, StopAsyncIteration) {
		return nil, py.StopIteration
	}
	return v, err
}

// AIter is __pyshim_aiter__(x): the iterator of "async for ... in x".
func AIter(x py.Object) (py.Object, error) {
	if ag, ok := x.(*AsyncGen); ok {
		return &asyncIter{ait: ag}, nil
	}
	m, err := py.GetAttrString(x, "__aiter__")
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "'async for' requires an object with __aiter__ method, got %s", x.Type().Name)
	}
	ait, err := py.Call(m, nil, nil)
	if err != nil {
		return nil, err
	}
	if ag, ok := ait.(*AsyncGen); ok {
		return &asyncIter{ait: ag}, nil
	}
	next, err := py.GetAttrString(ait, "__anext__")
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s", ait.Type().Name)
	}
	return &asyncIter{ait: ait, next: next}, nil
}

// asyncWithType is the type of __pyshim_awith__'s context managers.
var asyncWithType = py.NewType("async_with_manager", "the context manager of an async with statement (gowikibot)")

// asyncWith is "async with m" (the pre-pass's __pyshim_awith__(m)): a
// plain context manager whose __enter__ and __exit__ await m's __aenter__
// and __aexit__.
type asyncWith struct {
	enter, exit py.Object
}

// Type returns the manager's type.
func (a *asyncWith) Type() *py.Type { return asyncWithType }

// M__enter__ awaits __aenter__().
func (a *asyncWith) M__enter__() (py.Object, error) {
	aw, err := py.Call(a.enter, nil, nil)
	if err != nil {
		return nil, err
	}
	return Await(aw)
}

// M__exit__ awaits __aexit__(type, value, traceback).
func (a *asyncWith) M__exit__(typ, val, tb py.Object) (py.Object, error) {
	aw, err := py.Call(a.exit, py.Tuple{typ, val, tb}, nil)
	if err != nil {
		return nil, err
	}
	return Await(aw)
}

// AWith is __pyshim_awith__(m): the context manager of "async with m".
func AWith(m py.Object) (py.Object, error) {
	enter, err1 := py.GetAttrString(m, "__aenter__")
	exit, err2 := py.GetAttrString(m, "__aexit__")
	if err1 != nil || err2 != nil {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object does not support the asynchronous context manager protocol", m.Type().Name)
	}
	return &asyncWith{enter: enter, exit: exit}, nil
}
