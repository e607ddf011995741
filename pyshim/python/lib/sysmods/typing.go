package sysmods

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// SpecialFormType is the type of typing's special forms and aliases
// (List, Optional, ...): subscripting returns an alias that does nothing.
var SpecialFormType = py.NewType("typing._SpecialForm", "A typing special form; subscription is accepted and ignored.")

// SpecialForm is a typing special form or generic alias.
type SpecialForm struct {
	name   string
	origin py.Object // the runtime class for isinstance-free uses (list for List)
	args   py.Tuple
}

// Type returns SpecialFormType.
func (s *SpecialForm) Type() *py.Type { return SpecialFormType }

func typeRepr(o py.Object) string {
	switch v := o.(type) {
	case *py.Type:
		n := v.Name
		if i := strings.LastIndex(n, "."); i >= 0 && strings.HasPrefix(n, "builtins.") {
			n = n[i+1:]
		}
		if mod, ok := v.Dict["__module__"].(py.String); ok && mod != "builtins" && mod != "" && !strings.Contains(n, ".") {
			// a class of a module: module-qualified, as CPython's typing
			q := n
			if qn, ok := v.Dict["__qualname__"].(py.String); ok && qn != "" {
				q = string(qn)
			}
			return string(mod) + "." + q
		}
		return n
	case py.NoneType:
		return "None"
	case *py.List:
		parts := make([]string, len(v.Items))
		for i, x := range v.Items {
			parts[i] = typeRepr(x)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case py.EllipsisType:
		return "..."
	}
	r, _ := repr(o)
	return r
}

// M__repr__ is typing.Name or typing.Name[args].
func (s *SpecialForm) M__repr__() (py.Object, error) {
	out := "typing." + s.name
	if s.args != nil {
		parts := make([]string, len(s.args))
		for i, a := range s.args {
			parts[i] = typeRepr(a)
		}
		out += "[" + strings.Join(parts, ", ") + "]"
	}
	return py.String(out), nil
}

// M__getitem__ returns an alias carrying the arguments.
func (s *SpecialForm) M__getitem__(k py.Object) (py.Object, error) {
	args, ok := k.(py.Tuple)
	if !ok {
		args = py.Tuple{k}
	}
	return &SpecialForm{name: s.name, origin: s.origin, args: args}, nil
}

// M__call__ instantiates the origin class (List() is an error in CPython
// for the special forms; aliases of real classes create instances).
func (s *SpecialForm) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if s.origin == nil {
		return nil, py.ExceptionNewf(py.TypeError, "Cannot instantiate typing.%s", s.name)
	}
	return py.Call(s.origin, args, kwargs)
}

// M__eq__ compares names and arguments by identity.
func (s *SpecialForm) M__eq__(o py.Object) (py.Object, error) {
	w, ok := o.(*SpecialForm)
	if !ok {
		return py.False, nil
	}
	if w.name != s.name || len(w.args) != len(s.args) {
		return py.False, nil
	}
	for i := range w.args {
		if w.args[i] != s.args[i] {
			return py.False, nil
		}
	}
	return py.True, nil
}

// M__ne__ is the negation of M__eq__.
func (s *SpecialForm) M__ne__(o py.Object) (py.Object, error) {
	r, _ := s.M__eq__(o)
	return py.NewBool(r != py.True), nil
}

// M__hash__ hashes the name.
func (s *SpecialForm) M__hash__() (py.Object, error) {
	var h int64
	for _, c := range s.name {
		h = h*31 + int64(c)
	}
	return py.Int(h), nil
}

// M__or__ supports X | Y in annotations.
func (s *SpecialForm) M__or__(o py.Object) (py.Object, error) {
	return &SpecialForm{name: "Union", args: py.Tuple{s, o}}, nil
}

// TypeVarType is typing.TypeVar.
var TypeVarType = py.NewTypeX("typing.TypeVar", "Type variable.", typeVarNew, nil)

// TypeVar is a typing.TypeVar.
type TypeVar struct {
	name  string
	bound py.Object
	cons  py.Tuple
}

// Type returns TypeVarType.
func (t *TypeVar) Type() *py.Type { return TypeVarType }

// M__repr__ is ~T.
func (t *TypeVar) M__repr__() (py.Object, error) { return py.String("~" + t.name), nil }

func typeVarNew(tp *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) < 1 {
		return nil, py.ExceptionNewf(py.TypeError, "TypeVar() missing required argument 'name' (pos 1)")
	}
	n, ok := args[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "TypeVar name must be a string")
	}
	if len(args) == 2 {
		return nil, py.ExceptionNewf(py.TypeError, "A single constraint is not allowed")
	}
	tv := &TypeVar{name: string(n), cons: args[1:], bound: py.None}
	if b, ok := kwargs["bound"]; ok {
		tv.bound = b
	}
	return tv, nil
}

// genericMeta is the metatype of Generic and Protocol: it makes the class
// itself subscriptable (Generic[T] is Generic).
var genericMeta = py.TypeType.NewType("typing._GenericMeta", "", nil, nil)

func newGenericClass(name string) *py.Type {
	t := &py.Type{
		ObjectType: genericMeta,
		Name:       name,
		Doc:        "",
		Base:       py.ObjectType,
		Bases:      py.Tuple{py.ObjectType},
		Dict:       py.StringDict{"__module__": py.String("typing")},
		Flags:      py.TPFLAGS_BASETYPE,
		New:        py.ObjectType.New,
		Init:       py.ObjectType.Init,
	}
	if err := t.Ready(); err != nil {
		panic(err)
	}
	return t
}

func typingInit() {
	genericMeta.Dict["__getitem__"] = method("__getitem__", func(self py.Object, args py.Tuple) (py.Object, error) {
		// Called unbound as (cls, key) or bound with (key,): a
		// GenericAlias (typing_generic.go).
		if t, ok := self.(*py.Type); ok && len(args) == 1 {
			return subscriptGeneric(t, args[0])
		}
		if len(args) == 2 {
			if t, ok := args[0].(*py.Type); ok {
				return subscriptGeneric(t, args[1])
			}
		}
		return nil, py.ExceptionNewf(py.TypeError, "__getitem__ expected 1 argument, got %d", len(args))
	})
	TypeVarType.Dict["__name__"] = getter(func(self py.Object) (py.Object, error) { return py.String(self.(*TypeVar).name), nil })
	TypeVarType.Dict["__bound__"] = getter(func(self py.Object) (py.Object, error) { return self.(*TypeVar).bound, nil })
	TypeVarType.Dict["__constraints__"] = getter(func(self py.Object) (py.Object, error) { return self.(*TypeVar).cons, nil })
	SpecialFormType.Dict["__origin__"] = getter(func(self py.Object) (py.Object, error) {
		s := self.(*SpecialForm)
		if s.origin == nil {
			return py.None, nil
		}
		return s.origin, nil
	})
	SpecialFormType.Dict["__args__"] = getter(func(self py.Object) (py.Object, error) {
		if a := self.(*SpecialForm).args; a != nil {
			return a, nil
		}
		return py.Tuple{}, nil
	})
	SpecialFormType.Dict["_name"] = getter(func(self py.Object) (py.Object, error) { return py.String(self.(*SpecialForm).name), nil })

	g := py.StringDict{
		"TYPE_CHECKING": py.False,
		"Text":          py.StringType,
		"AnyStr":        &TypeVar{name: "AnyStr", bound: py.None, cons: py.Tuple{py.StringType, py.BytesType}},
		"TypeVar":       TypeVarType,
		"Generic":       newGenericClass("Generic"),
		"Protocol":      newGenericClass("Protocol"),
	}
	genericRoots[g["Generic"].(*py.Type)] = true
	genericRoots[g["Protocol"].(*py.Type)] = true
	origins := map[string]py.Object{
		"List": py.ListType, "Dict": py.StringDictType, "Tuple": py.TupleType, "Set": py.SetType,
		"FrozenSet": py.FrozenSetType, "Type": py.TypeType,
	}
	for _, n := range []string{"Any", "Optional", "Union", "List", "Dict", "Tuple", "Set", "FrozenSet",
		"Iterable", "Iterator", "Callable", "Generator", "Type", "Sequence", "Mapping", "MutableMapping",
		"MutableSequence", "MutableSet", "AbstractSet", "Collection", "Container", "Hashable", "Sized",
		"Reversible", "Awaitable", "Coroutine", "AsyncIterator", "AsyncIterable", "AsyncGenerator",
		"ContextManager", "AsyncContextManager", "Pattern", "Match", "Literal", "Final", "ClassVar",
		"Annotated", "NoReturn", "Never", "Self", "TypeAlias", "DefaultDict", "OrderedDict", "Counter",
		"Deque", "ChainMap", "SupportsInt", "SupportsFloat", "SupportsIndex", "SupportsAbs",
		"SupportsBytes", "SupportsComplex", "SupportsRound", "IO", "TextIO", "BinaryIO", "ParamSpec",
		"Concatenate", "TypeGuard", "Required", "NotRequired", "LiteralString", "Unpack", "ItemsView",
		"KeysView", "ValuesView", "MappingView", "ByteString"} {
		g[n] = &SpecialForm{name: n, origin: origins[n]}
	}
	identity := func(self, o py.Object) (py.Object, error) { return o, nil }
	register("typing", "The typing module: support for type hints (subscription is accepted and ignored).", map[string]interface{}{
		"cast": func(self py.Object, args py.Tuple) (py.Object, error) {
			var t, v py.Object
			if err := py.UnpackTuple(args, nil, "cast", 2, 2, &t, &v); err != nil {
				return nil, err
			}
			return v, nil
		},
		"overload":          identity,
		"final":             identity,
		"no_type_check":     identity,
		"runtime_checkable": identity,
		"override":          identity,
		"get_type_hints":    getTypeHints,
		"get_origin": func(self, o py.Object) (py.Object, error) {
			if s, ok := o.(*SpecialForm); ok && s.args != nil && s.origin != nil {
				return s.origin, nil
			}
			if g, ok := o.(*GenericAlias); ok {
				return g.origin, nil
			}
			return py.None, nil
		},
		"get_args": func(self, o py.Object) (py.Object, error) {
			if s, ok := o.(*SpecialForm); ok && s.args != nil {
				return s.args, nil
			}
			if g, ok := o.(*GenericAlias); ok {
				return g.args, nil
			}
			return py.Tuple{}, nil
		},
		"NewType": func(self py.Object, args py.Tuple) (py.Object, error) {
			var n, t py.Object
			if err := py.UnpackTuple(args, nil, "NewType", 2, 2, &n, &t); err != nil {
				return nil, err
			}
			return py.MustNewMethod(string(n.(py.String)), func(self, x py.Object) (py.Object, error) { return x, nil }, 0, ""), nil
		},
		"NamedTuple": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			// NamedTuple('P', [('x', int), ...]) delegates to collections.namedtuple.
			ctx := ctxOf(self)
			if ctx == nil || len(args) < 1 {
				return nil, py.ExceptionNewf(py.TypeError, "NamedTuple() requires a name and fields")
			}
			var fields []py.Object
			if len(args) > 1 {
				items, err := toSlice(args[1])
				if err != nil {
					return nil, err
				}
				for _, it := range items {
					pair, err := toSlice(it)
					if err != nil || len(pair) != 2 {
						return nil, py.ExceptionNewf(py.TypeError, "NamedTuple fields must be (name, type) pairs")
					}
					fields = append(fields, pair[0])
				}
			}
			for k := range kwargs {
				fields = append(fields, py.String(k))
			}
			coll, err := py.ImportModuleLevelObject(ctx, "collections", nil, nil, nil, 0)
			if err != nil {
				return nil, err
			}
			nt, err := py.GetAttrString(coll, "namedtuple")
			if err != nil {
				return nil, err
			}
			return py.Call(nt, py.Tuple{args[0], py.NewListFromItems(fields)}, nil)
		},
		"TypedDict": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return py.StringDictType, nil
		},
	}, g)
	registerSource("typing_extensions", "from typing import *\nfrom typing import TYPE_CHECKING, cast, overload, final, TypeVar, Generic, Protocol, NewType, NamedTuple, TypedDict, get_type_hints, get_origin, get_args, runtime_checkable, override\n")
}

func init() { typingInit() }
