package methods

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// gpython v0.2.0's globals, locals, eval and exec are "internal methods"
// its VM runs itself, in the calling frame, when its own CALL_FUNCTION
// reaches one; py.Call of one from Go panics ("Unknown method type:
// py.InternalMethod", py/method.go, unchanged on main). The call rewrite of
// this package (kwcall.go) makes such calls from Go: `f(*args, **kwargs)`
// with f = eval, as unittest's assertRaises(SyntaxError, eval, src) does.
// callInternal runs them for it in the namespace of the frame making the
// call, as the VM would: globals() and locals() of that frame, and eval
// and exec through pyobj.EvalInFrame (what the pre-pass binds direct
// calls to).
//
// Other Go code calling one (map(eval, ...), sorted(key=eval),
// functools.partial(globals)) would reach gpython's panic, so the names
// globals, locals, eval and exec of the builtins are Go functions doing
// the same in the innermost frame (installInternalBuiltins); the
// pre-pass turns direct calls of globals() and locals() into calls of
// the VM's internal methods kept as __pyshim_globals__ and
// __pyshim_locals__, which need no frame tracking.

// callInternal calls m, an internal method, for the call site helper h
// running in the innermost frame.
func callInternal(h py.Object, m *py.Method, args py.Tuple, kw py.StringDict) (py.Object, error) {
	f := classes.CurrentFrame()
	if f == nil || !hasConst(f.Code, h) {
		// a frame the layer does not track (top-level code of exec(),
		// the embedded modules' bodies): its namespace is not at hand
		return nil, py.ExceptionNewf(py.SystemError, "%s() cannot be called through *args or **kwargs here", m.Name)
	}
	switch m.Internal() {
	case py.InternalMethodGlobals, py.InternalMethodLocals:
		if len(args) != 0 || len(kw) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", m.Name, len(args)+len(kw))
		}
		if m.Internal() == py.InternalMethodGlobals {
			return f.Globals, nil
		}
		f.FastToLocals()
		return f.Locals, nil
	case py.InternalMethodEval:
		f.FastToLocals()
		return pyobj.EvalInFrame(f.Context, py.EvalMode, f.Globals, f.Locals, args, kw)
	case py.InternalMethodExec:
		f.FastToLocals()
		return pyobj.EvalInFrame(f.Context, py.ExecMode, f.Globals, f.Locals, args, kw)
	}
	return nil, py.ExceptionNewf(py.SystemError, "%s() cannot be called through *args or **kwargs", m.Name)
}

// hasConst reports whether o is one of code's constants.
func hasConst(code *py.Code, o py.Object) bool {
	for _, c := range code.Consts {
		if c == o {
			return true
		}
	}
	return false
}

// installInternalBuiltins replaces gpython's internal methods globals,
// locals, eval and exec in b by Go functions any caller can call (see the
// comment at the top), keeping the internal globals and locals as
// __pyshim_globals__ and __pyshim_locals__ for the pre-pass.
func installInternalBuiltins(ctx py.Context, b py.StringDict) {
	for _, name := range []string{"globals", "locals"} {
		if m, ok := b[name].(*py.Method); ok && m.Internal() != py.InternalMethodNone {
			b["__pyshim_"+name+"__"] = m
		}
	}
	replace := func(name string, fn func(f *py.Frame, args py.Tuple, kw py.StringDict) (py.Object, error)) {
		m, ok := b[name].(*py.Method)
		if !ok || m.Internal() == py.InternalMethodNone {
			return
		}
		b[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			f := classes.CurrentFrame()
			if f == nil {
				return nil, py.ExceptionNewf(py.SystemError, "%s(): no current frame", name)
			}
			return fn(f, args, kw)
		}, 0, m.Doc)
	}
	noArgs := func(name string, args py.Tuple, kw py.StringDict) error {
		if len(kw) != 0 {
			return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
		}
		if len(args) != 0 {
			return py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", name, len(args))
		}
		return nil
	}
	replace("globals", func(f *py.Frame, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := noArgs("globals", args, kw); err != nil {
			return nil, err
		}
		return f.Globals, nil
	})
	replace("locals", func(f *py.Frame, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := noArgs("locals", args, kw); err != nil {
			return nil, err
		}
		f.FastToLocals()
		return f.Locals, nil
	})
	replace("eval", func(f *py.Frame, args py.Tuple, kw py.StringDict) (py.Object, error) {
		f.FastToLocals()
		return pyobj.EvalInFrame(ctx, py.EvalMode, f.Globals, f.Locals, args, kw)
	})
	replace("exec", func(f *py.Frame, args py.Tuple, kw py.StringDict) (py.Object, error) {
		f.FastToLocals()
		return pyobj.EvalInFrame(ctx, py.ExecMode, f.Globals, f.Locals, args, kw)
	})
}
