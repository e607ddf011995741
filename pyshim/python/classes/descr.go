package classes

import (
	"sync/atomic"

	"github.com/go-python/gpython/py"
)

// Super is a super(type, obj) proxy.
type Super struct {
	this    *py.Type
	obj     py.Object
	objType *py.Type
}

// SuperType is the type of super objects (the builtin super).
var SuperType = py.NewTypeX("super", `super(type, obj) -> bound super object; requires isinstance(obj, type)
super(type, type2) -> bound super object; requires issubclass(type2, type)`, superNew, nil)

// Type returns SuperType.
func (s *Super) Type() *py.Type { return SuperType }

func superNew(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, pyErr(py.TypeError, "super() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return nil, pyErr(py.RuntimeError, "super(): no arguments")
	case 1:
		return nil, pyErr(py.RuntimeError, "super(): unbound super objects (one argument) are not supported")
	case 2:
	default:
		return nil, pyErr(py.TypeError, "super() takes at most 2 arguments (%d given)", len(args))
	}
	this, ok := args[0].(*py.Type)
	if !ok {
		return nil, pyErr(py.TypeError, "super() argument 1 must be a type, not %s", args[0].Type().Name)
	}
	obj := args[1]
	if t, ok := obj.(*py.Type); ok && isSubtype(t, this) {
		return &Super{this: this, obj: obj, objType: t}, nil
	}
	if isSubtype(obj.Type(), this) {
		return &Super{this: this, obj: obj, objType: obj.Type()}, nil
	}
	return nil, pyErr(py.TypeError, "super(type, obj): obj must be an instance or subtype of type")
}

// M__getattribute__ looks name up on the MRO after the super's class.
func (s *Super) M__getattribute__(name string) (py.Object, error) {
	switch name {
	case "__class__":
		return SuperType, nil
	case "__thisclass__":
		return s.this, nil
	case "__self__":
		return s.obj, nil
	case "__self_class__":
		return s.objType, nil
	}
	attr, owner := lookupAfter(s.objType, s.this, name)
	inst, isInst := s.obj.(*Instance)
	if isInst && inst.Base != nil {
		// A method of the Go base type that is implemented in Go rather
		// than stored in its dict (len, item access, ...), or its
		// constructor.
		gb := solidGoBase(s.objType)
		if !isHeap(s.this) {
			gb = nil
		}
		if gb != nil && (attr == nil || owner == py.ObjectType) {
			if name == "__init__" {
				return py.MustNewMethod("__init__", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
					if len(args) == 0 && len(kwargs) == 0 {
						return py.None, nil
					}
					b, err := makeBase(gb, args, kwargs)
					if err != nil {
						return nil, err
					}
					inst.Base = b
					return py.None, nil
				}, 0, ""), nil
			}
			if attr == nil || isDunder(name) {
				if r, err := py.GetAttrString(inst.Base, name); err == nil {
					return r, nil
				}
			}
		}
	}
	if attr == nil {
		return nil, pyErr(py.AttributeError, "'super' object has no attribute '%s'", name)
	}
	if _, isType := s.obj.(*py.Type); isType && s.obj == s.objType {
		// super(C, cls): class-level access.
		switch a := attr.(type) {
		case *py.ClassMethod:
			return py.NewBoundMethod(s.obj, a.Callable), nil
		case *py.StaticMethod:
			return a.Callable, nil
		case *py.Method:
			return a, nil
		}
		return bindClass(attr, s.objType)
	}
	self := s.obj
	if isInst {
		self = inst.selfFor(owner)
	}
	return bindGet(attr, self, s.objType)
}

// M__repr__ returns CPython's repr of a super object.
func (s *Super) M__repr__() (py.Object, error) {
	return py.String("<super: <class '" + s.this.Name + "'>, <" + s.objType.Name + " object>>"), nil
}

// Property is the Python property descriptor.
type Property struct {
	fget, fset, fdel, doc py.Object
	name                  string
	fast                  atomic.Pointer[fastGetter] // propfast.go
}

// PropertyType is the builtin property.
var PropertyType = py.NewTypeX("property", `property(fget=None, fset=None, fdel=None, doc=None) -> property attribute`, propertyNew, nil)

// Type returns PropertyType.
func (p *Property) Type() *py.Type { return PropertyType }

func propertyNew(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	p := &Property{fget: py.None, fset: py.None, fdel: py.None, doc: py.None}
	err := py.ParseTupleAndKeywords(args, kwargs, "|OOOO:property", []string{"fget", "fset", "fdel", "doc"}, &p.fget, &p.fset, &p.fdel, &p.doc)
	if err != nil {
		return nil, err
	}
	p.fixup()
	return p, nil
}

func (p *Property) fixup() {
	if p.doc == py.None || p.doc == nil {
		if f, ok := p.fget.(*py.Function); ok {
			p.doc = orNone(f.Doc)
		}
	}
	if f, ok := p.fget.(*py.Function); ok && p.name == "" {
		p.name = f.Name
	}
}

func (p *Property) ownerName(obj py.Object) string {
	return obj.Type().Name
}

func (p *Property) get(obj py.Object) (py.Object, error) {
	if p.fget == py.None {
		return nil, pyErr(py.AttributeError, "property '%s' of '%s' object has no getter", p.name, p.ownerName(obj))
	}
	if v, ok := p.fastGet(obj); ok {
		return v, nil
	}
	return py.Call(p.fget, py.Tuple{obj}, nil)
}

func (p *Property) set(obj, value py.Object) error {
	if p.fset == py.None {
		return pyErr(py.AttributeError, "property '%s' of '%s' object has no setter", p.name, p.ownerName(obj))
	}
	_, err := py.Call(p.fset, py.Tuple{obj, value}, nil)
	return err
}

func (p *Property) del(obj py.Object) error {
	if p.fdel == py.None {
		return pyErr(py.AttributeError, "property '%s' of '%s' object has no deleter", p.name, p.ownerName(obj))
	}
	_, err := py.Call(p.fdel, py.Tuple{obj}, nil)
	return err
}

// M__get__ implements the descriptor read.
func (p *Property) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return p, nil
	}
	return p.get(instance)
}

// M__set__ implements the descriptor write.
func (p *Property) M__set__(instance, value py.Object) (py.Object, error) {
	return py.None, p.set(instance, value)
}

// M__delete__ implements the descriptor delete.
func (p *Property) M__delete__(instance py.Object) (py.Object, error) {
	return py.None, p.del(instance)
}

func (p *Property) with(fget, fset, fdel py.Object) *Property {
	np := &Property{fget: fget, fset: fset, fdel: fdel, doc: p.doc, name: p.name}
	if np.doc == py.None {
		np.fixup()
	}
	return np
}

func init() {
	if err := PropertyType.Ready(); err != nil {
		panic(err)
	}
	d := PropertyType.Dict
	meth := func(name string, f func(p *Property, fn py.Object) *Property) {
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			self, args, err := normSelf(self, args, name)
			if err != nil {
				return nil, err
			}
			p, ok := self.(*Property)
			if !ok || len(args) != 1 {
				return nil, pyErr(py.TypeError, "%s() takes exactly one argument", name)
			}
			return f(p, args[0]), nil
		}, 0, "Descriptor to obtain a copy of the property with a different "+name[:3]+"ter.")
	}
	meth("getter", func(p *Property, fn py.Object) *Property { return p.with(fn, p.fset, p.fdel) })
	meth("setter", func(p *Property, fn py.Object) *Property { return p.with(p.fget, fn, p.fdel) })
	meth("deleter", func(p *Property, fn py.Object) *Property { return p.with(p.fget, p.fset, fn) })
	field := func(name string, get func(p *Property) py.Object) {
		d[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			p, ok := self.(*Property)
			if !ok {
				return nil, noAttr(self, name)
			}
			return get(p), nil
		}}
	}
	field("fget", func(p *Property) py.Object { return p.fget })
	field("fset", func(p *Property) py.Object { return p.fset })
	field("fdel", func(p *Property) py.Object { return p.fdel })
	field("__doc__", func(p *Property) py.Object { return p.doc })
	d["__get__"] = py.MustNewMethod("__get__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args, err := normSelf(self, args, "__get__")
		if err != nil {
			return nil, err
		}
		p := self.(*Property)
		if len(args) < 1 {
			return nil, pyErr(py.TypeError, "expected at least 1 argument")
		}
		return p.M__get__(args[0], nil)
	}, 0, "Return an attribute of instance.")
	d["__set__"] = py.MustNewMethod("__set__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args, err := normSelf(self, args, "__set__")
		if err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, pyErr(py.TypeError, "expected 2 arguments")
		}
		return self.(*Property).M__set__(args[0], args[1])
	}, 0, "Set an attribute of instance to value.")
	d["__set_name__"] = py.MustNewMethod("__set_name__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args, err := normSelf(self, args, "__set_name__")
		if err != nil {
			return nil, err
		}
		if len(args) == 2 {
			if s, ok := args[1].(py.String); ok {
				self.(*Property).name = string(s)
			}
		}
		return py.None, nil
	}, 0, "Method to set name of a property.")
	// classmethod and staticmethod are callable and expose __func__.
	py.StaticMethodType.Dict["__func__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		if s, ok := self.(*py.StaticMethod); ok {
			return s.Callable, nil
		}
		return nil, noAttr(self, "__func__")
	}}
}
