package methods

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
)

// Generators get working throw() and close(). gpython v0.2.0 has no way to
// resume a generator with an exception (Generator.Throw and Close return
// NotImplementedError), which breaks @contextmanager cleanup when the
// with body raises, and generator-based coroutines. The bytecode rewrite
// (bytecode.go) follows every YIELD_VALUE with a call of
// yieldResumeHelper on the value sent in; throw(exc) sends a thrownValue,
// which the helper raises inside the generator's frame, at the yield,
// where the generator's own try/except/finally see it.

// thrownValue carries an exception into a generator frame.
type thrownValue struct{ err error }

var thrownValueType = py.NewType("__pyshim_thrown__", "an exception being thrown into a generator")

// Type returns the marker's type.
func (t *thrownValue) Type() *py.Type { return thrownValueType }

type resumeHelper struct{}

var resumeHelperType = py.NewType("builtin_function_or_method", "generator resumption check of the compatibility layer")

// Type returns the helper's type.
func (resumeHelper) Type() *py.Type { return resumeHelperType }

// M__call__ returns the sent value, or raises the exception thrown in.
func (resumeHelper) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.SystemError, "yield resume: bad arguments")
	}
	if t, ok := args[0].(*thrownValue); ok {
		return nil, t.err
	}
	return args[0], nil
}

var yieldResumeHelper py.Object = resumeHelper{}

// excFrom builds the exception throw(type[, value[, tb]]) raises.
func excFrom(args py.Tuple) (error, error) {
	if len(args) == 0 || len(args) > 3 {
		return nil, py.ExceptionNewf(py.TypeError, "throw expected at least 1 argument, got %d", len(args))
	}
	typ := args[0]
	var val py.Object = py.None
	if len(args) > 1 {
		val = args[1]
	}
	if t, ok := typ.(*py.Type); ok {
		if !t.IsSubtype(py.BaseException) {
			return nil, py.ExceptionNewf(py.TypeError, "exceptions must be classes or instances deriving from BaseException, not type")
		}
		if val != py.None && val.Type().IsSubtype(t) {
			typ = val
		} else {
			var cargs py.Tuple
			switch v := val.(type) {
			case py.NoneType:
			case py.Tuple:
				cargs = v
			default:
				cargs = py.Tuple{v}
			}
			inst, err := py.Call(t, cargs, nil)
			if err != nil {
				return nil, err
			}
			typ = inst
		}
	} else if val != py.None {
		return nil, py.ExceptionNewf(py.TypeError, "instance exception may not have a separate value")
	}
	if !typ.Type().IsSubtype(py.BaseException) {
		return nil, py.ExceptionNewf(py.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", typ.Type().Name)
	}
	if e, ok := typ.(error); ok {
		return e, nil
	}
	return py.MakeException(typ), nil
}

// finish marks a generator as exhausted: later next() raises StopIteration.
func finish(g *py.Generator) {
	if g.Frame.Lasti == 0 {
		g.Frame.Lasti = 1
	}
	g.Frame.Yielded = false
}

func genThrow(g *py.Generator, args py.Tuple) (py.Object, error) {
	exc, err := excFrom(args)
	if err != nil {
		return nil, err
	}
	if g.Running {
		return nil, py.ExceptionNewf(py.ValueError, "generator already executing")
	}
	if g.Frame.Lasti == 0 || !g.Frame.Yielded {
		// not started, or already finished: raised here, and done
		finish(g)
		return nil, exc
	}
	return g.Send(&thrownValue{err: exc})
}

func genClose(g *py.Generator) (py.Object, error) {
	if g.Running {
		return nil, py.ExceptionNewf(py.ValueError, "generator already executing")
	}
	if g.Frame.Lasti == 0 || !g.Frame.Yielded {
		finish(g)
		return py.None, nil
	}
	exit, err := py.Call(py.GeneratorExit, nil, nil)
	if err != nil {
		return nil, err
	}
	_, err = g.Send(&thrownValue{err: exit.(error)})
	if err == nil {
		finish(g)
		return nil, py.ExceptionNewf(py.RuntimeError, "generator ignored GeneratorExit")
	}
	finish(g)
	if py.IsException(py.GeneratorExit, err) || py.IsException(py.StopIteration, err) {
		return py.None, nil
	}
	return nil, err
}

func init() {
	d := py.GeneratorType.Dict
	d["throw"] = py.MustNewMethod("throw", func(self py.Object, args py.Tuple) (py.Object, error) {
		g, ok := self.(*py.Generator)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "throw() needs a generator")
		}
		return genThrow(g, args)
	}, 0, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.")
	d["close"] = py.MustNewMethod("close", func(self py.Object) (py.Object, error) {
		g, ok := self.(*py.Generator)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "close() needs a generator")
		}
		return genClose(g)
	}, 0, "close() -> raise GeneratorExit inside generator.")
}

// excTracebackHelper is called on entry to every except handler with the
// traceback and the exception the interpreter pushed for it, and stores
// the traceback on the exception (its __traceback__): gpython leaves
// Exception.Traceback unset ("FIXME PyException_SetTraceback" in its
// eval loop), so traceback.format_exc(), logging's exc_info and chained
// tracebacks had no frames to show. It also records the exception as
// being handled (handlerhooks.go).
var excTracebackHelper = &helper{name: "__pyshim_exc_tb__", fn: func(tb, val py.Object) (py.Object, error) {
	if e, ok := val.(*py.Exception); ok {
		if t, ok := tb.(*py.Traceback); ok {
			e.Traceback = classes.ContinueTraceback(e, t)
			classes.FixVMError(e, t)
		}
		classes.EnterHandler(e)
	}
	return py.None, nil
}}
