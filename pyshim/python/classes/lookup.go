package classes

import (
	"fmt"
	"hash/fnv"
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// isHeap reports whether t is a class built from Python code (by this
// package's class builder) rather than a type defined in Go.
func isHeap(t *py.Type) bool {
	return t.Flags&py.TPFLAGS_HEAPTYPE != 0
}

// mro returns t's method resolution order. Go-defined types that were
// never readied have no MRO; their Base chain is used instead.
func mro(t *py.Type) py.Tuple {
	if len(t.Mro) != 0 {
		return t.Mro
	}
	var out py.Tuple
	for b := t; b != nil; {
		if b != t && len(b.Mro) != 0 {
			out = append(out, b.Mro...)
			break
		}
		out = append(out, b)
		var next *py.Type
		if len(b.Bases) > 0 {
			next, _ = b.Bases[0].(*py.Type)
		}
		if next == nil {
			next = b.Base
		}
		if next == b {
			break
		}
		b = next
	}
	if len(out) == 0 || out[len(out)-1] != py.ObjectType {
		out = append(out, py.ObjectType)
	}
	return out
}

// lookup finds name in the dicts along t's MRO and returns the value and
// the type whose dict holds it, or nil, nil.
func lookup(t *py.Type, name string) (py.Object, *py.Type) {
	if len(t.Mro) != 0 {
		for _, b := range t.Mro {
			bt := b.(*py.Type)
			if v, ok := bt.Dict[name]; ok {
				return v, bt
			}
		}
		return nil, nil
	}
	for _, b := range mro(t) {
		bt := b.(*py.Type)
		if v, ok := bt.Dict[name]; ok {
			return v, bt
		}
	}
	return nil, nil
}

// lookupAfter finds name along the MRO of start, beginning after the class
// after (the search super(after, obj) does).
func lookupAfter(start, after *py.Type, name string) (py.Object, *py.Type) {
	m := mro(start)
	i := 0
	for ; i < len(m); i++ {
		if m[i] == after {
			i++
			break
		}
	}
	for ; i < len(m); i++ {
		bt := m[i].(*py.Type)
		if v, ok := bt.Dict[name]; ok {
			return v, bt
		}
	}
	return nil, nil
}

// userSpecial finds a special method defined by a Python class on t's MRO
// before any Go type. It returns nil when the first definer is Go code
// (or nothing defines it). The collections.abc classes count as Python
// classes here: their mixin methods (Mapping.__eq__, Sequence.__iter__,
// ...) are written against the Python protocol, and a script class deriving
// from them gets them as CPython's would (pyobj.IsABC).
func userSpecial(t *py.Type, name string) py.Object {
	for _, b := range mro(t) {
		bt := b.(*py.Type)
		if v, ok := bt.Dict[name]; ok {
			if isHeap(bt) || pyobj.IsABC(bt) {
				return v
			}
			return nil
		}
	}
	return nil
}

// solidGoBase returns the first Go-defined type in t's MRO that holds
// instance data: the collections.abc classes, Go types without any, are
// passed over, so that `class C(Iterator, deque)` is backed by a deque as
// in CPython.
func solidGoBase(t *py.Type) *py.Type {
	for _, b := range mro(t) {
		bt := b.(*py.Type)
		if !isHeap(bt) && (bt == py.ObjectType || !pyobj.IsABC(bt)) {
			return bt
		}
	}
	return py.ObjectType
}

// isSubtype is Type.IsSubtype that also works for Go types without an MRO.
func isSubtype(a, b *py.Type) bool {
	if a == b || b == py.ObjectType {
		return true
	}
	for _, x := range mro(a) {
		if x == b {
			return true
		}
	}
	return false
}

// qualifiedName is t's name as repr(t) shows it: "module.Qualname", or the
// bare name for builtins.
func qualifiedName(t *py.Type) string {
	name := t.Name
	if t.Qualname != "" {
		name = t.Qualname
	}
	if mod, ok := t.Dict["__module__"].(py.String); ok && mod != "builtins" && mod != "" {
		return string(mod) + "." + name
	}
	return name
}

// pyErr makes a Python exception of type t.
func pyErr(t *py.Type, format string, a ...interface{}) error {
	return py.ExceptionNewf(t, format, a...)
}

// isAttributeError reports whether err is an AttributeError.
func isAttributeError(err error) bool {
	return err != nil && py.IsException(py.AttributeError, err)
}

// isStopIteration reports whether err is StopIteration (the Go sentinel or
// a raised exception).
func isStopIteration(err error) bool {
	if err == nil {
		return false
	}
	if err == py.StopIteration {
		return true
	}
	return py.IsException(py.StopIteration, err)
}

// exceptionOf extracts the exception object from an error returned by
// gpython.
func exceptionOf(err error) py.Object {
	switch e := err.(type) {
	case py.ExceptionInfo:
		return e.Value
	case *py.ExceptionInfo:
		return e.Value
	case *py.Exception:
		return e
	case *py.Type:
		return e
	}
	return nil
}

// goStr converts the result of a __str__/__repr__ call to a Go string.
func goStr(o py.Object, what string) (string, error) {
	if s, ok := o.(py.String); ok {
		return string(s), nil
	}
	if o == nil {
		return "", pyErr(py.TypeError, "%s returned non-string (type NoneType)", what)
	}
	return "", pyErr(py.TypeError, "%s returned non-string (type %s)", what, o.Type().Name)
}

// addr is the identity of o as an integer (id(o)).
func addr(o py.Object) uint64 {
	v := reflect.ValueOf(o)
	switch v.Kind() {
	case reflect.Ptr, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return uint64(v.Pointer())
	}
	h := fnv.New64a()
	fmt.Fprintf(h, "%T:%v", o, o)
	return h.Sum64() >> 4
}

// NormSelf is normSelf for the Go methods other packages store in a type
// dict (gpython calls such a method read from the class, e.g.
// SyntaxError.__init__(self, msg), with the module as self).
func NormSelf(self py.Object, args py.Tuple, name string) (py.Object, py.Tuple, error) {
	return normSelf(self, args, name)
}

// normSelf normalises the two ways gpython calls a Go method stored in a
// type dict: bound (self is the instance) or unbound (self is nil or a
// module and the instance is args[0]).
func normSelf(self py.Object, args py.Tuple, name string) (py.Object, py.Tuple, error) {
	if self == nil {
		goto unbound
	}
	if _, ok := self.(*py.Module); ok {
		goto unbound
	}
	return self, args, nil
unbound:
	if len(args) == 0 {
		return nil, nil, pyErr(py.TypeError, "descriptor '%s' needs an argument", name)
	}
	return args[0], args[1:], nil
}
