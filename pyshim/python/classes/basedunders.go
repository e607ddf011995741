package classes

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// (see package upstream for the index) gpython v0.2.0's built-in containers
// implement repr, len, iter, hash and == as Go methods (M__repr__, ...) with no
// entry in the type's dict, so tuple.__repr__ was object.__repr__ and
// tuple.__len__ did not exist (tuple.__eq__ was object's): a subclass that calls the built-in's method
// explicitly (a namedtuple-like class returning "Name" + tuple.__repr__(self))
// printed "<Name object at 0x...>". The containers get those entries
// here, as in CPython's type dicts; called with an instance of a Python
// subclass they work on its built-in value.

// baseDunder makes the method name of built-in type t: fn applied to the
// value of self (an instance of t or of a subclass).
func baseDunder(t *py.Type, name string, fn func(py.Object) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args, err := normSelf(self, args, name)
		if err != nil {
			return nil, err
		}
		if len(args) != 0 {
			return nil, pyErr(py.TypeError, "expected 0 arguments, got %d", len(args))
		}
		if _, ok := self.(*py.Type); ok {
			return objectDunder(name, self)
		}
		if !isBaseOf(t, self.Type()) {
			return nil, pyErr(py.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name, t.Name, self.Type().Name)
		}
		v := builtinValue(t, self)
		if v == nil {
			return nil, pyErr(py.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name, t.Name, self.Type().Name)
		}
		if _, sub := self.(*Instance); sub && name == "__repr__" && (t == pyobj.SetType || t == pyobj.FrozenSetType) {
			return setSubclassRepr(self.Type(), v)
		}
		return fn(v)
	}, 0, "")
}

// baseCompare makes __eq__ or __ne__ of built-in type t: NotImplemented
// unless both operands are values of t (or of subclasses).
func baseCompare(t *py.Type, name string, cmp func(a, b py.Object) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args, err := normSelf(self, args, name)
		if err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, pyErr(py.TypeError, "expected 1 argument, got %d", len(args))
		}
		if _, ok := self.(*py.Type); ok {
			return objectDunder(name, self, args[0])
		}
		if !isBaseOf(t, self.Type()) {
			return nil, pyErr(py.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name, t.Name, self.Type().Name)
		}
		a, b := builtinValue(t, self), builtinValue(t, args[0])
		if a == nil || b == nil {
			return py.NotImplemented, nil
		}
		return cmp(a, b)
	}, 0, "")
}

// objectDunder calls object's method name for a class: gpython's py.Str,
// py.Repr, ... (TypeCall) look a class's special method up in the class
// itself, so str(tuple) calls tuple.__str__ with the class as self.
func objectDunder(name string, self py.Object, args ...py.Object) (py.Object, error) {
	if m, ok := py.ObjectType.Dict[name]; ok {
		return py.Call(m, append(py.Tuple{self}, args...), nil)
	}
	return nil, pyErr(py.TypeError, "descriptor '%s' requires an instance, not a class", name)
}

// builtinValue is the value of built-in type t that o is or carries (an
// instance of a Python subclass carries its built-in value; a namedtuple's
// is its items), or nil when o is not an instance of t.
func builtinValue(t *py.Type, o py.Object) py.Object {
	if !isBaseOf(t, o.Type()) {
		return nil
	}
	if inst, ok := o.(*Instance); ok {
		if inst.Base == nil {
			return nil
		}
		o = inst.Base
	}
	if nt, ok := o.(*pyobj.NamedTuple); ok && t == py.TupleType {
		return nt.Items
	}
	return o
}

// setSubclassRepr is CPython's repr of an instance of a subclass of set or
// frozenset with value v: the class name around the elements, "Name()"
// when empty.
func setSubclassRepr(t *py.Type, v py.Object) (py.Object, error) {
	n, err := py.Len(v)
	if err != nil {
		return nil, err
	}
	if n == py.Int(0) {
		return py.String(t.Name + "()"), nil
	}
	r, err := Repr(v)
	if err != nil {
		return nil, err
	}
	s := string(r.(py.String))
	if v.Type() == pyobj.FrozenSetType && len(s) > len("frozenset()") {
		s = s[len("frozenset(") : len(s)-1]
	}
	return py.String(t.Name + "(" + s + ")"), nil
}

// isBaseOf reports whether values of type st are instances of built-in t.
func isBaseOf(t, st *py.Type) bool { return isSubtype(st, t) }

func init() {
	// The containers only: int, float, str and bytes are the types enum
	// members mix in, and the enum module (lib/sysmods/pysrc/enum.py)
	// keeps a member's value apart from the built-in value its instance
	// carries, counting on finding Enum's methods after the built-in's
	// in the MRO (CPython's EnumType copies them into the enum class).
	sized := []*py.Type{py.TupleType, py.ListType, pyobj.DictType, pyobj.SetType, pyobj.FrozenSetType, py.RangeType}
	hashable := []*py.Type{py.TupleType, pyobj.FrozenSetType, py.RangeType}
	add := func(t *py.Type, name string, fn func(py.Object) (py.Object, error)) {
		if _, ok := t.Dict[name]; !ok {
			t.Dict[name] = baseDunder(t, name, fn)
		}
	}
	for _, t := range sized {
		add(t, "__repr__", Repr)
		add(t, "__len__", py.Len)
		add(t, "__iter__", py.Iter)
		if _, ok := t.Dict["__eq__"]; !ok {
			t.Dict["__eq__"] = baseCompare(t, "__eq__", py.Eq)
		}
		if _, ok := t.Dict["__ne__"]; !ok {
			t.Dict["__ne__"] = baseCompare(t, "__ne__", py.Ne)
		}
	}
	for _, t := range hashable {
		add(t, "__hash__", Hash)
	}
}
