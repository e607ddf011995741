package sysmods

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// A subscripted generic class: Generic[T], Protocol[T], and C[int] for a
// class C deriving from them. CPython's typing returns a _GenericAlias
// whose __origin__ is the class and __args__ the arguments, which works as
// a base class (its __mro_entries__ gives the class), creates instances
// of the class when called, and passes other attributes on to the class.
// (Subscripting used to return the class itself, so that C[int] printed
// as <class '__main__.C'> and had no __origin__.)

// GenericAliasType is the type of GenericAlias.
var GenericAliasType = py.NewType("typing._GenericAlias", "A subscripted generic class.")

// GenericAlias is a generic class with its type arguments.
type GenericAlias struct {
	origin *py.Type
	args   py.Tuple
}

// Type returns GenericAliasType.
func (g *GenericAlias) Type() *py.Type { return GenericAliasType }

// M__repr__ is typing.Generic[~T] or module.C[int].
func (g *GenericAlias) M__repr__() (py.Object, error) {
	parts := make([]string, len(g.args))
	for i, a := range g.args {
		parts[i] = typeRepr(a)
	}
	return py.String(typeRepr(g.origin) + "[" + strings.Join(parts, ", ") + "]"), nil
}

// M__call__ makes an instance of the class and records the alias on it
// as __orig_class__ (where the instance takes attributes).
func (g *GenericAlias) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	r, err := py.Call(g.origin, args, kwargs)
	if err != nil {
		return nil, err
	}
	if _, ok := r.(py.IGetDict); ok {
		_, _ = py.SetAttrString(r, "__orig_class__", g)
	}
	return r, nil
}

// M__getattr__ passes attributes other than dunder names on to the class.
func (g *GenericAlias) M__getattr__(name string) (py.Object, error) {
	if strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__") {
		return nil, py.ExceptionNewf(py.AttributeError, "%s", name)
	}
	return py.GetAttrString(g.origin, name)
}

// parameters are the type variables among the arguments, in order.
func (g *GenericAlias) parameters() py.Tuple {
	out := py.Tuple{}
	seen := map[*TypeVar]bool{}
	for _, a := range g.args {
		if tv, ok := a.(*TypeVar); ok && !seen[tv] {
			seen[tv] = true
			out = append(out, tv)
		}
	}
	return out
}

// M__getitem__ substitutes the alias's type variables: C[T][int] is
// C[int].
func (g *GenericAlias) M__getitem__(k py.Object) (py.Object, error) {
	params := g.parameters()
	if len(params) == 0 {
		r, _ := g.M__repr__()
		return nil, py.ExceptionNewf(py.TypeError, "%s is not a generic class", r)
	}
	args, ok := k.(py.Tuple)
	if !ok {
		args = py.Tuple{k}
	}
	if len(args) != len(params) {
		r, _ := g.M__repr__()
		many := "many"
		if len(args) < len(params) {
			many = "few"
		}
		return nil, py.ExceptionNewf(py.TypeError, "Too %s arguments for %s; actual %d, expected %d", many, r, len(args), len(params))
	}
	out := make(py.Tuple, len(g.args))
	for i, a := range g.args {
		out[i] = a
		for j, p := range params {
			if a == p {
				out[i] = args[j]
			}
		}
	}
	return &GenericAlias{origin: g.origin, args: out}, nil
}

// M__eq__ is true for the same class with equal arguments.
func (g *GenericAlias) M__eq__(o py.Object) (py.Object, error) {
	h, ok := o.(*GenericAlias)
	if !ok {
		return py.NotImplemented, nil
	}
	if h.origin != g.origin || len(h.args) != len(g.args) {
		return py.False, nil
	}
	for i := range g.args {
		if eq, err := pyobj.Equal(g.args[i], h.args[i]); err != nil || !eq {
			return py.False, err
		}
	}
	return py.True, nil
}

// M__ne__ is the negation of M__eq__.
func (g *GenericAlias) M__ne__(o py.Object) (py.Object, error) {
	r, err := g.M__eq__(o)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	return py.NewBool(r != py.True), nil
}

// M__hash__ hashes the class and the arguments.
func (g *GenericAlias) M__hash__() (py.Object, error) {
	h, _ := pyobj.Hash(g.origin)
	for _, a := range g.args {
		x, err := pyobj.Hash(a)
		if err != nil {
			x = int64(len(typeRepr(a)))
		}
		h = h*1000003 ^ x
	}
	return py.Int(h), nil
}

// genericRoots are typing's Generic and Protocol (set by typingInit).
var genericRoots = map[*py.Type]bool{}

// subscriptGeneric is cls[args] for a class whose metaclass is Generic's.
func subscriptGeneric(t *py.Type, k py.Object) (py.Object, error) {
	args, ok := k.(py.Tuple)
	if !ok {
		args = py.Tuple{k}
	}
	if genericRoots[t] {
		for _, a := range args {
			if _, ok := a.(*TypeVar); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "Parameters to %s[...] must all be type variables or parameter specification variables.", t.Name)
			}
		}
	}
	if !genericRoots[t] {
		params := classParameters(t)
		cls, _ := repr(t)
		if len(params) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s is not a generic class", cls)
		}
		if len(args) != len(params) {
			many := "many"
			if len(args) < len(params) {
				many = "few"
			}
			return nil, py.ExceptionNewf(py.TypeError, "Too %s arguments for %s; actual %d, expected %d", many, cls, len(args), len(params))
		}
	}
	return &GenericAlias{origin: t, args: append(py.Tuple{}, args...)}, nil
}

// classParameters are the type variables of generic class t: those of
// the subscripted bases it was defined with (its __orig_bases__, typing's
// aliases included), in order.
func classParameters(t *py.Type) py.Tuple {
	out := py.Tuple{}
	bases, _ := t.Dict["__orig_bases__"].(py.Tuple)
	seen := map[py.Object]bool{}
	for _, b := range bases {
		var args py.Tuple
		switch g := b.(type) {
		case *GenericAlias:
			args = g.args
		case *SpecialForm:
			args = g.args // class C(Generic[K], Mapping[K, V])
		}
		for _, a := range args {
			if tv, ok := a.(*TypeVar); ok && !seen[tv] {
				seen[tv] = true
				out = append(out, tv)
			}
		}
	}
	return out
}

// isGenericBase reports whether t derives from typing's Generic or
// Protocol.
func isGenericBase(t *py.Type) bool {
	for _, x := range t.Mro {
		if c, ok := x.(*py.Type); ok && genericRoots[c] {
			return true
		}
	}
	return false
}

func init() {
	d := GenericAliasType.Dict
	d["__origin__"] = getter(func(self py.Object) (py.Object, error) { return self.(*GenericAlias).origin, nil })
	d["__args__"] = getter(func(self py.Object) (py.Object, error) { return self.(*GenericAlias).args, nil })
	d["__parameters__"] = getter(func(self py.Object) (py.Object, error) { return self.(*GenericAlias).parameters(), nil })
	d["__mro_entries__"] = method("__mro_entries__", func(self, bases py.Object) (py.Object, error) {
		bs, _ := bases.(py.Tuple)
		return self.(*GenericAlias).mroEntries(bs), nil
	})
	GenericAliasType.New = aliasAsMetaclass
}

// mroEntries is __mro_entries__(bases): the class, or nothing for
// Generic[T] beside a base that already derives from Generic (CPython's
// _GenericAlias.__mro_entries__).
func (g *GenericAlias) mroEntries(bases py.Tuple) py.Tuple {
	if genericRoots[g.origin] {
		for _, b := range bases {
			if b == g {
				continue
			}
			var bt *py.Type
			switch x := b.(type) {
			case *py.Type:
				bt = x
			case *GenericAlias:
				bt = x.origin
			}
			if bt != nil && bt != g.origin && isGenericBase(bt) {
				return py.Tuple{}
			}
		}
	}
	return py.Tuple{g.origin}
}

// aliasAsMetaclass is called when gpython's own class builder (without
// the class layer, which resolves __mro_entries__ first) takes an alias
// base's type for the metaclass: it builds the class from the bases the
// aliases stand for, with the metaclass of the first.
func aliasAsMetaclass(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 3 {
		if bases, ok := args[1].(py.Tuple); ok {
			var resolved py.Tuple
			for _, b := range bases {
				if g, ok := b.(*GenericAlias); ok {
					resolved = append(resolved, g.mroEntries(bases)...)
				} else {
					resolved = append(resolved, b)
				}
			}
			if len(resolved) > 0 {
				if first, ok := resolved[0].(*py.Type); ok {
					return py.Call(first.Type(), py.Tuple{args[0], resolved, args[2]}, kwargs)
				}
			}
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "cannot create 'typing._GenericAlias' instances")
}
