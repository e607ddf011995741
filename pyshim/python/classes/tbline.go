package classes

import "github.com/go-python/gpython/py"

// gpython v0.2.0 (and main at 444ae5e) records a traceback entry's line as
// Addr2Line(frame.Lasti) in vm.AddTraceback (vm/eval.go), but Lasti is
// already past the instruction that raised. When the next instruction
// starts a new line, as in a multi-line tuple, call or list display, the
// entry names the line after the failing one:
//
//	x = (
//	    os.environ["KEY"],   # CPython: line 2; gpython: line 3
//	    os.environ["OTHER"],
//	)
//
// TracebackLine gives CPython's line from the instruction itself (the byte
// before Lasti is inside it), as Frame.Lineno does for live frames; every
// reader of a traceback's line goes through it, and the __tb_lineno__
// attribute is replaced to use it (see package upstream for the index).

// TracebackLine is the line of the instruction a traceback entry stopped at.
func TracebackLine(tb *py.Traceback) int {
	if tb.Frame == nil || tb.Frame.Code == nil || tb.Lasti <= 0 {
		return int(tb.Lineno)
	}
	return int(tb.Frame.Code.Addr2Line(tb.Lasti - 1))
}

func init() {
	py.TracebackType.Dict["__tb_lineno__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			return py.Int(TracebackLine(self.(*py.Traceback))), nil
		},
	}
}
