package methods

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// fixUnboundLocal turns the NameError gpython raises for a local variable
// read before assignment into CPython 3.11's UnboundLocalError ("cannot
// access local variable 'x' where it is not associated with a value") as
// the error leaves the function whose frame raised it.
//
// Workaround for gpython v0.2.0: vm/eval.go's do_LOAD_FAST and
// do_DELETE_FAST raise NameError "name 'x' is not defined" (their FIXME
// keeps ceval.c's UnboundLocalError commented out; unchanged on upstream
// main). The callers of the function see the right class and message; an
// `except UnboundLocalError` in the same function as the faulty read does
// not (it catches NameError only), which scripts do not rely on (see package
// upstream for the index of workarounds).
func fixUnboundLocal(code *py.Code, err error) error {
	info, ok := err.(py.ExceptionInfo)
	if !ok || info.Type != py.NameError || info.Traceback == nil || info.Traceback.Next != nil {
		return err
	}
	tb := info.Traceback
	if tb.Frame == nil || tb.Frame.Code != code {
		return err
	}
	exc, ok := info.Value.(*py.Exception)
	if !ok {
		return err
	}
	args, ok := exc.Args.(py.Tuple)
	if !ok || len(args) != 1 {
		return err
	}
	msg, _ := args[0].(py.String)
	name, ok := strings.CutPrefix(string(msg), "name '")
	if !ok {
		return err
	}
	name, ok = strings.CutSuffix(name, "' is not defined")
	if !ok {
		return err
	}
	// The failing instruction is the 3-byte LOAD_FAST/DELETE_FAST just
	// before Lasti, and its operand names this local.
	i := int(tb.Lasti) - 3
	if i < 0 || i+2 >= len(code.Code) {
		return err
	}
	op := vm.OpCode(code.Code[i])
	if op != vm.LOAD_FAST && op != vm.DELETE_FAST {
		return err
	}
	arg := int(code.Code[i+1]) | int(code.Code[i+2])<<8
	if arg >= len(code.Varnames) || code.Varnames[arg] != name {
		return err
	}
	exc.Base = py.UnboundLocalError
	exc.Args = py.Tuple{py.String("cannot access local variable '" + name + "' where it is not associated with a value")}
	info.Type = py.UnboundLocalError
	return info
}
