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
