package sysmods

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// UnionTypeType is types.UnionType, the value of X | Y for classes (PEP
// 604; see package upstream for the index): gpython v0.2.0's classes have
// no __or__, so `int | None` in an
// annotation was a TypeError. The bytecode layer's | helper
// (methods/bitops.go) makes one when both operands are Unionable.
var UnionTypeType = py.NewType("types.UnionType", "Represent a PEP 604 union type, e.g. int | str.")

// UnionType is X | Y of classes.
type UnionType struct{ args py.Tuple }

// Type returns types.UnionType.
func (u *UnionType) Type() *py.Type { return UnionTypeType }

// Unionable reports whether o may be an operand of a PEP 604 union: a
// class, None, a generic alias, a typing form or another union.
func Unionable(o py.Object) bool {
	switch o.(type) {
	case *py.Type, py.NoneType, *SpecialForm, *UnionType, *pyobj.GenericAlias, *TypeVar:
		return true
	}
	return false
}

// NewUnionType is a | b, flattened, without repeated members (a union of
// one member is that member).
func NewUnionType(a, b py.Object) py.Object {
	u := &UnionType{}
	add := func(o py.Object) {
		if o == py.None {
			o = py.NoneType{}.Type()
		}
		for _, x := range u.args {
			if x == o {
				return
			}
		}
		u.args = append(u.args, o)
	}
	for _, o := range []py.Object{a, b} {
		if v, ok := o.(*UnionType); ok {
			for _, x := range v.args {
				add(x)
			}
			continue
		}
		add(o)
	}
	if len(u.args) == 1 {
		return u.args[0]
	}
	return u
}

// UnionArgs returns the members (isinstance and issubclass test them).
func (u *UnionType) UnionArgs() py.Tuple { return u.args }

// M__repr__ is "int | None".
func (u *UnionType) M__repr__() (py.Object, error) {
	parts := make([]string, len(u.args))
	for i, a := range u.args {
		if t, ok := a.(*py.Type); ok && t == (py.NoneType{}).Type() {
			parts[i] = "None"
			continue
		}
		if _, ok := a.(*py.Type); ok {
			parts[i] = typeRepr(a)
			continue
		}
		r, err := py.ReprAsString(a)
		if err != nil {
			return nil, err
		}
		parts[i] = r
	}
	return py.String(strings.Join(parts, " | ")), nil
}

// M__or__ is union | other.
func (u *UnionType) M__or__(o py.Object) (py.Object, error) {
	if !Unionable(o) {
		return py.NotImplemented, nil
	}
	return NewUnionType(u, o), nil
}

// M__ror__ is other | union.
func (u *UnionType) M__ror__(o py.Object) (py.Object, error) {
	if !Unionable(o) {
		return py.NotImplemented, nil
	}
	return NewUnionType(o, u), nil
}

// M__eq__ compares the members, in any order.
func (u *UnionType) M__eq__(o py.Object) (py.Object, error) {
	v, ok := o.(*UnionType)
	if !ok {
		return py.NotImplemented, nil
	}
	if len(u.args) != len(v.args) {
		return py.False, nil
	}
	for _, x := range u.args {
		found := false
		for _, y := range v.args {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return py.False, nil
		}
	}
	return py.True, nil
}

// M__hash__ hashes the number of members (equal unions hash alike).
func (u *UnionType) M__hash__() (py.Object, error) { return py.Int(len(u.args)*7919 + 604), nil }

func init() {
	UnionTypeType.Dict["__args__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return append(py.Tuple{}, self.(*UnionType).args...), nil
	}}
}
