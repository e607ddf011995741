package gomods

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// _gwb_dis: the opcode table of gpython's VM (Python 3.4's bytecode) for
// dis and opcode, taken from gpython itself so that it cannot drift.
func disModule() (map[string]any, py.StringDict) {
	names := make([]py.Object, 256)
	for i := range names {
		s := vm.OpCode(i).String()
		if vm.OpCode(i) == vm.STORE_NAME {
			s = "STORE_NAME" // the stringer names 90 after HAVE_ARGUMENT, its alias
		}
		if strings.HasPrefix(s, "OpCode(") {
			s = "<" + s[len("OpCode("):len(s)-1] + ">"
		}
		names[i] = py.String(s)
	}
	return nil, py.StringDict{
		"opname":        py.NewListFromItems(names),
		"HAVE_ARGUMENT": py.Int(vm.HAVE_ARGUMENT),
		"EXTENDED_ARG":  py.Int(vm.EXTENDED_ARG),
	}
}

func init() {
	registerGo("_gwb_dis", "The opcodes of gpython's virtual machine.", disModule)
}
