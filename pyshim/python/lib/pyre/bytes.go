package pyre

import (
	"reflect"

	"github.com/go-python/gpython/py"
)

var bytesGoType = reflect.TypeOf(py.Bytes(nil))

// asBytes reports whether o is a bytes object (gpython's py.Bytes or any
// other Go byte-slice type whose Python type is bytes) and returns its data.
func asBytes(o py.Object) ([]byte, bool) {
	if b, ok := o.(py.Bytes); ok {
		return []byte(b), true
	}
	if o == nil || o.Type() != py.BytesType {
		return nil, false
	}
	v := reflect.ValueOf(o)
	if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
		return v.Bytes(), true
	}
	return nil, false
}

// newBytes builds a bytes object of the Go type the pattern was given as.
func (p *Pattern) newBytes(b []byte) py.Object {
	if p.bytesType == nil || p.bytesType == bytesGoType {
		return py.Bytes(b)
	}
	return reflect.ValueOf(b).Convert(p.bytesType).Interface().(py.Object)
}
