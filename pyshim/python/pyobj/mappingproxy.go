package pyobj

import (
	"github.com/go-python/gpython/py"
)

// (see package upstream for the index) gpython v0.2.0 has no mappingproxy:
// a class's __dict__ is its py.StringDict, whose GetDict returns the dict
// itself (py/dict.go), so an attribute look-up on it finds its keys before
// dict's methods: cls.__dict__.get(name) called the class's own get when
// the class defines one. MappingProxy is CPython's read-only view of a
// mapping; the class layer returns one for a class's __dict__ and vars(cls),
// and types.MappingProxyType is this type. Its methods call the mapping's
// through the mapping's type (never its instance attributes).

// MappingProxyType is the type of MappingProxy.
var MappingProxyType = py.NewType("mappingproxy", "mappingproxy(mapping)\n--\n\nRead-only proxy of a mapping.")

// MappingProxy is a read-only view of a mapping.
type MappingProxy struct {
	m py.Object
}

// NewMappingProxy returns a read-only view of m.
func NewMappingProxy(m py.Object) *MappingProxy { return &MappingProxy{m: m} }

// Type returns mappingproxy.
func (p *MappingProxy) Type() *py.Type { return MappingProxyType }

// Mapping returns the mapping p shows.
func (p *MappingProxy) Mapping() py.Object { return p.m }

// call calls the mapping's method name: a py.StringDict's through its
// type (its own keys would shadow the methods), any other's as an
// attribute.
func (p *MappingProxy) call(name string, args ...py.Object) (py.Object, error) {
	if sd, ok := p.m.(py.StringDict); ok {
		if fn, ok := py.StringDictType.Dict[name]; ok {
			return py.Call(fn, append(py.Tuple{sd}, args...), nil)
		}
	}
	fn, err := py.GetAttrString(p.m, name)
	if err != nil {
		return nil, err
	}
	return py.Call(fn, args, nil)
}

// M__getitem__ reads through to the mapping.
func (p *MappingProxy) M__getitem__(key py.Object) (py.Object, error) { return py.GetItem(p.m, key) }

// M__setitem__ refuses assignment.
func (p *MappingProxy) M__setitem__(key, value py.Object) (py.Object, error) {
	return nil, py.ExceptionNewf(py.TypeError, "'mappingproxy' object does not support item assignment")
}

// M__delitem__ refuses deletion.
func (p *MappingProxy) M__delitem__(key py.Object) (py.Object, error) {
	return nil, py.ExceptionNewf(py.TypeError, "'mappingproxy' object does not support item deletion")
}

// M__contains__ is key in the mapping.
func (p *MappingProxy) M__contains__(key py.Object) (py.Object, error) {
	if sd, ok := p.m.(py.StringDict); ok {
		if s, ok := key.(py.String); ok {
			_, found := sd[string(s)]
			return py.NewBool(found), nil
		}
	}
	return p.call("__contains__", key)
}

// M__iter__ iterates the mapping's keys.
func (p *MappingProxy) M__iter__() (py.Object, error) {
	if _, ok := p.m.(py.StringDict); ok {
		keys, err := p.call("keys")
		if err != nil {
			return nil, err
		}
		return py.Iter(keys)
	}
	return py.Iter(p.m)
}

// M__len__ is the mapping's length.
func (p *MappingProxy) M__len__() (py.Object, error) { return py.Len(p.m) }

// M__repr__ is mappingproxy(repr of the mapping).
func (p *MappingProxy) M__repr__() (py.Object, error) {
	r, err := ReprString(p.m)
	if err != nil {
		return nil, err
	}
	return py.String("mappingproxy(" + r + ")"), nil
}

// M__str__ is str of the mapping.
func (p *MappingProxy) M__str__() (py.Object, error) { return py.Str(p.m) }

// M__eq__ compares the mapping.
func (p *MappingProxy) M__eq__(other py.Object) (py.Object, error) {
	eq, err := Equal(stringDictAsDict(p.m), stringDictAsDict(unproxy(other)))
	if err != nil {
		return nil, err
	}
	return py.NewBool(eq), nil
}

// M__ne__ compares the mapping.
func (p *MappingProxy) M__ne__(other py.Object) (py.Object, error) {
	eq, err := Equal(stringDictAsDict(p.m), stringDictAsDict(unproxy(other)))
	if err != nil {
		return nil, err
	}
	return py.NewBool(!eq), nil
}

// stringDictAsDict is a py.StringDict as a dict (whose == compares values as
// CPython does: identity first), o otherwise.
func stringDictAsDict(o py.Object) py.Object {
	if sd, ok := o.(py.StringDict); ok {
		return DictFromStringDict(sd)
	}
	return o
}

// M__hash__ refuses hashing.
func (p *MappingProxy) M__hash__() (py.Object, error) {
	return nil, py.ExceptionNewf(py.TypeError, "unhashable type: 'mappingproxy'")
}

// M__or__ is dict(self) | other.
func (p *MappingProxy) M__or__(other py.Object) (py.Object, error) {
	d, err := p.call("copy")
	if err != nil {
		return nil, err
	}
	return py.Or(d, unproxy(other))
}

// M__ror__ is other | dict(self).
func (p *MappingProxy) M__ror__(other py.Object) (py.Object, error) {
	d, err := p.call("copy")
	if err != nil {
		return nil, err
	}
	return py.Or(unproxy(other), d)
}

// M__reversed__ iterates the mapping's keys backwards.
func (p *MappingProxy) M__reversed__() (py.Object, error) {
	keys, err := p.call("keys")
	if err != nil {
		return nil, err
	}
	var items py.Tuple
	if err := py.Iterate(keys, func(k py.Object) bool { items = append(items, k); return false }); err != nil {
		return nil, err
	}
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
	return py.NewIterator(items), nil
}

// unproxy is the mapping of a MappingProxy, o otherwise.
func unproxy(o py.Object) py.Object {
	if p, ok := o.(*MappingProxy); ok {
		return p.m
	}
	return o
}

func initMappingProxy() {
	t := MappingProxyType
	t.New = func(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var m py.Object
		if err := py.UnpackTuple(args, kwargs, "mappingproxy", 1, 1, &m); err != nil {
			return nil, err
		}
		switch m.(type) {
		case py.Tuple, *py.List:
			return nil, py.ExceptionNewf(py.TypeError, "mappingproxy() argument must be a mapping, not %s", m.Type().Name)
		}
		if _, err := py.GetAttrString(m, "keys"); err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "mappingproxy() argument must be a mapping, not %s", m.Type().Name)
		}
		if _, ok := m.(py.I__getitem__); !ok {
			if _, err := py.GetAttrString(m, "__getitem__"); err != nil {
				return nil, py.ExceptionNewf(py.TypeError, "mappingproxy() argument must be a mapping, not %s", m.Type().Name)
			}
		}
		return NewMappingProxy(unproxy(m)), nil
	}
	method := func(name string, min, max int, doc string) {
		t.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			p, ok := self.(*MappingProxy)
			if !ok && len(args) > 0 {
				p, ok = args[0].(*MappingProxy)
				args = args[1:]
			}
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'mappingproxy' objects doesn't apply to this object", name)
			}
			if len(args) < min || len(args) > max {
				if min == max {
					return nil, py.ExceptionNewf(py.TypeError, "mappingproxy.%s() takes exactly %d argument (%d given)", name, min, len(args))
				}
				return nil, py.ExceptionNewf(py.TypeError, "%s expected at most %d arguments, got %d", name, max, len(args))
			}
			return p.call(name, args...)
		}, 0, doc)
	}
	method("get", 1, 2, "Return the value for key if key is in the mapping, else default.")
	method("keys", 0, 0, "D.keys() -> a set-like object providing a view on D's keys")
	method("values", 0, 0, "D.values() -> an object providing a view on D's values")
	method("items", 0, 0, "D.items() -> a set-like object providing a view on D's items")
	method("copy", 0, 0, "D.copy() -> a shallow copy of D")
}
