package bridge

import (
	"strconv"

	"github.com/go-python/gpython/py"
)

// kind is what a bridged function's parameter accepts; a wrong type is a
// TypeError naming the function and the argument, as CPython's
// PyArg_ParseTuple reports it.
type kind int

const (
	anyArg    kind = iota // any object
	strArg                // str
	strOrNone             // str or None ("" for None)
	boolArg               // any object, used for its truth value
)

func (k kind) accepts(o py.Object) bool {
	switch k {
	case strArg:
		_, ok := o.(py.String)
		return ok
	case strOrNone:
		_, ok := o.(py.String)
		return ok || o == py.None
	}
	return true
}

func (k kind) String() string {
	switch k {
	case strArg:
		return "str"
	case strOrNone:
		return "str or None"
	}
	return "object"
}

// param is one positional parameter of a bridged function.
type param struct {
	name string
	kind kind
}

// signature is the parameter list of a bridged function: positional only,
// the first required of them mandatory, no keywords.
type signature struct {
	name     string
	params   []param
	required int
}

// sig builds a signature; the required parameters come first.
func sig(name string, required int, params ...param) signature {
	return signature{name: name, params: params, required: required}
}

// bind checks args and kw against the signature and returns one object
// per parameter (nil for an optional one not given). The errors are
// CPython's TypeErrors for a builtin called with the wrong arguments.
func (s signature) bind(args py.Tuple, kw py.StringDict) ([]py.Object, error) {
	if len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", s.name)
	}
	n, max := len(args), len(s.params)
	if n < s.required || n > max {
		return nil, s.countError(n)
	}
	out := make([]py.Object, max)
	for i, a := range args {
		if !s.params[i].kind.accepts(a) {
			return nil, py.ExceptionNewf(py.TypeError, "%s() argument %d must be %s, not %s",
				s.name, i+1, s.params[i].kind, a.Type().Name)
		}
		out[i] = a
	}
	return out, nil
}

func (s signature) countError(n int) error {
	max := len(s.params)
	plural := func(k int) string {
		if k == 1 {
			return "1 argument"
		}
		return strconv.Itoa(k) + " arguments"
	}
	switch {
	case max == 0:
		return py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", s.name, n)
	case s.required == max:
		return py.ExceptionNewf(py.TypeError, "%s() takes exactly %s (%d given)", s.name, plural(max), n)
	case n < s.required:
		return py.ExceptionNewf(py.TypeError, "%s() takes at least %s (%d given)", s.name, plural(s.required), n)
	}
	return py.ExceptionNewf(py.TypeError, "%s() takes at most %s (%d given)", s.name, plural(max), n)
}

// str is the Go string of a str argument ("" for None or a missing one).
func str(o py.Object) string {
	if s, ok := o.(py.String); ok {
		return string(s)
	}
	return ""
}

// truth is the truth value of an argument (false for a missing one).
func truth(o py.Object) (bool, error) {
	if o == nil {
		return false, nil
	}
	b, err := py.MakeBool(o)
	if err != nil {
		return false, err
	}
	return b == py.True, nil
}
