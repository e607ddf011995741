package sysmods

import (
	"reflect"

	"github.com/go-python/gpython/py"
)

// asBytes returns the content of a bytes-like object: gpython's py.Bytes
// or the bytes/bytearray types of the methods layer (any object whose Go
// value is a byte slice, or that bytes() accepts).
func asBytes(o py.Object) ([]byte, bool) {
	if o == nil {
		return nil, false
	}
	if b, ok := o.(py.Bytes); ok {
		return b, true
	}
	if _, ok := o.(py.String); ok {
		return nil, false
	}
	rv := reflect.ValueOf(o)
	if rv.Kind() == reflect.Slice && rv.Type().Elem().Kind() == reflect.Uint8 {
		return rv.Bytes(), true
	}
	if n := o.Type().Name; n == "bytearray" || n == "bytes" || n == "memoryview" {
		if py.BytesType.New != nil {
			r, err := py.BytesType.New(py.BytesType, py.Tuple{o}, nil)
			if err == nil && r != o {
				return asBytes(r)
			}
		}
	}
	return nil, false
}

// newBytes makes a Python bytes object of the type bytes literals have
// (the methods layer's, when it is installed).
func newBytes(b []byte) py.Object {
	if py.BytesType.New != nil {
		if r, err := py.BytesType.New(py.BytesType, py.Tuple{py.Bytes(b)}, nil); err == nil {
			if _, ok := asBytes(r); ok {
				return r
			}
		}
	}
	return py.Bytes(b)
}
