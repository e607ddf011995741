package textmods

import (
	"reflect"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
)

// parseArgs binds positional and keyword arguments to names, CPython style.
func parseArgs(fname string, args py.Tuple, kwargs py.StringDict, names []string, required int) ([]py.Object, error) {
	out := make([]py.Object, len(names))
	if len(args) > len(names) {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes at most %d arguments (%d given)", fname, len(names), len(args))
	}
	copy(out, args)
	for k, v := range kwargs {
		found := false
		for i, n := range names {
			if n == k {
				if out[i] != nil {
					return nil, py.ExceptionNewf(py.TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k, i+1)
				}
				out[i] = v
				found = true
				break
			}
		}
		if !found {
			return nil, py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	for i := 0; i < required; i++ {
		if out[i] == nil {
			return nil, py.ExceptionNewf(py.TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return out, nil
}

func intArg(o py.Object, def int) (int, error) {
	if o == nil || o == py.None {
		return def, nil
	}
	switch v := o.(type) {
	case py.Int:
		return int(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	n, err := py.IndexInt(o)
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.Type().Name)
	}
	return n, nil
}

func strArg(fname string, o py.Object, def string) (string, error) {
	if o == nil {
		return def, nil
	}
	if s, ok := o.(py.String); ok {
		return string(s), nil
	}
	return "", py.ExceptionNewf(py.TypeError, "%s() argument must be str, not %s", fname, o.Type().Name)
}

func truth(o py.Object) (bool, error) {
	b, err := py.MakeBool(o)
	if err != nil {
		return false, err
	}
	return b == py.True, nil
}

func eq(a, b py.Object) (bool, error) {
	r, err := py.Eq(a, b)
	if err != nil {
		return false, err
	}
	return truth(r)
}

func isStop(err error) bool { return err != nil && py.IsException(py.StopIteration, err) }

// next returns the next item of it; ok is false at the end.
func next(it py.Object) (py.Object, bool, error) {
	v, err := py.Next(it)
	if err != nil {
		if isStop(err) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return v, true, nil
}

// collect materialises an iterable.
func collect(o py.Object) ([]py.Object, error) {
	switch v := o.(type) {
	case py.Tuple:
		return append([]py.Object(nil), v...), nil
	case *py.List:
		return append([]py.Object(nil), v.Items...), nil
	}
	var out []py.Object
	err := py.Iterate(o, func(x py.Object) bool {
		out = append(out, x)
		return false
	})
	return out, err
}

// GoIter is a Python iterator driven by a Go function.
type GoIter struct {
	typ  *py.Type
	next func() (py.Object, bool, error)
	done bool
}

var (
	iterTypesMu sync.Mutex
	iterTypes   = map[string]*py.Type{}
)

func iterType(name string) *py.Type {
	iterTypesMu.Lock()
	defer iterTypesMu.Unlock()
	if t, ok := iterTypes[name]; ok {
		return t
	}
	t := py.NewType(name, "")
	iterTypes[name] = t
	return t
}

func newIter(name string, fn func() (py.Object, bool, error)) *GoIter {
	return &GoIter{typ: iterType(name), next: fn}
}

// Type returns the iterator's type.
func (it *GoIter) Type() *py.Type { return it.typ }

// M__iter__ returns the iterator.
func (it *GoIter) M__iter__() (py.Object, error) { return it, nil }

// M__next__ advances the iterator.
func (it *GoIter) M__next__() (py.Object, error) {
	if it.done {
		return nil, py.StopIteration
	}
	v, ok, err := it.next()
	if err != nil {
		it.done = true
		return nil, err
	}
	if !ok {
		it.done = true
		return nil, py.StopIteration
	}
	return v, nil
}

// NamedTupleType describes a named tuple class made in Go.
type NamedTupleType struct {
	Type   *py.Type
	Fields []string
	Extra  map[string]func(nt *NamedTuple) (py.Object, error) // computed attributes
}

// NamedTuple is an instance of a Go named tuple: a tuple with field names.
type NamedTuple struct {
	NT   *NamedTupleType
	Vals py.Tuple
}

// NewNamedTupleType makes a named tuple type with the given fields.
func NewNamedTupleType(name string, fields ...string) *NamedTupleType {
	nt := &NamedTupleType{Type: py.NewType(name, ""), Fields: fields, Extra: map[string]func(*NamedTuple) (py.Object, error){}}
	nt.Type.Dict["_fields"] = py.NewListFromStrings(fields)
	nt.Type.Dict["_replace"] = py.MustNewMethod("_replace", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		t := self.(*NamedTuple)
		vals := append(py.Tuple{}, t.Vals...)
		for k, v := range kwargs {
			found := false
			for i, f := range t.NT.Fields {
				if f == k {
					vals[i] = v
					found = true
				}
			}
			if !found {
				return nil, py.ExceptionNewf(py.ValueError, "Got unexpected field names: ['%s']", k)
			}
		}
		return &NamedTuple{NT: t.NT, Vals: vals}, nil
	}, 0, "")
	nt.Type.Dict["_asdict"] = py.MustNewMethod("_asdict", func(self py.Object) (py.Object, error) {
		t := self.(*NamedTuple)
		return orderedDict(t.NT.Fields, t.Vals), nil
	}, 0, "")
	return nt
}

// New makes an instance.
func (nt *NamedTupleType) New(vals ...py.Object) *NamedTuple {
	return &NamedTuple{NT: nt, Vals: py.Tuple(vals)}
}

// Type returns the named tuple's type.
func (t *NamedTuple) Type() *py.Type { return t.NT.Type }

// M__getattr__ gives field access.
func (t *NamedTuple) M__getattr__(name string) (py.Object, error) {
	for i, f := range t.NT.Fields {
		if f == name {
			return t.Vals[i], nil
		}
	}
	if fn, ok := t.NT.Extra[name]; ok {
		return fn(t)
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", t.NT.Type.Name, name)
}

// M__getitem__ indexes like a tuple.
func (t *NamedTuple) M__getitem__(key py.Object) (py.Object, error) { return t.Vals.M__getitem__(key) }

// M__len__ is the tuple length.
func (t *NamedTuple) M__len__() (py.Object, error) { return py.Int(len(t.Vals)), nil }

// M__iter__ iterates the values.
func (t *NamedTuple) M__iter__() (py.Object, error) { return t.Vals.M__iter__() }

// M__eq__ compares with tuples and named tuples.
func (t *NamedTuple) M__eq__(other py.Object) (py.Object, error) {
	switch o := other.(type) {
	case *NamedTuple:
		return t.Vals.M__eq__(o.Vals)
	case py.Tuple:
		return t.Vals.M__eq__(o)
	}
	return py.NotImplemented, nil
}

// M__ne__ is the negation of M__eq__.
func (t *NamedTuple) M__ne__(other py.Object) (py.Object, error) {
	r, err := t.M__eq__(other)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	return py.NewBool(r != py.True), nil
}

// M__contains__ tests membership.
func (t *NamedTuple) M__contains__(item py.Object) (py.Object, error) {
	for _, v := range t.Vals {
		ok, err := eq(v, item)
		if err != nil {
			return nil, err
		}
		if ok {
			return py.True, nil
		}
	}
	return py.False, nil
}

// M__add__ concatenates as a tuple.
func (t *NamedTuple) M__add__(other py.Object) (py.Object, error) {
	if o, ok := other.(*NamedTuple); ok {
		other = o.Vals
	}
	return t.Vals.M__add__(other)
}

// M__repr__ gives Name(field=value, ...).
func (t *NamedTuple) M__repr__() (py.Object, error) {
	var b strings.Builder
	b.WriteString(t.NT.Type.Name)
	b.WriteByte('(')
	for i, f := range t.NT.Fields {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := py.ReprAsString(t.Vals[i])
		if err != nil {
			return nil, err
		}
		b.WriteString(f + "=" + r)
	}
	b.WriteByte(')')
	return py.String(b.String()), nil
}

// M__str__ is the repr.
func (t *NamedTuple) M__str__() (py.Object, error) { return t.M__repr__() }

// method wraps a Go function as a module method with keyword support.
func method(name string, fn func(args py.Tuple, kwargs py.StringDict) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return fn(args, kwargs)
	}, 0, "")
}

func register(name, doc string, methods []*py.Method, globals py.StringDict) *py.ModuleImpl {
	if globals == nil {
		globals = py.StringDict{}
	}
	impl := &py.ModuleImpl{Info: py.ModuleInfo{Name: name, Doc: doc}, Methods: methods, Globals: globals}
	py.RegisterModule(impl)
	return impl
}

// goType makes a Go class whose instances are made by fn.
func goType(name, doc string, fn func(args py.Tuple, kwargs py.StringDict) (py.Object, error)) *py.Type {
	return py.NewTypeX(name, doc, func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return fn(args, kwargs)
	}, nil)
}

func typeName(o py.Object) string { return o.Type().Name }

// asBytes reports whether o is a bytes object (py.Bytes or another Go
// byte-slice type whose Python type is bytes) and returns its data.
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

// toStringDict converts a str-keyed mapping (py.StringDict or any object
// with items()) to a py.StringDict.
func toStringDict(o py.Object) (py.StringDict, error) {
	if d, ok := o.(py.StringDict); ok {
		return d, nil
	}
	itemsFn, err := py.GetAttrString(o, "items")
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not a mapping", typeName(o))
	}
	items, err := py.Call(itemsFn, nil, nil)
	if err != nil {
		return nil, err
	}
	out := py.NewStringDict()
	var ierr error
	err = py.Iterate(items, func(kv py.Object) bool {
		pair, err := collect(kv)
		if err != nil || len(pair) != 2 {
			ierr = err
			return true
		}
		k, ok := pair[0].(py.String)
		if !ok {
			ierr = py.ExceptionNewf(py.TypeError, "keywords must be strings")
			return true
		}
		out[string(k)] = pair[1]
		return false
	})
	if err == nil {
		err = ierr
	}
	return out, err
}

// keyError makes a KeyError whose argument is key (as CPython raises it).
func keyError(key py.Object) error {
	e, _ := py.ExceptionNew(py.KeyError, py.Tuple{key}, nil)
	return e.(error)
}
