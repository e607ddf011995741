package python

import (
	"os"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// gpython v0.2.0's PRINT_EXPR (code compiled in "single" mode: doctest's
// examples, exec(compile(src, f, 'single'))) writes the value's repr to
// the process's stdout through vm.PrintExpr ("FIXME this should be
// calling sys.displayhook", vm/eval.go, unchanged on main) instead of
// sys.stdout, so output a program redirects (doctest's capture,
// contextlib.redirect_stdout) escapes it. This writes through the
// interpreter's sys.stdout. vm.PrintExpr is process-wide: the interpreter
// made last is the one written to (a process runs one; the interactive
// prompt sets its own while it runs; see package upstream for the index
// of gpython workarounds.
func init() {
	AddInstaller(func(ctx py.Context) error {
		vm.PrintExpr = func(out string) {
			if sysm, err := ctx.GetModule("sys"); err == nil {
				if write, err := py.GetAttrString(sysm.Globals["stdout"], "write"); err == nil {
					if _, err := py.Call(write, py.Tuple{py.String(out + "\n")}, nil); err == nil {
						return
					}
				}
			}
			_, _ = os.Stdout.WriteString(out + "\n")
		}
		return nil
	})
}
