package sysmods

import (
	"github.com/go-python/gpython/py"
)

// pathOpenCall is Path.read_text or Path.write_text (fn) given an
// encoding, errors or newline: open(path, mode, those arguments), then the
// file's method (read, or write with data), then close; the result is the
// method's. params names the arguments args and kw may give.
func pathOpenCall(path, fn, mode string, params []string, args py.Tuple, kw py.StringDict, method string, data py.Object) (py.Object, error) {
	if OpenFile == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "no interpreter for open()")
	}
	if len(args) > len(params) {
		return nil, py.ExceptionNewf(py.TypeError, "Path.%s() takes from 1 to %d positional arguments but %d were given", fn, len(params)+1, len(args)+1)
	}
	okw := py.StringDict{"mode": py.String(mode)}
	for i, a := range args {
		okw[params[i]] = a
	}
	for k, v := range kw {
		known := false
		for _, p := range params {
			known = known || p == k
		}
		if !known {
			return nil, py.ExceptionNewf(py.TypeError, "Path.%s() got an unexpected keyword argument '%s'", fn, k)
		}
		if _, dup := okw[k]; dup {
			return nil, py.ExceptionNewf(py.TypeError, "Path.%s() got multiple values for argument '%s'", fn, k)
		}
		okw[k] = v
	}
	f, err := OpenFile(nil, py.Tuple{py.String(path)}, okw)
	if err != nil {
		return nil, err
	}
	var callArgs py.Tuple
	if data != nil {
		callArgs = py.Tuple{data}
	}
	res, err := callMethodOf(f, method, callArgs, nil)
	if _, cerr := callMethodOf(f, "close", nil, nil); err == nil && cerr != nil {
		return nil, cerr
	}
	return res, err
}
