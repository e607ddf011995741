package classes

import (
	"github.com/go-python/gpython/py"
)

// (see package upstream for the index)

// gpython v0.2.0 (py/list.go, py/tuple.go, py/string.go, py/bytes.go)
// says "index out of range" for every sequence; CPython 3.11 names the
// type: "list index out of range", "tuple index out of range", "string
// index out of range", "bytearray index out of range" (bytes keeps the
// plain form). Scripts print the message (`except IndexError as e:
// print(e)`) and an uncaught one ends stderr (cr_miraheze_scripts'
// `config.user_script_paths[0]` of an empty list). The error is reworded
// where FixVMError sees it, when the failed instruction is a BINARY_SUBSCR
// (STORE_SUBSCR: "list assignment index out of range") whose index is one load (a constant or a name) and whose container was
// loaded without side effects (a name, or attributes of it).

const (
	opBinarySubscr = 25
	opStoreSubscr  = 60
)

// indexErrorNames are CPython's names of the sequences in the message.
var indexErrorNames = map[string]string{
	"list": "list", "tuple": "tuple", "str": "string", "bytearray": "bytearray",
}

// fixIndexError rewords gpython's plain "index out of range" of a subscript.
func fixIndexError(e *py.Exception, tb *py.Traceback) {
	f, ins, k := failedInstr(tb)
	if k < 2 || (ins[k].op != opBinarySubscr && ins[k].op != opStoreSubscr) {
		return
	}
	switch ins[k-1].op {
	case opLoadConst, opLoadName, opLoadFast, opLoadGlobal, opLoadDeref:
	default:
		return
	}
	o, ok := loadedObject(f, ins, k-2)
	if !ok || o == nil {
		return
	}
	name, ok := indexErrorNames[baseSequenceName(o)]
	if !ok {
		return
	}
	if ins[k].op == opStoreSubscr {
		if name != "list" {
			return
		}
		name = "list assignment"
	}
	e.Args = py.Tuple{py.String(name + " index out of range")}
}

// baseSequenceName is the builtin sequence type o is (or subclasses).
func baseSequenceName(o py.Object) string {
	switch o.(type) {
	case *py.List:
		return "list"
	case py.Tuple:
		return "tuple"
	case py.String:
		return "str"
	}
	for _, t := range o.Type().Mro {
		if tt, ok := t.(*py.Type); ok {
			if _, known := indexErrorNames[tt.Name]; known {
				return tt.Name
			}
		}
	}
	return o.Type().Name
}
