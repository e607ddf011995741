package pyobj

import (
	"github.com/go-python/gpython/py"
)

const (
	viewKeys = iota
	viewValues
	viewItems
)

var viewNames = [...]string{"dict_keys", "dict_values", "dict_items"}

// Types of the dict views and iterators.
var (
	dictKeysType     = py.NewType("dict_keys", "")
	dictValuesType   = py.NewType("dict_values", "")
	dictItemsType    = py.NewType("dict_items", "")
	dictKeyIterType  = py.NewType("dict_keyiterator", "")
	dictValIterType  = py.NewType("dict_valueiterator", "")
	dictItemIterType = py.NewType("dict_itemiterator", "")
)

// dictView is a live view of a dict's keys, values or items.
type dictView struct {
	d    *Dict
	kind int
}

// Type returns the Python type of the object.
func (v *dictView) Type() *py.Type {
	switch v.kind {
	case viewKeys:
		return dictKeysType
	case viewValues:
		return dictValuesType
	}
	return dictItemsType
}

// M__len__ implements len(self).
func (v *dictView) M__len__() (py.Object, error) { return py.Int(v.d.n), nil }

// M__iter__ implements iter(self).
func (v *dictView) M__iter__() (py.Object, error) { return newDictIter(v.d, v.kind, false), nil }

// M__reversed__ implements reversed(self).
func (v *dictView) M__reversed__() (py.Object, error) { return newDictIter(v.d, v.kind, true), nil }

// M__contains__ implements the in operator.
func (v *dictView) M__contains__(x py.Object) (py.Object, error) {
	switch v.kind {
	case viewKeys:
		return v.d.M__contains__(x)
	case viewItems:
		t, ok := x.(py.Tuple)
		if !ok || len(t) != 2 {
			return py.False, nil
		}
		val, found, err := v.d.Get(t[0])
		if err != nil || !found {
			return py.False, err
		}
		eq, err := Equal(val, t[1])
		return py.NewBool(eq), err
	}
	for _, val := range v.d.Values() {
		eq, err := Equal(val, x)
		if err != nil {
			return nil, err
		}
		if eq {
			return py.True, nil
		}
	}
	return py.False, nil
}

func (v *dictView) elems() []py.Object {
	switch v.kind {
	case viewKeys:
		return v.d.Keys()
	case viewValues:
		return v.d.Values()
	}
	items := v.d.Items()
	out := make([]py.Object, len(items))
	for i, it := range items {
		out[i] = py.Tuple{it.Key, it.Value}
	}
	return out
}

// M__repr__ implements repr(self).
func (v *dictView) M__repr__() (py.Object, error) {
	if !reprEnter(v) {
		return py.String("..."), nil
	}
	defer reprLeave(v)
	s, err := ReprString(py.NewListFromItems(v.elems()))
	if err != nil {
		return nil, err
	}
	return py.String(viewNames[v.kind] + "(" + s + ")"), nil
}

func (v *dictView) toSet() (*Set, error) {
	s := NewSet()
	for _, e := range v.elems() {
		if err := s.Add(e); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (v *dictView) binop(other py.Object, op byte, reflected bool) (py.Object, error) {
	if v.kind == viewValues {
		return py.NotImplemented, nil
	}
	if _, err := py.Iter(other); err != nil {
		return py.NotImplemented, nil
	}
	left, err := v.toSet()
	if err != nil {
		return nil, err
	}
	if reflected {
		o, err := SetFromIterable(other)
		if err != nil {
			return nil, err
		}
		return setOpAny(o, left, op)
	}
	return setOpAny(left, other, op)
}

// setOpAny applies a set operator with any iterable right operand.
func setOpAny(s *Set, other py.Object, op byte) (py.Object, error) {
	switch op {
	case '|':
		return setUnion(s, &s.t, other)
	case '&':
		return setIntersection(s, &s.t, other)
	case '-':
		return setDifference(s, &s.t, other)
	}
	return setSymDiff(s, &s.t, other)
}

// M__or__ implements the | operator.
func (v *dictView) M__or__(o py.Object) (py.Object, error) { return v.binop(o, '|', false) }

// M__and__ implements the & operator.
func (v *dictView) M__and__(o py.Object) (py.Object, error) { return v.binop(o, '&', false) }

// M__sub__ implements the - operator.
func (v *dictView) M__sub__(o py.Object) (py.Object, error) { return v.binop(o, '-', false) }

// M__xor__ implements the ^ operator.
func (v *dictView) M__xor__(o py.Object) (py.Object, error) { return v.binop(o, '^', false) }

// M__ror__ implements the reflected | operator.
func (v *dictView) M__ror__(o py.Object) (py.Object, error) { return v.binop(o, '|', true) }

// M__rand__ implements the reflected & operator.
func (v *dictView) M__rand__(o py.Object) (py.Object, error) { return v.binop(o, '&', true) }

// M__rsub__ implements the reflected - operator.
func (v *dictView) M__rsub__(o py.Object) (py.Object, error) { return v.binop(o, '-', true) }

// M__rxor__ implements the reflected ^ operator.
func (v *dictView) M__rxor__(o py.Object) (py.Object, error) { return v.binop(o, '^', true) }

func (v *dictView) compare(other py.Object, op int) (py.Object, error) {
	if v.kind == viewValues {
		if op == OpEQ || op == OpNE {
			return py.NewBool(Identical(v, other) == (op == OpEQ)), nil
		}
		return py.NotImplemented, nil
	}
	switch o := other.(type) {
	case *Set, *FrozenSet:
	case *dictView:
		if o.kind == viewValues {
			return py.NotImplemented, nil
		}
	default:
		if op == OpEQ || op == OpNE {
			return py.NewBool(op == OpNE), nil
		}
		return py.NotImplemented, nil
	}
	s, err := v.toSet()
	if err != nil {
		return nil, err
	}
	return setCompare(&s.t, other, op)
}

// M__eq__ implements ==.
func (v *dictView) M__eq__(o py.Object) (py.Object, error) { return v.compare(o, OpEQ) }

// M__ne__ implements !=.
func (v *dictView) M__ne__(o py.Object) (py.Object, error) { return v.compare(o, OpNE) }

// M__lt__ implements <.
func (v *dictView) M__lt__(o py.Object) (py.Object, error) { return v.compare(o, OpLT) }

// M__le__ implements <=.
func (v *dictView) M__le__(o py.Object) (py.Object, error) { return v.compare(o, OpLE) }

// M__gt__ implements >.
func (v *dictView) M__gt__(o py.Object) (py.Object, error) { return v.compare(o, OpGT) }

// M__ge__ implements >=.
func (v *dictView) M__ge__(o py.Object) (py.Object, error) { return v.compare(o, OpGE) }

// initViews fills in the types of views.go (called by init, in init.go).
func initViews() {
	for _, t := range []*py.Type{dictKeysType, dictItemsType} {
		t.Dict["isdisjoint"] = py.MustNewMethod("isdisjoint", func(self py.Object, arg py.Object) (py.Object, error) {
			v := self.(*dictView)
			found := false
			err := iterate(arg, func(x py.Object) error {
				r, err := v.M__contains__(x)
				if err != nil {
					return err
				}
				if r == py.True {
					found = true
					return errStop
				}
				return nil
			})
			if err != nil && err != errStop {
				return nil, err
			}
			return py.NewBool(!found), nil
		}, 0, "Return True if the view and the given iterable have a null intersection.")
	}
}

// errStop ends an iterate loop early.
var errStop = py.ExceptionNewf(py.StopIteration, "stop")

// dictIter iterates over a dict, raising RuntimeError when it changes size.
type dictIter struct {
	d         *Dict
	kind      int
	pos       int
	reverse   bool
	n         int
	mutations int
	done      bool
}

func newDictIter(d *Dict, kind int, reverse bool) *dictIter {
	it := &dictIter{d: d, kind: kind, reverse: reverse, n: d.n, mutations: d.mutations}
	if reverse {
		it.pos = len(d.ents) - 1
	}
	return it
}

// Type returns the Python type of the object.
func (it *dictIter) Type() *py.Type {
	switch it.kind {
	case viewKeys:
		return dictKeyIterType
	case viewValues:
		return dictValIterType
	}
	return dictItemIterType
}

// M__iter__ implements iter(self).
func (it *dictIter) M__iter__() (py.Object, error) { return it, nil }

// M__next__ implements next(self).
func (it *dictIter) M__next__() (py.Object, error) {
	if it.done {
		return nil, py.StopIteration
	}
	d := it.d
	if d.n != it.n {
		it.done = true
		return nil, py.ExceptionNewf(py.RuntimeError, "dictionary changed size during iteration")
	}
	if d.mutations != it.mutations {
		it.done = true
		return nil, py.ExceptionNewf(py.RuntimeError, "dictionary keys changed during iteration")
	}
	for it.pos >= 0 && it.pos < len(d.ents) {
		i := it.pos
		if it.reverse {
			it.pos--
		} else {
			it.pos++
		}
		k := d.ents[i].key
		if k == nil {
			continue
		}
		switch it.kind {
		case viewKeys:
			return k, nil
		case viewValues:
			return d.ents[i].val, nil
		}
		return py.Tuple{k, d.ents[i].val}, nil
	}
	it.done = true
	return nil, py.StopIteration
}
