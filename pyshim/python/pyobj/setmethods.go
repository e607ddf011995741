package pyobj

import (
	"github.com/go-python/gpython/py"
)

// selfSet returns the receiver of a set method (bound or unbound call).
func selfSet(self py.Object, args py.Tuple, typeName, name string) (py.Object, *setTable, py.Tuple, error) {
	if t := tableOf(self); t != nil {
		return self, t, args, nil
	}
	if len(args) > 0 {
		if t := tableOf(args[0]); t != nil {
			return args[0], t, args[1:], nil
		}
	}
	return nil, nil, nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to this object", name, typeName)
}

type setFn func(self py.Object, t *setTable, args py.Tuple) (py.Object, error)

func addSetMethod(types []*py.Type, name, doc string, fn setFn) {
	for _, typ := range types {
		typeName := typ.Name
		typ.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			s, t, args, err := selfSet(self, args, typeName, name)
			if err != nil {
				return nil, err
			}
			return fn(s, t, args)
		}, 0, doc)
	}
}

// initSetMethods fills in the types of setmethods.go (called by init, in init.go).
func initSetMethods() {
	SetType.New = setNew
	FrozenSetType.New = frozenSetNew
	both := []*py.Type{SetType, FrozenSetType}
	mut := []*py.Type{SetType}

	addSetMethod(mut, "add", "Add an element to a set.", func(s py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		if err := argCount("set.add", args, 1, 1); err != nil {
			return nil, err
		}
		h, err := Hash(args[0])
		if err != nil {
			return nil, err
		}
		return py.None, t.add(args[0], h)
	})
	addSetMethod(mut, "discard", "Remove an element from a set if it is a member.", func(s py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		if err := argCount("set.discard", args, 1, 1); err != nil {
			return nil, err
		}
		h, err := setHash(args[0])
		if err != nil {
			return nil, err
		}
		_, err = t.discard(args[0], h)
		return py.None, err
	})
	addSetMethod(mut, "remove", "Remove an element from a set; it must be a member.", func(s py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		if err := argCount("set.remove", args, 1, 1); err != nil {
			return nil, err
		}
		h, err := setHash(args[0])
		if err != nil {
			return nil, err
		}
		found, err := t.discard(args[0], h)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, keyError(args[0])
		}
		return py.None, nil
	})
	addSetMethod(mut, "pop", "Remove and return an arbitrary set element.", func(s py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		if err := argCount("set.pop", args, 0, 0); err != nil {
			return nil, err
		}
		k, ok := t.pop()
		if !ok {
			return nil, keyError(py.String("pop from an empty set"))
		}
		return k, nil
	})
	addSetMethod(mut, "clear", "Remove all elements from this set.", func(s py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		if err := argCount("set.clear", args, 0, 0); err != nil {
			return nil, err
		}
		t.clear()
		return py.None, nil
	})
	addSetMethod(mut, "update", "Update a set with the union of itself and others.", func(s py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		for _, o := range args {
			if err := updateTable(t, o); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	addSetMethod(mut, "intersection_update", "Update a set with the intersection of itself and another.", func(s py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		r, err := intersectionMulti(s, t, args)
		if err != nil {
			return nil, err
		}
		*t = *tableOf(r)
		t.mutations++
		return py.None, nil
	})
	addSetMethod(mut, "difference_update", "Remove all elements of another set from this set.", func(s py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		for _, o := range args {
			if err := differenceUpdate(t, o); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	addSetMethod(mut, "symmetric_difference_update", "Update a set with the symmetric difference of itself and another.", func(s py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		if err := argCount("set.symmetric_difference_update", args, 1, 1); err != nil {
			return nil, err
		}
		return py.None, symDiffUpdate(t, args[0])
	})
	addSetMethod(both, "copy", "Return a shallow copy of a set.", func(s py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		if err := argCount(typeName(s)+".copy", args, 0, 0); err != nil {
			return nil, err
		}
		if f, ok := s.(*FrozenSet); ok && f.typ == nil {
			return f, nil
		}
		return setUnion(s, t)
	})
	addSetMethod(both, "union", "Return the union of sets as a new set.", func(s py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		return setUnion(s, t, args...)
	})
	addSetMethod(both, "intersection", "Return the intersection of two sets as a new set.", func(s py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		return intersectionMulti(s, t, args)
	})
	addSetMethod(both, "difference", "Return the difference of two or more sets as a new set.", func(s py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		if len(args) == 0 {
			return setUnion(s, t)
		}
		r, err := setDifference(s, t, args[0])
		if err != nil {
			return nil, err
		}
		for _, o := range args[1:] {
			if err := differenceUpdate(tableOf(r), o); err != nil {
				return nil, err
			}
		}
		return r, nil
	})
	addSetMethod(both, "symmetric_difference", "Return the symmetric difference of two sets as a new set.", func(s py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		if err := argCount("set.symmetric_difference", args, 1, 1); err != nil {
			return nil, err
		}
		return setSymDiff(s, t, args[0])
	})
	addSetMethod(both, "issubset", "Report whether another set contains this set.", func(s py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		if err := argCount("set.issubset", args, 1, 1); err != nil {
			return nil, err
		}
		o, err := tableFromIterable(args[0])
		if err != nil {
			return nil, err
		}
		r, err := isSubset(t, o)
		return py.NewBool(r), err
	})
	addSetMethod(both, "issuperset", "Report whether this set contains another set.", func(s py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		if err := argCount("set.issuperset", args, 1, 1); err != nil {
			return nil, err
		}
		o, err := tableFromIterable(args[0])
		if err != nil {
			return nil, err
		}
		r, err := isSubset(o, t)
		return py.NewBool(r), err
	})
	addSetMethod(both, "isdisjoint", "Return True if two sets have a null intersection.", func(s py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		if err := argCount("set.isdisjoint", args, 1, 1); err != nil {
			return nil, err
		}
		disjoint := true
		err := iterate(args[0], func(k py.Object) error {
			h, err := setHash(k)
			if err != nil {
				return err
			}
			i, err := t.lookup(k, h)
			if err != nil {
				return err
			}
			if i >= 0 {
				disjoint = false
				return errStop
			}
			return nil
		})
		if err != nil && err != errStop {
			return nil, err
		}
		return py.NewBool(disjoint), nil
	})
	addSetMethod(both, "__contains__", "x.__contains__(y) <==> y in x.", func(s py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		if err := argCount("__contains__", args, 1, 1); err != nil {
			return nil, err
		}
		h, err := setHash(args[0])
		if err != nil {
			return nil, err
		}
		i, err := t.lookup(args[0], h)
		return py.NewBool(i >= 0), err
	})
}

func intersectionMulti(s py.Object, t *setTable, args py.Tuple) (py.Object, error) {
	if len(args) == 0 {
		return setUnion(s, t)
	}
	var r py.Object = s
	rt := t
	for _, o := range args {
		var err error
		r, err = setIntersection(r, rt, o)
		if err != nil {
			return nil, err
		}
		rt = tableOf(r)
	}
	return r, nil
}

// Set methods that gpython's VM reaches through Go interfaces on *FrozenSet
// are inherited from *Set through embedding (len, iter, contains, compare).
var _ py.I__hash__ = (*FrozenSet)(nil)

func typeName(o py.Object) string { return o.Type().Name }
