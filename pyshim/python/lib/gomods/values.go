package gomods

import (
	"reflect"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/methods"
	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// asBytes returns the content of a bytes-like object (bytes, bytearray,
// memoryview), or false.
func asBytes(o py.Object) ([]byte, bool) {
	switch b := o.(type) {
	case nil, py.String:
		return nil, false
	case py.Bytes:
		return b, true
	case methods.Bytes:
		return b, true
	}
	rv := reflect.ValueOf(o)
	if rv.Kind() == reflect.Slice && rv.Type().Elem().Kind() == reflect.Uint8 {
		return rv.Bytes(), true
	}
	if n := o.Type().Name; n == "bytearray" || n == "memoryview" {
		if r, err := py.BytesType.New(py.BytesType, py.Tuple{o}, nil); err == nil && r != o {
			return asBytes(r)
		}
	}
	return nil, false
}

// bytesArg is asBytes with CPython's TypeError.
func bytesArg(o py.Object, what string) ([]byte, error) {
	if b, ok := asBytes(o); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "%s: a bytes-like object is required, not '%s'", what, typeName(o))
}

// newBytes makes a Python bytes object.
func newBytes(b []byte) py.Object { return methods.Bytes(b) }

func typeName(o py.Object) string {
	if o == nil {
		return "NoneType"
	}
	return o.Type().Name
}

func isNone(o py.Object) bool { return o == nil || o == py.None }

// toInt converts an int-like to a Go int.
func toInt(o py.Object) (int, error) {
	switch v := o.(type) {
	case py.Int:
		return int(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		i, err := v.GoInt()
		if err != nil {
			return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
		}
		return i, nil
	}
	// An instance of an int subclass (IntEnum) or an object with
	// __index__.
	if f, err := py.GetAttrString(o, "__index__"); err == nil {
		if r, err := py.Call(f, nil, nil); err == nil && r != o {
			if _, isInt := r.(py.Int); isInt {
				return toInt(r)
			}
		}
	}
	if b := pyobj.GoBase(o); b != nil && b != o {
		return toInt(b)
	}
	return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(o))
}

// toFloat converts an int or float to a Go float64.
func toFloat(o py.Object) (float64, error) {
	switch v := o.(type) {
	case py.Float:
		return float64(v), nil
	case py.Int, py.Bool, *py.BigInt:
		i, err := toInt(v)
		return float64(i), err
	}
	if b := pyobj.GoBase(o); b != nil && b != o {
		return toFloat(b)
	}
	return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", typeName(o))
}

// strList converts a list or tuple of str to Go strings.
func strList(o py.Object, what string) ([]string, error) {
	var items []py.Object
	switch v := o.(type) {
	case *py.List:
		items = v.Items
	case py.Tuple:
		items = v
	default:
		return nil, py.ExceptionNewf(py.TypeError, "%s must be a list of str, not %s", what, typeName(o))
	}
	out := make([]string, len(items))
	for i, it := range items {
		s, ok := it.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "%s must be a list of str, not containing %s", what, typeName(it))
		}
		out[i] = string(s)
	}
	return out, nil
}
