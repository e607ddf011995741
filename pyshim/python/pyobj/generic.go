package pyobj

import (
	"reflect"
	"strings"

	"github.com/go-python/gpython/py"
)

// GenericAlias is a parameterized built-in type such as list[int] or
// dict[str, int] (types.GenericAlias), as used in annotations.
type GenericAlias struct {
	Origin *py.Type
	Args   py.Tuple
}

// GenericAliasType is types.GenericAlias.
var GenericAliasType = py.NewType("types.GenericAlias", "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).")

// Type returns types.GenericAlias.
func (g *GenericAlias) Type() *py.Type { return GenericAliasType }

func init() {
	// types.GenericAlias(origin, args), as CPython's (a class's
	// __class_getitem__ makes one: ExceptionGroup[T])
	GenericAliasType.New = func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "GenericAlias() takes no keyword arguments")
		}
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "GenericAlias expected 2 arguments, got %d", len(args))
		}
		origin, ok := args[0].(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "GenericAlias() origin must be a class (gowikibot), not %s", args[0].Type().Name)
		}
		return NewGenericAlias(origin, args[1]), nil
	}
}

// NewGenericAlias returns origin[args].
func NewGenericAlias(origin *py.Type, item py.Object) *GenericAlias {
	args, ok := item.(py.Tuple)
	if !ok {
		args = py.Tuple{item}
	}
	return &GenericAlias{Origin: origin, Args: args}
}

// typeReprName is how a type prints inside a generic alias: its name,
// qualified by its module unless that is builtins.
func typeReprName(t *py.Type) string {
	if m, ok := t.Dict["__module__"].(py.String); ok && m != "builtins" && m != "" {
		return string(m) + "." + t.Name
	}
	return t.Name
}

func aliasArgRepr(o py.Object) (string, error) {
	switch v := o.(type) {
	case *py.Type:
		return typeReprName(v), nil
	case *GenericAlias:
		r, err := v.M__repr__()
		if err != nil {
			return "", err
		}
		return string(r.(py.String)), nil
	case py.Tuple:
		if len(v) == 0 {
			return "()", nil
		}
	}
	if o == py.Ellipsis {
		return "...", nil
	}
	return ReprString(o)
}

// M__repr__ returns e.g. dict[str, list[int]].
func (g *GenericAlias) M__repr__() (py.Object, error) {
	var sb strings.Builder
	sb.WriteString(typeReprName(g.Origin))
	sb.WriteByte('[')
	for i, a := range g.Args {
		if i > 0 {
			sb.WriteString(", ")
		}
		s, err := aliasArgRepr(a)
		if err != nil {
			return nil, err
		}
		sb.WriteString(s)
	}
	if len(g.Args) == 0 {
		sb.WriteString("()")
	}
	sb.WriteByte(']')
	return py.String(sb.String()), nil
}

// M__str__ is repr.
func (g *GenericAlias) M__str__() (py.Object, error) { return g.M__repr__() }

// M__call__ instantiates the origin type.
func (g *GenericAlias) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return py.Call(g.Origin, args, kwargs)
}

// M__eq__ compares origin and arguments.
func (g *GenericAlias) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*GenericAlias)
	if !ok {
		return py.NotImplemented, nil
	}
	if g.Origin != o.Origin {
		return py.False, nil
	}
	eq, err := seqEqual(g.Args, o.Args)
	return py.NewBool(eq), err
}

// M__hash__ hashes origin and arguments.
func (g *GenericAlias) M__hash__() (py.Object, error) {
	h, err := hashTuple(append(py.Tuple{g.Origin}, g.Args...))
	return py.Int(h), err
}

// M__getattr__ provides __origin__, __args__ and __parameters__.
func (g *GenericAlias) M__getattr__(name string) (py.Object, error) {
	switch name {
	case "__origin__":
		return g.Origin, nil
	case "__args__":
		return g.Args, nil
	case "__parameters__":
		return py.Tuple{}, nil
	}
	return py.GetAttrString(g.Origin, name)
}

// classGetItem is the __getitem__ entry of a built-in type's dict: when the
// subscripted object is the type itself (gpython calls a type's own
// __getitem__ for T[x]) it returns the generic alias T[x].
func classGetItem(t *py.Type, instance func(self py.Object, key py.Object) (py.Object, error)) *py.Method {
	return py.MustNewMethod("__getitem__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) == 2 {
			// unbound call: T.__getitem__(obj, key), or T[key] where
			// gpython passes the type itself first
			self, args = args[0], args[1:]
		}
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
		}
		if tt, ok := self.(*py.Type); ok {
			return subscriptType(tt, args[0])
		}
		if instance != nil {
			return instance(self, args[0])
		}
		// T.__getitem__(obj, key) for an instance of a script's subclass
		// of T works on the built-in value, not through the subclass's
		// own __getitem__ (which would call this again, without end).
		if base := GoBase(self); base != nil && base.Type().IsSubtype(t) {
			return py.GetItem(base, args[0])
		}
		if _, ok := self.(py.I__getitem__); ok {
			return py.GetItem(self, args[0])
		}
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not subscriptable", self.Type().Name)
	}, 0, "Return self[key].")
}

// genericTypes are the built-in types that support T[...] (PEP 585).
var genericTypes = map[*py.Type]bool{}

// subscriptType implements T[key] for a type: a generic alias for the
// built-in generic types and their subclasses, else the class's
// __class_getitem__, else CPython's TypeError.
func subscriptType(t *py.Type, key py.Object) (py.Object, error) {
	// The built-in types have the abstract base classes they register
	// with in their MRO here (so isinstance works); CPython's str is not
	// a Sequence subclass for subscription: str[int] is a TypeError.
	m, ok := t.Dict["__module__"].(py.String)
	builtin := !ok || m == "builtins"

	for _, m := range t.Mro {
		if mt, ok := m.(*py.Type); ok && genericTypes[mt] {
			if builtin && mt != t && isABC(mt) {
				continue
			}
			return NewGenericAlias(t, key), nil
		}
	}
	if len(t.Mro) == 0 && genericTypes[t] {
		return NewGenericAlias(t, key), nil
	}
	if t.Lookup("__class_getitem__") != nil {
		f, err := py.GetAttrString(t, "__class_getitem__")
		if err != nil {
			return nil, err
		}
		return py.Call(f, py.Tuple{key}, nil)
	}
	return nil, py.ExceptionNewf(py.TypeError, "type '%s' is not subscriptable", t.Name)
}

func setupGenerics() {
	DictType.Dict["__getitem__"] = classGetItem(DictType, func(self, key py.Object) (py.Object, error) {
		if d, ok := self.(*Dict); ok {
			return d.M__getitem__(key)
		}
		if d, ok := GoBase(self).(*Dict); ok {
			return SubclassGetItem(self, d, key)
		}
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '__getitem__' for 'dict' objects doesn't apply to a '%s' object", self.Type().Name)
	})
	for _, t := range []*py.Type{OrderedDictType, DefaultDictType, CounterType, DequeType, ChainMapType} {
		t.Dict["__module__"] = py.String("collections")
	}
	for _, t := range []*py.Type{DictType, SetType, FrozenSetType, py.ListType, py.TupleType, py.TypeType, DequeType, ChainMapType} {
		genericTypes[t] = true
	}
	for _, t := range abcTypes {
		genericTypes[t] = true
	}
	for _, t := range []*py.Type{SetType, FrozenSetType, py.ListType, py.TupleType, py.TypeType, DequeType, ChainMapType, py.StringType, py.BytesType} {
		if _, exists := t.Dict["__getitem__"]; !exists {
			t.Dict["__getitem__"] = classGetItem(t, nil)
		}
	}
	// The abstract classes are subscripted through type's __getitem__
	// (gpython looks in the metatype's dict); giving them a __getitem__
	// of their own would make every built-in type that has them in its
	// MRO look subscriptable.
	for _, t := range abcTypes {
		t.Dict["__module__"] = py.String("collections.abc")
	}
}

// GoBase returns the Go-defined base value of an instance of a
// script-defined class that subclasses a built-in type (the exported
// "Base" field of the class layer's instances), or nil.
func GoBase(o py.Object) py.Object {
	if b, ok := o.(interface{ GoBase() py.Object }); ok {
		return b.GoBase()
	}
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	f := v.Elem().FieldByName("Base")
	if !f.IsValid() || !f.CanInterface() {
		return nil
	}
	b, _ := f.Interface().(py.Object)
	return b
}

// SubclassGetItem is self[key] for self, an instance of a script-defined
// subclass of dict whose dict value is base: the item, else the result of
// the class's __missing__(self, key), else KeyError, as CPython's
// dict.__getitem__ does for subclasses.
func SubclassGetItem(self py.Object, base *Dict, key py.Object) (py.Object, error) {
	v, ok, err := base.Get(key)
	if err != nil {
		return nil, err
	}
	if ok {
		return v, nil
	}
	if m := self.Type().Lookup("__missing__"); m != nil {
		return py.Call(m, py.Tuple{self, key}, nil)
	}
	return base.M__getitem__(key)
}

// isABC reports whether t is one of collections.abc's classes.
func isABC(t *py.Type) bool {
	for _, a := range abcTypes {
		if a == t {
			return true
		}
	}
	return false
}
