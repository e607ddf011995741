package classes

import (
	"strings"

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
// (STORE_SUBSCR and DELETE_SUBSCR: "list assignment index out of range")
// whose container can be told (subscrstack.go): a display, a constant or a
// name, or any expression when the error leaves the frame without one of
// its handlers running.

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
	op, typeName, ok := failedSubscrType(tb)
	if !ok {
		return
	}
	name, ok := indexErrorNames[typeName]
	if !ok {
		return
	}
	if op != opBinarySubscr {
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

// indexTypePrefix starts gpython's TypeError for a subscript whose index
// is not an integer (py.Index, py/internal.go).
const indexTypePrefix = "unsupported operand type(s) for index: '"

// fixIndexTypeError rewords gpython's TypeError for a list, tuple, str or
// range subscript whose index is not an integer or slice as CPython 3.11
// words it ("list indices must be integers or slices, not float", "string
// indices must be integers, not 'float'").
func fixIndexTypeError(e *py.Exception, tb *py.Traceback, msg string) {
	typ := strings.TrimSuffix(strings.TrimPrefix(msg, indexTypePrefix), "'")
	op, typeName, ok := failedSubscrType(tb)
	if !ok {
		return
	}
	var text string
	switch typeName {
	case "list", "tuple", "range":
		text = typeName + " indices must be integers or slices, not " + typ
	case "str":
		if op != opBinarySubscr {
			return
		}
		text = "string indices must be integers, not '" + typ + "'"
	default:
		return
	}
	e.Args = py.Tuple{py.String(text)}
}

// failedSubscrType is the opcode of the subscript (a read, assignment or
// del) that raised the exception of tb and the type name of its container:
// the base sequence type of the container found, else the name
// subscrContainer gives; false when the failing instruction is no
// subscript.
func failedSubscrType(tb *py.Traceback) (byte, string, bool) {
	f, ins, k := failedInstr(tb)
	if k < 2 {
		return 0, "", false
	}
	op := ins[k].op
	if op != opBinarySubscr && op != opStoreSubscr && op != opDeleteSubscr {
		return 0, "", false
	}
	o, typeName := subscrContainer(f, ins, k)
	if o != nil {
		typeName = baseSequenceName(o)
	}
	return op, typeName, true
}
