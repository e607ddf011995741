package pyobj

import (
	"github.com/go-python/gpython/py"
)

// The abstract base classes of collections.abc, as real types. The
// built-in types get them in their MRO, so isinstance/issubclass (which
// walk the MRO) answer as CPython for built-in types.
var (
	ABCHashable        = abcType("Hashable")
	ABCAwaitable       = abcType("Awaitable")
	ABCCoroutine       = abcType("Coroutine", ABCAwaitable)
	ABCAsyncIterable   = abcType("AsyncIterable")
	ABCAsyncIterator   = abcType("AsyncIterator", ABCAsyncIterable)
	ABCAsyncGenerator  = abcType("AsyncGenerator", ABCAsyncIterator)
	ABCIterable        = abcType("Iterable")
	ABCIterator        = abcType("Iterator", ABCIterable)
	ABCReversible      = abcType("Reversible", ABCIterable)
	ABCGenerator       = abcType("Generator", ABCIterator)
	ABCSized           = abcType("Sized")
	ABCContainer       = abcType("Container")
	ABCCallable        = abcType("Callable")
	ABCCollection      = abcType("Collection", ABCSized, ABCIterable, ABCContainer)
	ABCSet             = abcType("Set", ABCCollection)
	ABCMutableSet      = abcType("MutableSet", ABCSet)
	ABCMapping         = abcType("Mapping", ABCCollection)
	ABCMutableMapping  = abcType("MutableMapping", ABCMapping)
	ABCMappingView     = abcType("MappingView", ABCSized)
	ABCKeysView        = abcType("KeysView", ABCMappingView, ABCSet)
	ABCItemsView       = abcType("ItemsView", ABCMappingView, ABCSet)
	ABCValuesView      = abcType("ValuesView", ABCMappingView, ABCCollection)
	ABCSequence        = abcType("Sequence", ABCReversible, ABCCollection)
	ABCMutableSequence = abcType("MutableSequence", ABCSequence)
	ABCByteString      = abcType("ByteString", ABCSequence)
)

var abcTypes []*py.Type

func abcType(name string, bases ...*py.Type) *py.Type {
	t := &py.Type{
		ObjectType: py.TypeType,
		Name:       name,
		Doc:        "",
		Dict:       py.StringDict{},
		Flags:      py.TPFLAGS_DEFAULT | py.TPFLAGS_BASETYPE,
		New:        py.ObjectNew,
		Init:       py.ObjectInit,
	}
	if len(bases) > 0 {
		t.Base = bases[0]
		b := make(py.Tuple, len(bases))
		for i, x := range bases {
			b[i] = x
		}
		t.Bases = b
	}
	py.TypeDelayReady(t)
	abcTypes = append(abcTypes, t)
	return t
}

// addABCs puts abcs (and their ancestors) into t's MRO, before object.
func addABCs(t *py.Type, abcs ...*py.Type) {
	var mro py.Tuple
	seen := map[*py.Type]bool{}
	add := func(x *py.Type) {
		if x != py.ObjectType && !seen[x] {
			seen[x] = true
			mro = append(mro, x)
		}
	}
	if len(t.Mro) == 0 {
		add(t)
	}
	for _, x := range t.Mro {
		add(x.(*py.Type))
	}
	for _, a := range abcs {
		for _, x := range a.Mro {
			add(x.(*py.Type))
		}
	}
	mro = append(mro, py.ObjectType)
	t.Mro = mro
}

func setupABCs() {
	hashable := []*py.Type{py.IntType, py.FloatType, py.BoolType, py.NoneTypeType, py.BigIntType, py.ComplexType, py.TypeType}
	for _, t := range hashable {
		addABCs(t, ABCHashable)
	}
	for _, t := range []*py.Type{py.FunctionType, py.MethodType, py.BoundMethodType, py.TypeType} {
		addABCs(t, ABCCallable, ABCHashable)
	}
	addABCs(py.StringType, ABCSequence, ABCHashable)
	addABCs(py.BytesType, ABCByteString, ABCHashable)
	addABCs(py.TupleType, ABCSequence, ABCHashable)
	addABCs(py.RangeType, ABCSequence, ABCHashable)
	addABCs(py.ListType, ABCMutableSequence)
	addABCs(DequeType, ABCMutableSequence)
	addABCs(DictType, ABCMutableMapping)
	for _, t := range []*py.Type{OrderedDictType, DefaultDictType, CounterType, py.StringDictType} {
		t.Mro = nil
		mro := append(py.Tuple{t}, DictType.Mro...)
		t.Mro = mro
	}
	addABCs(ChainMapType, ABCMutableMapping)
	addABCs(MappingProxyType, ABCMapping)
	addABCs(SetType, ABCMutableSet)
	addABCs(FrozenSetType, ABCSet, ABCHashable)
	addABCs(dictKeysType, ABCKeysView)
	addABCs(dictItemsType, ABCItemsView)
	addABCs(dictValuesType, ABCValuesView)
	for _, t := range []*py.Type{py.IteratorType, py.RangeIteratorType, py.CallIteratorType, py.EnumerateType, py.EnumerateIteratorType, py.ZipType, py.MapType, py.FilterType, dictKeyIterType, dictValIterType, dictItemIterType, setIteratorType} {
		addABCs(t, ABCIterator, ABCHashable)
	}
	addABCs(py.GeneratorType, ABCGenerator, ABCHashable)
}

// ABCInstanceCheck answers isinstance(obj, cls) for the one-method
// abstract classes of collections.abc by looking for the methods (as
// CPython's __subclasshook__ does); ok is false when cls is not one of
// them. The class layer's isinstance can call it for script classes.
func ABCInstanceCheck(cls *py.Type, obj py.Object) (result, ok bool) {
	t := obj.Type()
	has := func(names ...string) bool {
		for _, n := range names {
			if t.Lookup(n) == nil {
				return false
			}
		}
		return true
	}
	switch cls {
	case ABCIterable:
		return has("__iter__"), true
	case ABCIterator:
		return has("__iter__", "__next__"), true
	case ABCSized:
		return has("__len__"), true
	case ABCContainer:
		return has("__contains__"), true
	case ABCCallable:
		return isCallable(obj) || has("__call__"), true
	case ABCHashable:
		if _, err := Hash(obj); err != nil {
			return false, true
		}
		return true, true
	case ABCReversible:
		return has("__reversed__", "__iter__"), true
	case ABCCollection:
		return has("__len__", "__iter__", "__contains__"), true
	}
	return false, false
}

// IsABC reports whether t is one of the collections.abc classes. Their
// dicts hold the mixin methods (including special methods such as
// Mapping.__contains__ and Mapping.__eq__) that script classes deriving
// from them inherit; a class layer that dispatches special methods only
// through script-defined classes should treat these types like script
// classes (up to the first other Go-defined type in the MRO).
func IsABC(t *py.Type) bool {
	for _, a := range abcTypes {
		if a == t {
			return true
		}
	}
	return false
}
