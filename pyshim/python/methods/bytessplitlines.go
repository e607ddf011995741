package methods

import "github.com/go-python/gpython/py"

// bytes.splitlines and bytearray.splitlines, which gpython v0.2.0's bytes
// does not have (py/bytes.go). Lines end at \n, \r or \r\n
// only (str.splitlines also splits at \v, \f, \x1c-\x1e and \x85).
func init() {
	bytesMethod("splitlines", func(self py.Object, b []byte, args py.Tuple, kw py.StringDict) (py.Object, error) {
		keep, err := keependsArg(args, kw)
		if err != nil {
			return nil, err
		}
		return bytesList(self, splitBytesLines(b, keep)), nil
	})
}

// keependsArg is splitlines's one argument, keepends (positional or by
// name), an int or bool as CPython's argument clinic takes it, with
// CPython's wording of each argument error.
func keependsArg(args py.Tuple, kw py.StringDict) (bool, error) {
	if n := len(args) + len(kw); n > 1 {
		return false, py.ExceptionNewf(py.TypeError, "splitlines() takes at most 1 argument (%d given)", n)
	}
	var o py.Object = py.False
	if len(args) == 1 {
		o = args[0]
	}
	for k, v := range kw {
		if k != "keepends" {
			return false, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for splitlines()", k)
		}
		o = v
	}
	switch o.(type) {
	case py.Int, py.Bool:
	default:
		if _, ok := o.(py.I__index__); !ok {
			return false, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.Type().Name)
		}
	}
	n, err := argInt(o)
	return n != 0, err
}

// splitBytesLines splits b after each \n, \r or \r\n, keeping the line
// ends when keep is set; a final line without an end is kept, and no
// empty line follows a final end.
func splitBytesLines(b []byte, keep bool) [][]byte {
	var out [][]byte
	start := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != '\n' && c != '\r' {
			continue
		}
		end := i + 1
		if c == '\r' && end < len(b) && b[end] == '\n' {
			end++
		}
		if keep {
			out = append(out, b[start:end])
		} else {
			out = append(out, b[start:i])
		}
		start = end
		i = end - 1
	}
	if start < len(b) {
		out = append(out, b[start:])
	}
	return out
}
