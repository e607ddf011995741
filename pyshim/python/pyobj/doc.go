// Package pyobj provides the object model gpython lacks: dicts with any hashable key in insertion order, sets of any hashable value, ordering of tuples and lists, and the collections and json modules built on them.
//
// Types: Dict (dict, and the collections types OrderedDict, defaultdict
// and Counter, which are Dicts with another Python type), Set and
// FrozenSet (CPython's set table, so iteration order equals CPython's for
// the same hashes; Hash reproduces CPython's hashes, strings as under
// PYTHONHASHSEED=0), NamedTuple, Deque, ChainMap, GenericAlias (list[int])
// and the collections.abc classes, which are put into the MRO of the
// built-in types so that isinstance(x, Mapping) walks to them.
//
// Go API for the other layers: NewDict, (*Dict).SetItem/Get/GetItem/
// Delete/Items/Keys/Values/Copy/ToStringDict, DictFromStringDict,
// ToStringDict (any mapping, for f(**m)), Hash, Equal, Identical,
// RichCompare, Compare, Less, SortList, ReprString and StrString
// (CPython's repr/str of containers: (1,), recursion as [...] and {...}),
// FloatRepr, JSONDumps/JSONLoads, IsInstance, ABCInstanceCheck, IsABC,
// NewGenericAlias.
//
// Builtins installed in every context (Install): dict, set, frozenset,
// sorted, repr, print, isinstance and hash (the class layer may replace
// the last four), and the helpers of the pre-pass contract:
// __pyshim_dict__(k, v, ..., __pyshim_dstar__, mapping, ...),
// __pyshim_dict_comp__(pairs), __pyshim_set__(x, ...),
// __pyshim_set_const__(x, ...) (a display of three or more constants,
// which CPython orders differently), __pyshim_set_comp__(it),
// __pyshim_kwargs__(mapping), __pyshim_lt__/__pyshim_le__/__pyshim_gt__/
// __pyshim_ge__(a, b), __pyshim_eval__/__pyshim_exec__(src, globals
// [, locals]) for namespaces that are Dicts, and
// __pyshim_eval_in__/__pyshim_exec_in__(globals(), locals()), which return
// eval/exec bound to the caller's namespaces (the pre-pass calls them for
// every eval(...)/exec(...)). The builtin compile is replaced by one that
// compiles through py.Compile (the pre-pass and the runtime's fix-ups).
//
// Process-wide (init): list.sort with CPython ordering, str(x) for
// containers, methods of gpython's py.StringDict (the type of **kwargs and
// globals()) as a subtype of dict, and the modules collections,
// collections.abc, json and json.decoder.
package pyobj
