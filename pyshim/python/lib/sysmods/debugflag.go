package sysmods

import "github.com/go-python/gpython/py"

// installDebugFlag adds the builtin constant __debug__, True as in CPython
// run without -O (gpython v0.2.0 lacks it: code reading it, such as
// pywikibot's test framework, raised NameError).
func installDebugFlag(ctx py.Context) {
	ctx.Store().Builtins.Globals["__debug__"] = py.True
}
