package sysmods

import (
	"os"
	"strings"

	"github.com/go-python/gpython/py"
)

// installBreakpoint adds the builtin breakpoint() and sys.breakpointhook,
// as CPython 3.7+ has them: breakpoint(*args, **kws) calls
// sys.breakpointhook, whose default honours $PYTHONBREAKPOINT ("0" turns it
// off, "mod.func" names another debugger; empty means pdb.set_trace).
func installBreakpoint(ctx py.Context, sysm *py.Module) {
	hook := py.MustNewMethod("breakpointhook", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		target := os.Getenv("PYTHONBREAKPOINT")
		if target == "0" {
			return py.None, nil
		}
		if target == "" {
			target = "pdb.set_trace"
		}
		modName, fnName := "builtins", target
		if i := strings.LastIndexByte(target, '.'); i >= 0 {
			modName, fnName = target[:i], target[i+1:]
		}
		imp := ctx.Store().Builtins.Globals["__import__"]
		mod, err := py.Call(imp, py.Tuple{py.String(modName), py.None, py.None, py.Tuple{py.String(fnName)}}, nil)
		var fn py.Object
		if err == nil {
			fn, err = py.GetAttrString(mod, fnName)
		}
		if err != nil {
			warn, werr := py.Call(imp, py.Tuple{py.String("warnings"), py.None, py.None, py.Tuple{py.String("warn")}}, nil)
			if werr == nil {
				if w, werr := py.GetAttrString(warn, "warn"); werr == nil {
					msg := "Ignoring unimportable $PYTHONBREAKPOINT: \"" + target + "\""
					if _, werr := py.Call(w, py.Tuple{py.String(msg), py.RuntimeWarning}, nil); werr != nil {
						return nil, werr
					}
				}
			}
			return py.None, nil
		}
		return py.Call(fn, args, kwargs)
	}, 0, "breakpointhook(*args, **kws)\n\nCall the debugger named by $PYTHONBREAKPOINT (default pdb.set_trace).")
	sysm.Globals["breakpointhook"] = hook
	sysm.Globals["__breakpointhook__"] = hook
	ctx.Store().Builtins.Globals["breakpoint"] = py.MustNewMethod("breakpoint", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		h, ok := sysm.Globals["breakpointhook"]
		if !ok {
			return nil, py.ExceptionNewf(py.RuntimeError, "lost sys.breakpointhook")
		}
		return py.Call(h, args, kwargs)
	}, 0, "breakpoint(*args, **kws)\n\nCall sys.breakpointhook(*args, **kws).")
}
