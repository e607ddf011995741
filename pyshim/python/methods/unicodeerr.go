package methods

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
)

// UnicodeEncodeError(encoding, object, start, end, reason) and
// UnicodeDecodeError(...) made from Python code get CPython's attributes
// (kept in the exception's dict, as unicodeErr does for the errors this
// layer raises) and CPython's str().
func init() {
	for _, t := range []*py.Type{py.UnicodeEncodeError, py.UnicodeDecodeError} {
		t := t
		// gpython's exception types have no Init of their own, so calling
		// the type never reaches a __init__ in its dict: set both.
		t.Init = func(self py.Object, args py.Tuple, kw py.StringDict) error {
			return unicodeErrInit(t, self, args, kw)
		}
		t.Dict["__init__"] = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			// read from the class (a subclass's T.__init__(self, ...)),
			// gpython passes the module as self and the instance first
			self, args, err := classes.NormSelf(self, args, "__init__")
			if err != nil {
				return nil, err
			}
			return py.None, unicodeErrInit(t, self, args, kw)
		}, 0, "Initialize self.")
		classes.RegisterExcStr(t, func(e *py.Exception) (py.Object, bool, error) {
			return unicodeErrStr(t, e)
		})
	}
}

// unicodeErrInit checks the five arguments as CPython does and stores
// them as args and as attributes.
func unicodeErrInit(t *py.Type, self py.Object, args py.Tuple, kw py.StringDict) error {
	e, ok := self.(*py.Exception)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a '%s' object but received a '%s'", t.Name, self.Type().Name)
	}
	if len(kw) > 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", e.Type().Name)
	}
	if len(args) != 5 {
		return py.ExceptionNewf(py.TypeError, "function takes exactly 5 arguments (%d given)", len(args))
	}
	enc, ok := args[0].(py.String)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "argument 1 must be str, not %s", args[0].Type().Name)
	}
	var obj py.Object
	if t == py.UnicodeEncodeError {
		s, ok := args[1].(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "argument 2 must be str, not %s", args[1].Type().Name)
		}
		obj = s
	} else {
		b, ok := bytesOf(args[1])
		if !ok {
			return py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", args[1].Type().Name)
		}
		obj = Bytes(append([]byte{}, b...))
	}
	start, err := py.IndexInt(args[2])
	if err != nil {
		return err
	}
	end, err := py.IndexInt(args[3])
	if err != nil {
		return err
	}
	reason, ok := args[4].(py.String)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "argument 5 must be str, not %s", args[4].Type().Name)
	}
	e.Args = append(py.Tuple{}, args...)
	if e.Dict == nil {
		e.Dict = py.NewStringDict()
	}
	e.Dict["encoding"] = enc
	e.Dict["object"] = obj
	e.Dict["start"] = py.Int(start)
	e.Dict["end"] = py.Int(end)
	e.Dict["reason"] = reason
	return nil
}

// unicodeErrStr is CPython's str() of a UnicodeEncodeError or
// UnicodeDecodeError, made from its attributes; an exception without them
// (raised with a plain message) reads as its message (ok is false).
func unicodeErrStr(t *py.Type, e *py.Exception) (py.Object, bool, error) {
	d := e.Dict
	obj, hasObj := d["object"]
	start, ok1 := d["start"].(py.Int)
	end, ok2 := d["end"].(py.Int)
	if !hasObj || !ok1 || !ok2 {
		return nil, false, nil
	}
	enc, err := py.StrAsString(orEmpty(d["encoding"]))
	if err != nil {
		return nil, false, err
	}
	reason, err := py.StrAsString(orEmpty(d["reason"]))
	if err != nil {
		return nil, false, err
	}
	if t == py.UnicodeEncodeError {
		s, ok := obj.(py.String)
		if !ok {
			return nil, false, nil
		}
		r := []rune(string(s))
		if start >= 0 && int(start) < len(r) && end == start+1 {
			c := r[start]
			var esc string
			switch {
			case c <= 0xff:
				esc = fmt.Sprintf(`\x%02x`, c)
			case c <= 0xffff:
				esc = fmt.Sprintf(`\u%04x`, c)
			default:
				esc = fmt.Sprintf(`\U%08x`, c)
			}
			return py.String(fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", enc, esc, start, reason)), true, nil
		}
		return py.String(fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", enc, start, end-1, reason)), true, nil
	}
	b, ok := bytesOf(obj)
	if !ok {
		return nil, false, nil
	}
	if start >= 0 && int(start) < len(b) && end == start+1 {
		return py.String(fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b[start], start, reason)), true, nil
	}
	return py.String(fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end-1, reason)), true, nil
}

func orEmpty(o py.Object) py.Object {
	if o == nil {
		return py.String("")
	}
	return o
}
