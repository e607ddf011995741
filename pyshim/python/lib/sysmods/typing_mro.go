package sysmods

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// mroOrigins are the runtime classes of typing's aliases as bases, where
// they differ from the alias's origin (typing.Dict is dict, not gpython's
// string-keyed dict; the abstract ones are collections.abc's classes).
var mroOrigins = map[string]*py.Type{
	"Dict": pyobj.DictType, "Set": pyobj.SetType, "FrozenSet": pyobj.FrozenSetType,
	"DefaultDict": pyobj.DefaultDictType, "OrderedDict": pyobj.OrderedDictType, "Counter": pyobj.CounterType,
	"Deque": pyobj.DequeType, "ChainMap": pyobj.ChainMapType,
	"Hashable": pyobj.ABCHashable, "Awaitable": pyobj.ABCAwaitable, "Coroutine": pyobj.ABCCoroutine,
	"AsyncIterable": pyobj.ABCAsyncIterable, "AsyncIterator": pyobj.ABCAsyncIterator,
	"AsyncGenerator": pyobj.ABCAsyncGenerator, "Iterable": pyobj.ABCIterable, "Iterator": pyobj.ABCIterator,
	"Reversible": pyobj.ABCReversible, "Generator": pyobj.ABCGenerator, "Sized": pyobj.ABCSized,
	"Container": pyobj.ABCContainer, "Callable": pyobj.ABCCallable, "Collection": pyobj.ABCCollection,
	"AbstractSet": pyobj.ABCSet, "MutableSet": pyobj.ABCMutableSet, "Mapping": pyobj.ABCMapping,
	"MutableMapping": pyobj.ABCMutableMapping, "MappingView": pyobj.ABCMappingView,
	"KeysView": pyobj.ABCKeysView, "ItemsView": pyobj.ABCItemsView, "ValuesView": pyobj.ABCValuesView,
	"Sequence": pyobj.ABCSequence, "MutableSequence": pyobj.ABCMutableSequence, "ByteString": pyobj.ABCByteString,
}

// typingClassSyntax is Python run at the end of the typing module: the
// class syntax of NamedTuple and TypedDict (`class P(NamedTuple): x: int`).
// Their __mro_entries__ turn the base into one whose metaclass builds the
// class from the body's __annotations__, as CPython's typing does.
const typingClassSyntax = `
try:
    import collections as _collections

    _go_NamedTuple = NamedTuple
    _nt_special = ('__module__', '__qualname__', '__annotations__', '__doc__', '__orig_bases__')


    class _NamedTupleMeta(type):
        def __new__(mcls, typename, bases, ns):
            ann = ns.get('__annotations__', {})
            fields = list(ann)
            defaults = []
            for f in fields:
                if f in ns:
                    defaults.append(ns[f])
                elif defaults:
                    raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                    % (f, 's' if len(defaults) > 1 else '', ', '.join(fields[:fields.index(f)][-len(defaults):])))
            base = _collections.namedtuple(typename, fields, defaults=defaults)
            body = {'__slots__': (), '__module__': ns.get('__module__', '__main__'),
                    '__annotations__': ann}
            for key in ns:
                if key in ('_make', '_asdict', '_replace', '_fields', '_field_defaults', '__new__', '__init__'):
                    raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
                if key not in _nt_special and key not in fields:
                    body[key] = ns[key]
            if '__doc__' in ns:
                body['__doc__'] = ns['__doc__']
            return type(typename, (base,), body)


    _NamedTupleBase = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})


    def NamedTuple(typename, fields=None, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        return _go_NamedTuple(typename, list(fields))


    def _namedtuple_mro_entries(bases):
        return (_NamedTupleBase,)


    NamedTuple.__mro_entries__ = _namedtuple_mro_entries


    class _TypedDictMeta(type):
        def __new__(mcls, name, bases, ns, total=True):
            body = dict(ns)
            body.setdefault('__annotations__', {})
            anns = {}
            for b in bases:
                anns.update(getattr(b, '__annotations__', {}) if b is not dict else {})
            anns.update(body['__annotations__'])
            body['__annotations__'] = anns
            body['__total__'] = total
            keys = frozenset(anns)
            body['__required_keys__'] = keys if total else frozenset()
            body['__optional_keys__'] = frozenset() if total else keys
            return type.__new__(type, name, (dict,), body)


    _TypedDictBase = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
    _go_TypedDict = TypedDict


    def TypedDict(typename, fields=None, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        return _TypedDictMeta(typename, (), {'__annotations__': dict(fields)}, total=total)


    TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)
except Exception:
    pass
`

func init() {
	if impl := py.GetModuleImpl("typing"); impl != nil && impl.CodeSrc == "" && impl.Code == nil {
		impl.CodeSrc = typingClassSyntax
		if impl.Info.FileDesc == "" {
			impl.Info.FileDesc = "<frozen typing>"
		}
	}
}

// typing aliases used as class bases (`class D(Mapping[str, int])`)
// resolve to their runtime class through __mro_entries__ (PEP 560), which
// the class builder calls; a form with no runtime class (Generic[T],
// Protocol) contributes no base.
func init() {
	SpecialFormType.Dict["__mro_entries__"] = py.MustNewMethod("__mro_entries__", func(self py.Object, args py.Tuple) (py.Object, error) {
		s, ok := self.(*SpecialForm)
		if !ok && len(args) > 0 {
			s, _ = args[0].(*SpecialForm)
		}
		if s == nil {
			return nil, py.ExceptionNewf(py.TypeError, "__mro_entries__ needs a typing form")
		}
		if t, ok := mroOrigins[s.name]; ok {
			return py.Tuple{t}, nil
		}
		if t, ok := s.origin.(*py.Type); ok {
			return py.Tuple{t}, nil
		}
		return py.Tuple{}, nil
	}, 0, "__mro_entries__(bases): the classes this alias stands for as a base.")
}

// M__instancecheck__ makes isinstance(x, typing.Sequence) check against
// the runtime class; a subscripted alias (List[int]) cannot be used, as in
// CPython.
func (s *SpecialForm) M__instancecheck__(obj py.Object) (py.Object, error) {
	if s.args != nil {
		return nil, py.ExceptionNewf(py.TypeError, "Subscripted generics cannot be used with class and instance checks")
	}
	t, ok := mroOrigins[s.name]
	if !ok {
		t, ok = s.origin.(*py.Type)
	}
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "typing.%s cannot be used with isinstance()", s.name)
	}
	r, err := pyobj.IsInstance(obj, t)
	return py.NewBool(r), err
}
