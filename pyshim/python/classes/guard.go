package classes

import "github.com/go-python/gpython/py"

// guardFunc wraps a Python function stored as __repr__, __str__,
// __getattribute__, __setattr__ or __delattr__ in a class that is not a
// metaclass. gpython looks these names up in a class's own dict when it
// operates on the class object itself (repr(C), C.attr, C.attr = v) and
// calls them with the class as self; the guard answers those calls with
// type's behaviour and passes every other call to the function.
type guardFunc struct {
	fn    *py.Function
	name  string
	owner *py.Type
}

var guardFuncType = py.NewType("function", "A python function")

// Type returns the function type.
func (g *guardFunc) Type() *py.Type { return guardFuncType }

var guardedNames = map[string]bool{"__repr__": true, "__str__": true, "__getattribute__": true, "__setattr__": true, "__delattr__": true}

// M__call__ calls the wrapped function, or type's own behaviour when the
// first argument is the class itself.
func (g *guardFunc) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) > 0 {
		if t, ok := args[0].(*py.Type); ok && isSubtype(t, g.owner) {
			switch g.name {
			case "__repr__", "__str__":
				return py.String(typeRepr(t)), nil
			case "__getattribute__":
				if len(args) == 2 {
					if s, ok := args[1].(py.String); ok {
						return typeGetAttr(t, string(s))
					}
				}
			case "__setattr__":
				if len(args) == 3 {
					if s, ok := args[1].(py.String); ok {
						return py.None, typeSetAttr(t, string(s), args[2])
					}
				}
			case "__delattr__":
				if len(args) == 2 {
					if s, ok := args[1].(py.String); ok {
						return py.None, typeDelAttr(t, string(s))
					}
				}
			}
		}
	}
	return g.fn.M__call__(args, kwargs)
}

// M__get__ binds like a function.
func (g *guardFunc) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance != nil && instance != py.None {
		return py.NewBoundMethod(instance, g.fn), nil
	}
	return g.fn, nil
}

// guardDict wraps the guarded names of a new class's dict.
func guardDict(t *py.Type) {
	if isSubtype(t, py.TypeType) {
		return
	}
	for name := range guardedNames {
		switch f := t.Dict[name].(type) {
		case *py.Function:
			t.Dict[name] = &guardFunc{fn: f, name: name, owner: t}
		case *guardFunc:
			// taken from another class's dict (dict(C.__dict__) given
			// to type(): dataclass(slots=True)); guard for this one
			if !isSubtype(t, f.owner) {
				t.Dict[name] = &guardFunc{fn: f.fn, name: name, owner: t}
			}
		}
	}
}
