package python

import (
	"github.com/go-python/gpython/py"
)

// runAtExit runs the functions registered with the atexit module, last
// first, when the script imported it (CPython runs them as the interpreter
// exits, after an uncaught exception or sys.exit too). Errors in them are
// reported by atexit itself and do not change the exit status.
func (in *Interp) runAtExit() {
	m, err := in.Ctx.GetModule("atexit")
	if err != nil {
		return
	}
	fn, ok := m.Globals["_run_exitfuncs"]
	if !ok {
		return
	}
	defer func() { _ = recover() }()
	_, _ = py.Call(fn, nil, nil)
}
