package python

import (
	"errors"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/gil"
)

// ReportCompileError reports err, which RunSource returned, the way
// pywikibot's pwb.py shows a script that does not compile. pwb.py's
// wrapper compiles the script with exec(compile(...)) inside its own
// running code, so a SyntaxError there is an uncaught exception of that
// code: "Traceback (most recent call last):" above the SyntaxError block
// (the wrapper's own frames are not shown here), sys.last_type,
// last_value and last_traceback set, and the atexit callbacks run, so
// that pywikibot's hook (pywikibot is imported by then) ends stderr with
// its "CRITICAL: Exiting due to uncaught exception" line. "python FILE"
// does not call this: CPython prints the SyntaxError alone there.
//
// Only a SyntaxError that RunSource did not report (raised by compiling,
// before the module ran) is handled; the error is returned, marked as
// reported.
func (in *Interp) ReportCompileError(err error) error {
	var pe *PyError
	if !errors.As(err, &pe) || pe.Reported || pe.Info == nil || pe.Info.Type == nil ||
		!pe.Info.Type.IsSubtype(py.SyntaxError) {
		return err
	}
	sysm, serr := in.Ctx.GetModule("sys")
	if serr != nil {
		return err
	}
	sysm.Globals["last_type"] = pe.Info.Type
	if pe.Info.Value != nil {
		sysm.Globals["last_value"] = pe.Info.Value
	}
	sysm.Globals["last_traceback"] = py.None
	in.writeStderr(sysm, "Traceback (most recent call last):\n"+pe.Traceback)
	pe.Reported = true
	gil.MainExit()
	in.runAtExit()
	return err
}
