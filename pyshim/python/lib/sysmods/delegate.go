package sysmods

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
)

// pyDelegate is a Go module function that calls fn of the module written
// in Python named module (pysrc), imported on first use: how a Go-written
// module gets a function that is simpler in Python (os.popen,
// shutil.make_archive).
func pyDelegate(module, fn string) func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var ctx py.Context
		if m, ok := self.(*py.Module); ok && m.Context != nil {
			ctx = m.Context
		} else if f := classes.CurrentFrame(); f != nil {
			ctx = f.Context
		} else {
			return nil, py.ExceptionNewf(py.SystemError, "%s: no interpreter", fn)
		}
		mod, err := py.Call(ctx.Store().Builtins.Globals["__import__"], py.Tuple{py.String(module)}, nil)
		if err != nil {
			return nil, err
		}
		f, err := py.GetAttrString(mod, fn)
		if err != nil {
			return nil, err
		}
		return py.Call(f, args, kw)
	}
}
