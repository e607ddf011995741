package classes

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// Built-in functions and methods (*py.Method) get CPython's introspection
// attributes: __name__, __qualname__, __doc__, __module__, __self__ and
// __text_signature__. gpython v0.2.0's MethodType defines none of them
// (`len.__name__` and `getattr(list, "append").__doc__` raise
// AttributeError), which stops code that wraps or documents built-ins, as
// mwparserfromhell's SmartList does (it copies list methods' __doc__).
func init() {
	d := py.MethodType.Dict
	get := func(n string, fn func(m *py.Method) (py.Object, error)) {
		d[n] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			if m, ok := self.(*py.Method); ok {
				return fn(m)
			}
			return nil, noAttr(self, n)
		}}
	}
	get("__name__", func(m *py.Method) (py.Object, error) { return py.String(m.Name), nil })
	get("__qualname__", func(m *py.Method) (py.Object, error) {
		if t := methodOwner(m); t != nil {
			return py.String(t.Name + "." + m.Name), nil
		}
		return py.String(m.Name), nil
	})
	get("__doc__", func(m *py.Method) (py.Object, error) {
		if m.Doc == "" {
			return py.None, nil
		}
		return py.String(m.Doc), nil
	})
	get("__module__", func(m *py.Method) (py.Object, error) {
		if m.Module != nil && methodOwner(m) == nil {
			return py.String(m.Module.ModuleImpl.Info.Name), nil
		}
		return py.None, nil
	})
	get("__self__", func(m *py.Method) (py.Object, error) {
		if m.Module != nil && methodOwner(m) == nil {
			return m.Module, nil
		}
		return nil, noAttr(m, "__self__")
	})
	get("__text_signature__", func(m *py.Method) (py.Object, error) { return textSignature(m), nil })
}

// methodOwner returns the built-in type whose dict holds m (list for
// list.append), or nil for a module-level function.
func methodOwner(m *py.Method) *py.Type {
	for _, t := range []*py.Type{py.StringType, py.ListType, py.TupleType, py.BytesType, py.IntType,
		py.FloatType, py.ObjectType, py.TypeType, pyobj.DictType, pyobj.SetType, pyobj.FrozenSetType,
		py.ComplexType, py.BoolType, py.RangeType} {
		if x, ok := t.Dict[m.Name]; ok && x == py.Object(m) {
			return t
		}
	}
	return nil
}
