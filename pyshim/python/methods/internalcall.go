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
// calls to). Other Go code calling one (map(eval, ...)) still reaches
// gpython's panic, reported as an internal error.

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
