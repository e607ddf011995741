package python

import (
	"fmt"
	"io"
	"os"

	"github.com/go-python/gpython/py"
)

// reportUncaught prints the uncaught exception pe that ended the main
// script as CPython's PyErr_Print does, before the interpreter waits for
// its threads and runs the atexit callbacks: the traceback on sys.stderr,
// and sys.last_type, sys.last_value and sys.last_traceback set (an atexit
// callback such as pywikibot's reads them). SystemExit is not printed.
// It returns whether pe was printed.
func (in *Interp) reportUncaught(pe *PyError) bool {
	if pe.Info == nil || pe.Info.Type == nil || pe.Info.Type.IsSubtype(py.SystemExit) {
		return false
	}
	sysm, err := in.Ctx.GetModule("sys")
	if err != nil {
		return false
	}
	sysm.Globals["last_type"] = pe.Info.Type
	if pe.Info.Value != nil {
		sysm.Globals["last_value"] = pe.Info.Value
	}
	if pe.Info.Traceback != nil {
		sysm.Globals["last_traceback"] = pe.Info.Traceback
	} else {
		sysm.Globals["last_traceback"] = py.None
	}
	in.writeStderr(sysm, pe.Traceback)
	return true
}

// writeStderr writes text to sys.stderr (the script may have replaced
// it), or to the interpreter's own stderr when sys.stderr cannot take it.
func (in *Interp) writeStderr(sysm *py.Module, text string) {
	if stream, ok := sysm.Globals["stderr"]; ok && stream != py.None {
		if write, err := py.GetAttrString(stream, "write"); err == nil {
			if _, err := py.Call(write, py.Tuple{py.String(text)}, nil); err == nil {
				if flush, err := py.GetAttrString(stream, "flush"); err == nil {
					_, _ = py.Call(flush, nil, nil)
				}
				return
			}
		}
	}
	var w io.Writer = os.Stderr
	if in.opts.Stderr != nil {
		w = in.opts.Stderr
	}
	fmt.Fprint(w, text)
}
