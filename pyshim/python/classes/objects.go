package classes

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// Str is str(o) with CPython semantics for instances and exceptions.
func Str(o py.Object) (py.Object, error) {
	if o == py.NotImplemented {
		return py.String("NotImplemented"), nil
	}
	switch x := o.(type) {
	case *py.Exception:
		return excStr(x)
	case *Instance:
		return x.M__str__()
	case py.String:
		return x, nil
	case *py.Type:
		return Repr(x)
	}
	s, err := pyobj.StrString(o)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

// Repr is repr(o) with CPython semantics for instances, classes and
// exceptions.
func Repr(o py.Object) (py.Object, error) {
	if o == py.NotImplemented {
		return py.String("NotImplemented"), nil
	}
	switch x := o.(type) {
	case *py.Exception:
		return excRepr(x)
	case *Instance:
		return x.M__repr__()
	case *py.Type:
		if isHeap(x.Type()) {
			if f := special(x.Type(), "__repr__"); f != nil {
				return callMeth(f, x)
			}
		}
		return py.String(typeRepr(x)), nil
	}
	s, err := pyobj.ReprString(o)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

func typeRepr(t *py.Type) string {
	return fmt.Sprintf("<class '%s'>", qualifiedName(t))
}

func reprString(o py.Object) (string, error) {
	r, err := Repr(o)
	if err != nil {
		return "", err
	}
	return goStr(r, "__repr__")
}

func strString(o py.Object) (string, error) {
	r, err := Str(o)
	if err != nil {
		return "", err
	}
	return goStr(r, "__str__")
}

// Format is format(o, spec).
func Format(o py.Object, spec py.Object) (py.Object, error) {
	if spec == nil {
		spec = py.String("")
	}
	s, ok := spec.(py.String)
	if !ok {
		return nil, pyErr(py.TypeError, "format() argument 2 must be str, not %s", spec.Type().Name)
	}
	switch x := o.(type) {
	case *Instance:
		return x.M__format__(spec)
	case *py.Exception, *py.Type:
		if s != "" {
			return nil, pyErr(py.TypeError, "unsupported format string passed to %s.__format__", o.Type().Name)
		}
		return Str(o)
	}
	if s == "" {
		return Str(o)
	}
	if f, ok := o.(py.I__format__); ok {
		return f.M__format__(spec)
	}
	// Use str.format, which the methods layer implements for Go types.
	fm, err := py.GetAttrString(py.String("{:"+string(s)+"}"), "format")
	if err != nil {
		return nil, pyErr(py.TypeError, "unsupported format string passed to %s.__format__", o.Type().Name)
	}
	return py.Call(fm, py.Tuple{o}, nil)
}

// Hash is hash(o).
func Hash(o py.Object) (py.Object, error) {
	switch x := o.(type) {
	case *Instance:
		return x.M__hash__()
	case *py.Type, *py.Exception, *py.Function, *py.Method, *py.Module, *Property, *Super:
		return py.Int(int64(addr(o) >> 4)), nil
	}
	h, err := pyobj.Hash(o)
	if err != nil {
		return nil, err
	}
	return py.Int(h), nil
}

// initObject adds object's and type's methods that Python code calls
// explicitly (object.__setattr__(self, ...), super().__init__(), ...).
func initObject() {
	od := py.ObjectType.Dict
	od["__init__"] = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		self, args, err := normSelf(self, args, "__init__")
		if err != nil {
			return nil, err
		}
		if inst, ok := self.(*Instance); ok && (len(args) > 0 || len(kwargs) > 0) {
			// list.__init__(self, items), dict.__init__(self, ...) on an
			// instance of a subclass of a built-in type: the built-in
			// types have no __init__ of their own here, so the lookup
			// lands on object's; initialise the Go base value as
			// super().__init__(...) does.
			if gb := solidGoBase(inst.cls); gb != nil && inst.Base != nil {
				b, err := makeBase(gb, args, kwargs)
				if err != nil {
					return nil, err
				}
				inst.Base = b
				return py.None, nil
			}
			return nil, pyErr(py.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		return py.None, nil
	}, 0, "Initialize self.")
	od["__new__"] = &py.StaticMethod{Callable: py.MustNewMethod("__new__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return nil, pyErr(py.TypeError, "object.__new__(): not enough arguments")
		}
		t, ok := args[0].(*py.Type)
		if !ok {
			return nil, pyErr(py.TypeError, "object.__new__(X): X is not a type object (%s)", args[0].Type().Name)
		}
		if !isHeap(t) {
			if t.New == nil {
				return nil, pyErr(py.TypeError, "cannot create '%s' instances", t.Name)
			}
			return t.New(t, args[1:], kwargs)
		}
		return objectNew(t, args[1:], kwargs, true)
	}, 0, "Create and return a new object."), Dict: py.NewStringDict()}
	od["__getattribute__"] = attrMethod("__getattribute__", 1, func(self py.Object, name string, args py.Tuple) (py.Object, error) {
		switch x := self.(type) {
		case *Instance:
			return x.genericGetAttr(name)
		case *py.Type:
			return typeGetAttr(x, name)
		case *py.Exception:
			return excGenericGetAttr(x, name)
		}
		return py.GetAttrString(self, name)
	}, 0, "Return getattr(self, name).")
	od["__setattr__"] = attrMethod("__setattr__", 2, func(self py.Object, name string, args py.Tuple) (py.Object, error) {
		switch x := self.(type) {
		case *Instance:
			return py.None, x.genericSetAttr(name, args[1])
		case *py.Type:
			return py.None, typeSetAttr(x, name, args[1])
		case *py.Exception:
			return py.None, excGenericSetAttr(x, name, args[1])
		}
		if d := dictOf(self); d != nil {
			d[name] = args[1]
			return py.None, nil
		}
		return nil, noAttr(self, name)
	}, 0, "Implement setattr(self, name, value).")
	od["__delattr__"] = attrMethod("__delattr__", 1, func(self py.Object, name string, args py.Tuple) (py.Object, error) {
		switch x := self.(type) {
		case *Instance:
			return py.None, x.genericDelAttr(name)
		case *py.Type:
			return py.None, typeDelAttr(x, name)
		case *py.Exception:
			return py.None, excDelAttr(x, name)
		}
		return py.None, py.DeleteAttrString(self, name)
	}, 0, "Implement delattr(self, name).")
	od["__eq__"] = py.MustNewMethod("__eq__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args, err := normSelf(self, args, "__eq__")
		if err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, pyErr(py.TypeError, "expected 1 argument, got %d", len(args))
		}
		if self == args[0] {
			return py.True, nil
		}
		return py.NotImplemented, nil
	}, 0, "Return self==value.")
	od["__ne__"] = py.MustNewMethod("__ne__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args, err := normSelf(self, args, "__ne__")
		if err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, pyErr(py.TypeError, "expected 1 argument, got %d", len(args))
		}
		var r py.Object = py.NotImplemented
		if self == args[0] {
			r = py.True
		}
		if i, ok := self.(*Instance); ok {
			if r, err = eqRaw(i, args[0]); err != nil {
				return nil, err
			}
			if r == py.NotImplemented && self == args[0] {
				r = py.True
			}
		}
		if r == py.NotImplemented {
			return r, nil
		}
		b, err := py.MakeBool(r)
		if err != nil {
			return nil, err
		}
		return py.NewBool(b != py.True), nil
	}, 0, "Return self!=value.")
	od["__hash__"] = py.MustNewMethod("__hash__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, _, err := normSelf(self, args, "__hash__")
		if err != nil {
			return nil, err
		}
		return py.Int(int64(addr(self) >> 4)), nil
	}, 0, "Return hash(self).")
	od["__repr__"] = py.MustNewMethod("__repr__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, _, err := normSelf(self, args, "__repr__")
		if err != nil {
			return nil, err
		}
		switch x := self.(type) {
		case *py.Type:
			return py.String(typeRepr(x)), nil
		case *py.Exception:
			s, err := defaultExcRepr(x)
			return py.String(s), err
		}
		return py.String(defaultRepr(self)), nil
	}, 0, "Return repr(self).")
	od["__str__"] = py.MustNewMethod("__str__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, _, err := normSelf(self, args, "__str__")
		if err != nil {
			return nil, err
		}
		if t, ok := self.(*py.Type); ok {
			return py.String(typeRepr(t)), nil
		}
		return Repr(self)
	}, 0, "Return str(self).")
	od["__format__"] = py.MustNewMethod("__format__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args, err := normSelf(self, args, "__format__")
		if err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, pyErr(py.TypeError, "expected 1 argument, got %d", len(args))
		}
		if s, ok := args[0].(py.String); ok && s != "" {
			return nil, pyErr(py.TypeError, "unsupported format string passed to %s.__format__", self.Type().Name)
		}
		return Str(self)
	}, 0, "Default object formatter.")
	od["__init_subclass__"] = &py.ClassMethod{Callable: py.MustNewMethod("__init_subclass__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, pyErr(py.TypeError, "__init_subclass__() takes no keyword arguments")
		}
		return py.None, nil
	}, 0, "Called when a class is subclassed."), Dict: py.NewStringDict()}
	od["__class__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return self.Type(), nil },
	}
	od["__dict__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if t, ok := self.(*py.Type); ok {
				return t.Dict, nil
			}
			if i, ok := self.(*Instance); ok && i.Dict != nil {
				if i.noDict() {
					return nil, noAttr(self, "__dict__")
				}
				return i.exposeDict(), nil
			}
			if d := dictOf(self); d != nil {
				return d, nil
			}
			return nil, noAttr(self, "__dict__")
		},
	}
	od["__dir__"] = py.MustNewMethod("__dir__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, _, err := normSelf(self, args, "__dir__")
		if err != nil {
			return nil, err
		}
		return dirOf(self), nil
	}, 0, "Default dir() implementation.")

	td := py.TypeType.Dict
	td["__getattribute__"] = attrMethod("__getattribute__", 1, func(self py.Object, name string, args py.Tuple) (py.Object, error) {
		if t, ok := self.(*py.Type); ok {
			return typeGetAttr(t, name)
		}
		return GetAttr(self, name)
	}, 0, "Return getattr(self, name).")
	td["__setattr__"] = attrMethod("__setattr__", 2, func(self py.Object, name string, args py.Tuple) (py.Object, error) {
		if t, ok := self.(*py.Type); ok {
			return py.None, typeSetAttr(t, name, args[1])
		}
		return py.None, SetAttr(self, name, args[1])
	}, 0, "Implement setattr(self, name, value).")
	td["__delattr__"] = attrMethod("__delattr__", 1, func(self py.Object, name string, args py.Tuple) (py.Object, error) {
		if t, ok := self.(*py.Type); ok {
			return py.None, typeDelAttr(t, name)
		}
		return py.None, DelAttr(self, name)
	}, 0, "Implement delattr(self, name).")
	td["__repr__"] = py.MustNewMethod("__repr__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, _, err := normSelf(self, args, "__repr__")
		if err != nil {
			return nil, err
		}
		if t, ok := self.(*py.Type); ok {
			return py.String(typeRepr(t)), nil
		}
		return Repr(self)
	}, 0, "Return repr(self).")
	td["__new__"] = &py.StaticMethod{Callable: py.MustNewMethod("__new__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return nil, pyErr(py.TypeError, "type.__new__(): not enough arguments")
		}
		meta, ok := args[0].(*py.Type)
		if !ok {
			return nil, pyErr(py.TypeError, "type.__new__(X): X is not a type object (%s)", args[0].Type().Name)
		}
		return typeNew(meta, args[1:], kwargs)
	}, 0, "Create and return a new type."), Dict: py.NewStringDict()}
	td["__init__"] = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.None, nil
	}, 0, "Initialize self.")
	td["__call__"] = py.MustNewMethod("__call__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		self, args, err := normSelf(self, args, "__call__")
		if err != nil {
			return nil, err
		}
		t, ok := self.(*py.Type)
		if !ok {
			return nil, pyErr(py.TypeError, "descriptor '__call__' requires a 'type' object")
		}
		return typeCall(t, args, kwargs)
	}, 0, "Call self as a function.")
	td["__instancecheck__"] = py.MustNewMethod("__instancecheck__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args, err := normSelf(self, args, "__instancecheck__")
		if err != nil {
			return nil, err
		}
		t, ok := self.(*py.Type)
		if !ok || len(args) != 1 {
			return nil, pyErr(py.TypeError, "__instancecheck__ expected a type and 1 argument")
		}
		it := args[0].Type()
		return py.NewBool(isSubtype(it, t) || (t == py.IntType && isIntLike(it))), nil
	}, 0, "Check if an object is an instance.")
	td["__subclasscheck__"] = py.MustNewMethod("__subclasscheck__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args, err := normSelf(self, args, "__subclasscheck__")
		if err != nil {
			return nil, err
		}
		t, ok := self.(*py.Type)
		if !ok || len(args) != 1 {
			return nil, pyErr(py.TypeError, "__subclasscheck__ expected a type and 1 argument")
		}
		sub, ok := args[0].(*py.Type)
		if !ok {
			return nil, pyErr(py.TypeError, "issubclass() arg 1 must be a class")
		}
		return py.NewBool(isSubtype(sub, t) || (t == py.IntType && isIntLike(sub))), nil
	}, 0, "Check if a class is a subclass.")
	td["__subclasses__"] = py.MustNewMethod("__subclasses__", func(self py.Object, args py.Tuple) (py.Object, error) {
		return py.NewList(), nil
	}, 0, "Return a list of immediate subclasses.")
}

// typeCall is type.__call__(cls, *args): __new__ then __init__, done
// without gpython's metatype shortcut so metaclass __call__ overrides can
// reach it through super().
func typeCall(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	newFn := realNew(t)
	if newFn == nil {
		return nil, pyErr(py.TypeError, "cannot create '%s' instances", t.Name)
	}
	obj, err := newFn(t, args, kwargs)
	if err != nil {
		return nil, err
	}
	if !isSubtype(obj.Type(), t) {
		return obj, nil
	}
	if init := realInit(obj.Type()); init != nil {
		if err := init(obj, args, kwargs); err != nil {
			return nil, err
		}
	}
	return obj, nil
}

// initBoundMethod gives bound methods CPython's attributes.
func initBoundMethod() {
	d := py.BoundMethodType.Dict
	d["__self__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		if b, ok := self.(*py.BoundMethod); ok {
			return b.Self, nil
		}
		return nil, noAttr(self, "__self__")
	}}
	d["__func__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		if b, ok := self.(*py.BoundMethod); ok {
			return boundFunc(b), nil
		}
		return nil, noAttr(self, "__func__")
	}}
	// The function's attributes, as CPython's method passes them on
	// (gpython's py.GetAttrString has no fallback for a bound method, so
	// the common ones are named here: __wrapped__ of a functools.wraps
	// decorator, the code and defaults inspect reads).
	for _, n := range []string{"__name__", "__qualname__", "__doc__", "__module__", "__wrapped__", "__code__",
		"__defaults__", "__kwdefaults__", "__annotations__", "__globals__", "__closure__", "__dict__"} {
		n := n
		d[n] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			if b, ok := self.(*py.BoundMethod); ok {
				return GetAttr(boundFunc(b), n)
			}
			return nil, noAttr(self, n)
		}}
	}
}

// attrMethod makes one of the attribute slots (__getattribute__,
// __setattr__, __delattr__) of object or type: fn gets self, the attribute
// name and the arguments, after the checks they share (self bound or
// passed first, nargs arguments, a str name).
func attrMethod(fname string, nargs int, fn func(self py.Object, name string, args py.Tuple) (py.Object, error), flags int, doc string) *py.Method {
	return py.MustNewMethod(fname, func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args, err := normSelf(self, args, fname)
		if err != nil {
			return nil, err
		}
		if len(args) != nargs {
			plural := "s"
			if nargs == 1 {
				plural = ""
			}
			return nil, pyErr(py.TypeError, "expected %d argument%s, got %d", nargs, plural, len(args))
		}
		name, err := py.AttributeName(args[0])
		if err != nil {
			return nil, err
		}
		return fn(self, name, args)
	}, flags, doc)
}
