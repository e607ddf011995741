package sysmods

import (
	"fmt"
	"math/big"
	"os"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
)

// newMethods builds module methods from a name → function table, sorted by
// name so registration is deterministic.
func newMethods(fns map[string]interface{}) []*py.Method {
	names := make([]string, 0, len(fns))
	for n := range fns {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]*py.Method, 0, len(names))
	for _, n := range names {
		out = append(out, py.MustNewMethod(n, fns[n], 0, ""))
	}
	return out
}

// register registers a Go module process-wide.
func register(name, doc string, fns map[string]interface{}, globals py.StringDict) {
	if globals == nil {
		globals = py.StringDict{}
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: name, Doc: doc},
		Methods: newMethods(fns),
		Globals: globals,
	})
}

// registerSource registers a module whose body is Python source.
func registerSource(name, src string) {
	py.RegisterModule(sourceImpl(name, src))
}

// sourceImpl is the implementation of a module whose body is Python source.
func sourceImpl(name, src string) *py.ModuleImpl {
	return &py.ModuleImpl{
		Info:    py.ModuleInfo{Name: name, FileDesc: "<frozen " + name + ">"},
		CodeSrc: src,
	}
}

// extendModule adds methods and globals to a module gpython registers,
// replacing methods of the same name.
func extendModule(name string, fns map[string]interface{}, globals py.StringDict) {
	impl := lazymod.ModuleImpl(name)
	if impl == nil {
		register(name, "", fns, globals)
		return
	}
	add := newMethods(fns)
	kept := impl.Methods[:0:0]
	for _, m := range impl.Methods {
		if _, replaced := fns[m.Name]; !replaced {
			kept = append(kept, m)
		}
	}
	impl.Methods = append(kept, add...)
	if impl.Globals == nil {
		impl.Globals = py.StringDict{}
	}
	for k, v := range globals {
		impl.Globals[k] = v
	}
}

// method makes a method object for a type's Dict.
func method(name string, fn interface{}) *py.Method {
	return py.MustNewMethod(name, fn, 0, "")
}

// getter makes a read-only property.
func getter(fn func(self py.Object) (py.Object, error)) *py.Property {
	return &py.Property{Fget: fn}
}

// typeName returns the Python type name of o.
func typeName(o py.Object) string {
	if o == nil {
		return "NoneType"
	}
	return o.Type().Name
}

// toInt converts an int-like (int, bool, big int) to a Go int.
func toInt(o py.Object, what string) (int, error) {
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
	if I, ok := o.(py.I__index__); ok {
		r, err := I.M__index__()
		if err != nil {
			return 0, err
		}
		return int(r), nil
	}
	if what == "" {
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(o))
	}
	return 0, py.ExceptionNewf(py.TypeError, "%s", fmt.Sprintf(what, typeName(o)))
}

// toFloat converts a number to a Go float64.
func toFloat(o py.Object) (float64, error) {
	switch v := o.(type) {
	case py.Float:
		return float64(v), nil
	case py.Int:
		return float64(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		f, _ := new(big.Float).SetInt((*big.Int)(v)).Float64()
		return f, nil
	}
	if I, ok := o.(py.I__float__); ok {
		r, err := I.M__float__()
		if err != nil {
			return 0, err
		}
		return toFloat(r)
	}
	return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", typeName(o))
}

// isNone reports whether o is nil or None.
func isNone(o py.Object) bool {
	return o == nil || o == py.None
}

// str returns the Python str() of o as a Go string.
func str(o py.Object) (string, error) {
	return py.StrAsString(o)
}

// repr returns the Python repr() of o.
func repr(o py.Object) (string, error) {
	return py.ReprAsString(o)
}

// pyStrArg requires o to be a str.
func pyStrArg(o py.Object, fn string) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s() argument must be str, not %s", fn, typeName(o))
	}
	return string(s), nil
}

// iterate calls fn on each item of the iterable o.
func iterate(o py.Object, fn func(py.Object) error) error {
	switch v := o.(type) {
	case py.Tuple:
		for _, x := range v {
			if err := fn(x); err != nil {
				return err
			}
		}
		return nil
	case *py.List:
		for _, x := range v.Items {
			if err := fn(x); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := py.Iter(o)
	if err != nil {
		return err
	}
	for {
		x, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				return nil
			}
			return err
		}
		if err := fn(x); err != nil {
			return err
		}
	}
}

// toSlice collects an iterable into a Go slice.
func toSlice(o py.Object) ([]py.Object, error) {
	var out []py.Object
	err := iterate(o, func(x py.Object) error {
		out = append(out, x)
		return nil
	})
	return out, err
}

// boolOf returns the truth value of o.
func boolOf(o py.Object) (bool, error) {
	b, err := py.MakeBool(o)
	if err != nil {
		return false, err
	}
	return b == py.True, nil
}

func itoa(n int) string { return fmt.Sprint(n) }

// sourceLineOf returns line n of file, stripped, or "".
func sourceLineOf(file string, n int) string {
	data, err := os.ReadFile(file)
	if err != nil {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[n-1])
}

// keyError is KeyError(key) with the key itself as its argument, as CPython
// raises it (str() of the exception is then repr(key)).
func keyError(key py.Object) error {
	return &py.Exception{Base: py.KeyError, Args: py.Tuple{key}, Dict: py.StringDict{}}
}
