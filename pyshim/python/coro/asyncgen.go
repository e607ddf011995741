package coro

import (
	"github.com/go-python/gpython/py"
)

// AsyncGenType is the type of async generator objects.
var AsyncGenType = py.NewType("async_generator", "An asynchronous generator: the object a call of an async def with yield returns.")

// StopAsyncIteration is the builtin exception an async iterator's
// __anext__ raises at its end (missing from gpython v0.2.0).
var StopAsyncIteration = func() *py.Type {
	t := py.ExceptionType.NewType("StopAsyncIteration", "Signal the end from iterator.__anext__().", nil, nil)
	t.ObjectType = py.TypeType
	t.Base = py.ExceptionType
	t.Flags &^= py.TPFLAGS_READY
	if err := t.Ready(); err != nil {
		panic(err)
	}
	return t
}()

// AsyncGen is an async generator: the generator of the async def's frame,
// stepped on the goroutine of the coroutine that awaits its items (an
// await in its body suspends that coroutine).
type AsyncGen struct {
	name    string
	gen     *py.Generator
	running bool
}

// Type returns async_generator.
func (ag *AsyncGen) Type() *py.Type { return AsyncGenType }

// step runs fn (a resumption of the generator) as one item's await.
func (ag *AsyncGen) step(fn func() (py.Object, error)) (py.Object, error) {
	if ag.running {
		return nil, py.ExceptionNewf(py.RuntimeError, "anext(): asynchronous generator is already running")
	}
	ag.running = true
	defer func() { ag.running = false }()
	v, err := fn()
	if err != nil && isExc(err, py.StopIteration) {
		return nil, py.ExceptionNewf(StopAsyncIteration, "")
	}
	return v, err
}

// awaitable returns a coroutine object that runs fn as one step.
func (ag *AsyncGen) awaitable(name string, fn func() (py.Object, error)) *Coroutine {
	return &Coroutine{name: name, ctx: ag.gen.Frame.Context, fn: func() (py.Object, error) { return ag.step(fn) }}
}

func init() {
	d := AsyncGenType.Dict
	self := func(o py.Object) *AsyncGen { return o.(*AsyncGen) }
	d["__aiter__"] = py.MustNewMethod("__aiter__", func(s py.Object) (py.Object, error) { return s, nil }, 0, "Return an awaitable, that resolves in asynchronous iterator.")
	d["__anext__"] = py.MustNewMethod("__anext__", func(s py.Object) (py.Object, error) {
		ag := self(s)
		return ag.awaitable("__anext__", func() (py.Object, error) { return py.Next(ag.gen) }), nil
	}, 0, "Return a value or raise StopAsyncIteration.")
	d["asend"] = py.MustNewMethod("asend", func(s py.Object, v py.Object) (py.Object, error) {
		ag := self(s)
		return ag.awaitable("asend", func() (py.Object, error) {
			if v == py.None {
				return py.Next(ag.gen)
			}
			return py.Send(ag.gen, v)
		}), nil
	}, 0, "asend(v) -> send 'v' in generator.")
	d["athrow"] = py.MustNewMethod("athrow", func(s py.Object, args py.Tuple) (py.Object, error) {
		ag := self(s)
		return ag.awaitable("athrow", func() (py.Object, error) {
			t, err := py.GetAttrString(ag.gen, "throw")
			if err != nil {
				return nil, err
			}
			return py.Call(t, args, nil)
		}), nil
	}, 0, "athrow(typ[,val[,tb]]) -> raise exception in generator.")
	d["aclose"] = py.MustNewMethod("aclose", func(s py.Object) (py.Object, error) {
		ag := self(s)
		return ag.awaitable("aclose", func() (py.Object, error) {
			c, err := py.GetAttrString(ag.gen, "close")
			if err != nil {
				return nil, err
			}
			if _, err := py.Call(c, nil, nil); err != nil {
				if isExc(err, py.RuntimeError) {
					return nil, py.ExceptionNewf(py.RuntimeError, "async generator ignored GeneratorExit")
				}
				return nil, err
			}
			return py.None, nil
		}), nil
	}, 0, "aclose() -> raise GeneratorExit inside generator.")
	d["__repr__"] = py.MustNewMethod("__repr__", func(s py.Object) (py.Object, error) {
		return py.String(reprOf("async_generator", self(s).name, s)), nil
	}, 0, "Return repr(self).")
	d["__name__"] = &py.Property{Fget: func(s py.Object) (py.Object, error) { return py.String(self(s).name), nil }}
	d["__qualname__"] = d["__name__"]
	d["ag_running"] = &py.Property{Fget: func(s py.Object) (py.Object, error) { return py.NewBool(self(s).running), nil }}
	d["ag_code"] = &py.Property{Fget: func(s py.Object) (py.Object, error) { return self(s).gen.Frame.Code, nil }}
}
