package methods

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// mapping builds a dict with arbitrary keys. It uses the context's dict
// type when the object-model layer provides one with __setitem__, else a
// small ordered table of its own (transTable).
type mapping struct {
	obj py.Object
}

// transTable is an insertion-ordered map keyed by int or str, used for
// str.maketrans results. It prints like a dict.
type transTable struct {
	keys []py.Object
	vals map[py.Object]py.Object
}

var transTableType = py.NewType("dict", "translation table")

// Type returns the table's type (named dict).
func (t *transTable) Type() *py.Type { return transTableType }

// M__getitem__ looks a key up, raising KeyError.
func (t *transTable) M__getitem__(k py.Object) (py.Object, error) {
	if v, ok := t.vals[k]; ok {
		return v, nil
	}
	return nil, keyError(k)
}

// M__setitem__ stores a value.
func (t *transTable) M__setitem__(k, v py.Object) (py.Object, error) {
	if _, ok := t.vals[k]; !ok {
		t.keys = append(t.keys, k)
	}
	t.vals[k] = v
	return py.None, nil
}

// M__len__ returns the number of entries.
func (t *transTable) M__len__() (py.Object, error) { return py.Int(len(t.keys)), nil }

// M__contains__ tests a key.
func (t *transTable) M__contains__(k py.Object) (py.Object, error) {
	_, ok := t.vals[k]
	return py.NewBool(ok), nil
}

// M__iter__ iterates the keys.
func (t *transTable) M__iter__() (py.Object, error) {
	return py.NewIterator(py.Tuple(append([]py.Object{}, t.keys...))), nil
}

// M__repr__ prints as a dict.
func (t *transTable) M__repr__() (py.Object, error) {
	parts := make([]string, len(t.keys))
	for i, k := range t.keys {
		ks, err := py.ReprAsString(k)
		if err != nil {
			return nil, err
		}
		vs, err := py.ReprAsString(t.vals[k])
		if err != nil {
			return nil, err
		}
		parts[i] = ks + ": " + vs
	}
	return py.String("{" + strings.Join(parts, ", ") + "}"), nil
}

// M__eq__ compares with another table.
func (t *transTable) M__eq__(o py.Object) (py.Object, error) {
	u, ok := o.(*transTable)
	if !ok {
		return py.NotImplemented, nil
	}
	if len(u.keys) != len(t.keys) {
		return py.False, nil
	}
	for k, v := range t.vals {
		w, ok := u.vals[k]
		if !ok {
			return py.False, nil
		}
		eq, err := py.Eq(v, w)
		if err != nil || eq != py.True {
			return py.False, err
		}
	}
	return py.True, nil
}

func init() {
	transTableType.Dict["get"] = py.MustNewMethod("get", func(self py.Object, args py.Tuple) (py.Object, error) {
		t := self.(*transTable)
		if len(args) < 1 {
			return nil, py.ExceptionNewf(py.TypeError, "get expected at least 1 argument, got 0")
		}
		if v, ok := t.vals[args[0]]; ok {
			return v, nil
		}
		if len(args) > 1 {
			return args[1], nil
		}
		return py.None, nil
	}, 0, "get(key[, default])")
	transTableType.Dict["items"] = py.MustNewMethod("items", func(self py.Object) (py.Object, error) {
		t := self.(*transTable)
		l := py.NewList()
		for _, k := range t.keys {
			l.Append(py.Tuple{k, t.vals[k]})
		}
		return l, nil
	}, 0, "items()")
}

func newMapping() *mapping {
	return &mapping{obj: &transTable{vals: map[py.Object]py.Object{}}}
}

func (m *mapping) set(k, v py.Object) error {
	_, err := py.SetItem(m.obj, k, v)
	return err
}

// mappingItems returns the (key, value) pairs of a mapping object.
func mappingItems(o py.Object) ([][2]py.Object, error) {
	switch x := o.(type) {
	case py.StringDict:
		var out [][2]py.Object
		for k, v := range x {
			out = append(out, [2]py.Object{py.String(k), v})
		}
		return out, nil
	case *transTable:
		var out [][2]py.Object
		for _, k := range x.keys {
			out = append(out, [2]py.Object{k, x.vals[k]})
		}
		return out, nil
	}
	items, err := callMethod(o, "items")
	if err != nil {
		return nil, err
	}
	var out [][2]py.Object
	var ierr error
	err = py.Iterate(items, func(it py.Object) bool {
		t, err := py.SequenceTuple(it)
		if err != nil || len(t) != 2 {
			ierr = py.ExceptionNewf(py.TypeError, "items() must yield pairs")
			return true
		}
		out = append(out, [2]py.Object{t[0], t[1]})
		return false
	})
	if err != nil {
		return nil, err
	}
	return out, ierr
}
