package pyobj

import (
	"github.com/go-python/gpython/py"
)

// The mixin methods of collections.abc (Mapping, MutableMapping, Sequence,
// MutableSequence), written against the Python protocol of self
// (self[key], iter(self), len(self)), so that a class defined in a script
// that derives from one of these ABCs and implements the abstract methods
// gets the rest, as in CPython. Built-in types keep their own methods,
// which come first in their MRO.

// mappingView is KeysView/ItemsView/ValuesView over any mapping.
type mappingView struct {
	m    py.Object
	kind int
}

var (
	keysViewType   = ABCKeysView
	itemsViewType  = ABCItemsView
	valuesViewType = ABCValuesView
)

// Type returns the Python type of the object.
func (v *mappingView) Type() *py.Type {
	switch v.kind {
	case viewKeys:
		return keysViewType
	case viewItems:
		return itemsViewType
	}
	return valuesViewType
}

// M__len__ implements len(self).
func (v *mappingView) M__len__() (py.Object, error) { return py.Len(v.m) }

func (v *mappingView) elems() ([]py.Object, error) {
	keys, err := toSlice(v.m)
	if err != nil {
		return nil, err
	}
	keys = append([]py.Object(nil), keys...)
	if v.kind == viewKeys {
		return keys, nil
	}
	out := make([]py.Object, len(keys))
	for i, k := range keys {
		val, err := py.GetItem(v.m, k)
		if err != nil {
			return nil, err
		}
		if v.kind == viewItems {
			out[i] = py.Tuple{k, val}
		} else {
			out[i] = val
		}
	}
	return out, nil
}

// M__iter__ implements iter(self).
func (v *mappingView) M__iter__() (py.Object, error) {
	e, err := v.elems()
	if err != nil {
		return nil, err
	}
	return py.NewIterator(py.Tuple(e)), nil
}

// M__contains__ implements the in operator.
func (v *mappingView) M__contains__(x py.Object) (py.Object, error) {
	switch v.kind {
	case viewKeys:
		return mappingContains(v.m, x)
	case viewItems:
		t, ok := x.(py.Tuple)
		if !ok || len(t) != 2 {
			return py.False, nil
		}
		val, err := py.GetItem(v.m, t[0])
		if err != nil {
			if py.IsException(py.KeyError, err) {
				return py.False, nil
			}
			return nil, err
		}
		eq, err := Equal(val, t[1])
		return py.NewBool(eq), err
	}
	e, err := v.elems()
	if err != nil {
		return nil, err
	}
	for _, val := range e {
		eq, err := Equal(val, x)
		if err != nil || eq {
			return py.NewBool(eq), err
		}
	}
	return py.False, nil
}

// M__eq__ implements ==: a KeysView or ItemsView is a Set and equals any
// Set with the same elements (collections.abc.Set.__eq__); a ValuesView
// has no equality of its own.
func (v *mappingView) M__eq__(other py.Object) (py.Object, error) {
	if v.kind == viewValues || !other.Type().IsSubtype(ABCSet) {
		if other.Type().Flags&py.TPFLAGS_HEAPTYPE != 0 {
			return py.NotImplemented, nil // a script class's __eq__ may answer
		}
		return py.NewBool(py.Object(v) == other), nil
	}
	n, err := py.Len(v)
	if err != nil {
		return nil, err
	}
	m, err := py.Len(other)
	if err != nil {
		return nil, err
	}
	if eq, err := Equal(n, m); err != nil || !eq {
		return py.False, err
	}
	e, err := v.elems()
	if err != nil {
		return nil, err
	}
	for _, x := range e {
		in, err := py.SequenceContains(other, x)
		if err != nil || !in {
			return py.False, err
		}
	}
	return py.True, nil
}

// M__ne__ implements !=.
func (v *mappingView) M__ne__(other py.Object) (py.Object, error) {
	r, err := v.M__eq__(other)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	return py.NewBool(r != py.True), nil
}

// M__repr__ implements repr(self).
func (v *mappingView) M__repr__() (py.Object, error) {
	s, err := ReprString(v.m)
	if err != nil {
		return nil, err
	}
	return py.String(v.Type().Name + "(" + s + ")"), nil
}

func mappingContains(m, k py.Object) (py.Object, error) {
	_, err := py.GetItem(m, k)
	if err != nil {
		if py.IsException(py.KeyError, err) {
			return py.False, nil
		}
		return nil, err
	}
	return py.True, nil
}

// mixin adds a method to an ABC; self is the first argument for unbound
// calls and the receiver for bound ones.
func mixin(t *py.Type, name string, fn func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error)) {
	t.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if m, ok := self.(*py.Module); ok && m == nil || self == nil {
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() needs an argument", name)
			}
			self, args = args[0], args[1:]
		}
		return fn(self, args, kw)
	}, 0, "")
}

func setupABCMixins() {
	M, MM := ABCMapping, ABCMutableMapping
	// Iterator.__iter__ returns the iterator itself: in a class deriving
	// from Iterator and an iterable built-in (`class C(Iterator, deque)`)
	// it comes first, as in CPython.
	mixin(ABCIterator, "__iter__", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("__iter__", args, 0, 0); err != nil {
			return nil, err
		}
		return self, nil
	})
	mixin(M, "__contains__", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("__contains__", args, 1, 1); err != nil {
			return nil, err
		}
		return mappingContains(self, args[0])
	})
	mixin(M, "get", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("get", args, 1, 2); err != nil {
			return nil, err
		}
		v, err := py.GetItem(self, args[0])
		if err != nil {
			if py.IsException(py.KeyError, err) {
				if len(args) == 2 {
					return args[1], nil
				}
				return py.None, nil
			}
			return nil, err
		}
		return v, nil
	})
	for name, kind := range map[string]int{"keys": viewKeys, "items": viewItems, "values": viewValues} {
		kind := kind
		mixin(M, name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return &mappingView{m: self, kind: kind}, nil
		})
	}
	mixin(M, "__eq__", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("__eq__", args, 1, 1); err != nil {
			return nil, err
		}
		other := args[0]
		if !other.Type().IsSubtype(ABCMapping) {
			return py.NotImplemented, nil
		}
		a, err := mappingToDict(self)
		if err != nil {
			return nil, err
		}
		b, err := mappingToDict(other)
		if err != nil {
			return nil, err
		}
		return a.M__eq__(b)
	})
	mixin(MM, "pop", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("pop", args, 1, 2); err != nil {
			return nil, err
		}
		v, err := py.GetItem(self, args[0])
		if err != nil {
			if py.IsException(py.KeyError, err) && len(args) == 2 {
				return args[1], nil
			}
			return nil, err
		}
		if _, err := py.DelItem(self, args[0]); err != nil {
			return nil, err
		}
		return v, nil
	})
	mixin(MM, "popitem", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		it, err := py.Iter(self)
		if err != nil {
			return nil, err
		}
		k, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				return nil, keyError(py.String("dictionary is empty"))
			}
			return nil, err
		}
		v, err := py.GetItem(self, k)
		if err != nil {
			return nil, err
		}
		if _, err := py.DelItem(self, k); err != nil {
			return nil, err
		}
		return py.Tuple{k, v}, nil
	})
	mixin(MM, "clear", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		keys, err := toSlice(self)
		if err != nil {
			return nil, err
		}
		for _, k := range append([]py.Object(nil), keys...) {
			if _, err := py.DelItem(self, k); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	mixin(MM, "update", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		tmp := NewDict()
		if err := dictInit(tmp, "update", args, kw); err != nil {
			return nil, err
		}
		for _, it := range tmp.Items() {
			if _, err := py.SetItem(self, it.Key, it.Value); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	mixin(MM, "setdefault", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("setdefault", args, 1, 2); err != nil {
			return nil, err
		}
		v, err := py.GetItem(self, args[0])
		if err == nil {
			return v, nil
		}
		if !py.IsException(py.KeyError, err) {
			return nil, err
		}
		var def py.Object = py.None
		if len(args) == 2 {
			def = args[1]
		}
		_, err = py.SetItem(self, args[0], def)
		return def, err
	})

	S, MS := ABCSequence, ABCMutableSequence
	seqItems := func(self py.Object) ([]py.Object, error) {
		n, err := py.Len(self)
		if err != nil {
			return nil, err
		}
		l, _ := py.IndexInt(n)
		out := make([]py.Object, 0, l)
		for i := 0; i < l; i++ {
			v, err := py.GetItem(self, py.Int(i))
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	}
	mixin(S, "__iter__", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		items, err := seqItems(self)
		if err != nil {
			return nil, err
		}
		return py.NewIterator(py.Tuple(items)), nil
	})
	mixin(S, "__contains__", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("__contains__", args, 1, 1); err != nil {
			return nil, err
		}
		items, err := seqItems(self)
		if err != nil {
			return nil, err
		}
		for _, v := range items {
			eq, err := Equal(v, args[0])
			if err != nil || eq {
				return py.NewBool(eq), err
			}
		}
		return py.False, nil
	})
	mixin(S, "__reversed__", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		items, err := seqItems(self)
		if err != nil {
			return nil, err
		}
		r := make(py.Tuple, len(items))
		for i, v := range items {
			r[len(r)-1-i] = v
		}
		return py.NewIterator(r), nil
	})
	mixin(S, "index", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("index", args, 1, 1); err != nil {
			return nil, err
		}
		items, err := seqItems(self)
		if err != nil {
			return nil, err
		}
		for i, v := range items {
			eq, err := Equal(v, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				return py.Int(i), nil
			}
		}
		return nil, py.ExceptionNewf(py.ValueError, "")
	})
	mixin(S, "count", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("count", args, 1, 1); err != nil {
			return nil, err
		}
		items, err := seqItems(self)
		if err != nil {
			return nil, err
		}
		c := 0
		for _, v := range items {
			eq, err := Equal(v, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				c++
			}
		}
		return py.Int(c), nil
	})
	callInsert := func(self py.Object, i py.Object, v py.Object) error {
		ins, err := py.GetAttrString(self, "insert")
		if err != nil {
			return err
		}
		_, err = py.Call(ins, py.Tuple{i, v}, nil)
		return err
	}
	mixin(MS, "append", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("append", args, 1, 1); err != nil {
			return nil, err
		}
		n, err := py.Len(self)
		if err != nil {
			return nil, err
		}
		return py.None, callInsert(self, n, args[0])
	})
	mixin(MS, "extend", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("extend", args, 1, 1); err != nil {
			return nil, err
		}
		items, err := toSlice(args[0])
		if err != nil {
			return nil, err
		}
		for _, v := range append([]py.Object(nil), items...) {
			n, err := py.Len(self)
			if err != nil {
				return nil, err
			}
			if err := callInsert(self, n, v); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	mixin(MS, "pop", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("pop", args, 0, 1); err != nil {
			return nil, err
		}
		var idx py.Object = py.Int(-1)
		if len(args) == 1 {
			idx = args[0]
		}
		v, err := py.GetItem(self, idx)
		if err != nil {
			return nil, err
		}
		_, err = py.DelItem(self, idx)
		return v, err
	})
	mixin(MS, "remove", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("remove", args, 1, 1); err != nil {
			return nil, err
		}
		items, err := seqItems(self)
		if err != nil {
			return nil, err
		}
		for i, v := range items {
			eq, err := Equal(v, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				_, err := py.DelItem(self, py.Int(i))
				return py.None, err
			}
		}
		return nil, py.ExceptionNewf(py.ValueError, "")
	})
	mixin(MS, "reverse", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		items, err := seqItems(self)
		if err != nil {
			return nil, err
		}
		n := len(items)
		for i := 0; i < n/2; i++ {
			if _, err := py.SetItem(self, py.Int(i), items[n-1-i]); err != nil {
				return nil, err
			}
			if _, err := py.SetItem(self, py.Int(n-1-i), items[i]); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
}

// mappingToDict copies any mapping into a Dict.
func mappingToDict(m py.Object) (*Dict, error) {
	if d, ok := m.(*Dict); ok {
		return d, nil
	}
	d := NewDict()
	err := iterate(m, func(k py.Object) error {
		v, err := py.GetItem(m, k)
		if err != nil {
			return err
		}
		return d.SetItem(k, v)
	})
	return d, err
}
