package pyobj

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// Union is the value of X | Y for types (PEP 604, types.UnionType):
// int | None, list[int] | str. gpython's types have no __or__, so the
// layer's | helper (methods/bitops.go) calls NewUnion when gpython refuses
// two type-like operands. isinstance and issubclass accept a Union as
// they accept a tuple (see Members).
type Union struct {
	Args py.Tuple
}

// UnionType is types.UnionType.
var UnionType = py.NewType("types.UnionType", "Represent a PEP 604 union type\n\nE.g. for int | str")

// Type returns types.UnionType.
func (u *Union) Type() *py.Type { return UnionType }

// unionable reports whether o may stand on either side of a type union:
// a type, None, a generic alias or another union.
func unionable(o py.Object) bool {
	switch o.(type) {
	case *py.Type, *GenericAlias, *Union:
		return true
	}
	return o == py.None
}

// NewUnion returns a | b when both are type-like (ok false otherwise):
// the members of both in order, each once, None standing for NoneType;
// a union of one member is that member.
func NewUnion(a, b py.Object) (py.Object, bool) {
	if !unionable(a) || !unionable(b) {
		return nil, false
	}
	var args py.Tuple
	add := func(o py.Object) {
		if o == py.None {
			o = py.None.Type()
		}
		for _, x := range args {
			if x == o {
				return
			}
			if ga, ok := o.(*GenericAlias); ok {
				if eq, err := ga.M__eq__(x); err == nil && eq == py.True {
					return
				}
			}
		}
		args = append(args, o)
	}
	for _, side := range []py.Object{a, b} {
		if u, ok := side.(*Union); ok {
			for _, m := range u.Args {
				add(m)
			}
		} else {
			add(side)
		}
	}
	if len(args) == 1 {
		return args[0], true
	}
	return &Union{Args: args}, true
}

// Members returns the union's members for isinstance and issubclass.
func (u *Union) Members() py.Tuple { return u.Args }

// M__repr__ returns e.g. int | None.
func (u *Union) M__repr__() (py.Object, error) {
	parts := make([]string, len(u.Args))
	for i, a := range u.Args {
		if a == py.None.Type() {
			parts[i] = "None"
			continue
		}
		s, err := aliasArgRepr(a)
		if err != nil {
			return nil, err
		}
		parts[i] = s
	}
	return py.String(strings.Join(parts, " | ")), nil
}

// M__str__ is repr.
func (u *Union) M__str__() (py.Object, error) { return u.M__repr__() }

// M__or__ extends the union.
func (u *Union) M__or__(other py.Object) (py.Object, error) {
	if r, ok := NewUnion(u, other); ok {
		return r, nil
	}
	return py.NotImplemented, nil
}

// M__ror__ extends the union from the left.
func (u *Union) M__ror__(other py.Object) (py.Object, error) {
	if r, ok := NewUnion(other, u); ok {
		return r, nil
	}
	return py.NotImplemented, nil
}

// M__eq__ compares the members as sets, as CPython does.
func (u *Union) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*Union)
	if !ok {
		return py.NotImplemented, nil
	}
	if len(o.Args) != len(u.Args) {
		return py.False, nil
	}
	for _, a := range u.Args {
		found := false
		for _, b := range o.Args {
			if eq, err := Equal(a, b); err != nil {
				return nil, err
			} else if eq {
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

// M__hash__ does not depend on the members' order.
func (u *Union) M__hash__() (py.Object, error) {
	var h int64
	for _, a := range u.Args {
		x, err := Hash(a)
		if err != nil {
			return nil, err
		}
		h ^= int64(x)
	}
	return py.Int(h), nil
}

// M__getattr__ provides __args__ and __parameters__.
func (u *Union) M__getattr__(name string) (py.Object, error) {
	switch name {
	case "__args__":
		return u.Args, nil
	case "__parameters__":
		return py.Tuple{}, nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'types.UnionType' object has no attribute '%s'", name)
}
