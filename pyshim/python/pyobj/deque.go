package pyobj

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// Deque is collections.deque.
type Deque struct {
	items  []py.Object
	maxlen int // -1: unbounded
	muts   int
}

// DequeType is the Python type collections.deque.
var DequeType = py.NewType("deque", "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.")

// Type returns deque.
func (d *Deque) Type() *py.Type { return DequeType }

func dequeNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var iterable, maxlen py.Object = nil, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:deque", []string{"iterable", "maxlen"}, &iterable, &maxlen); err != nil {
		return nil, err
	}
	d := &Deque{maxlen: -1}
	if maxlen != py.None {
		n, err := py.IndexInt(maxlen)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "maxlen must be non-negative")
		}
		d.maxlen = n
	}
	if iterable != nil && iterable != py.None {
		if err := d.extend(iterable, false); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func (d *Deque) push(x py.Object, left bool) {
	d.muts++
	if d.maxlen == 0 {
		return
	}
	if left {
		d.items = append([]py.Object{x}, d.items...)
		if d.maxlen >= 0 && len(d.items) > d.maxlen {
			d.items = d.items[:d.maxlen]
		}
		return
	}
	d.items = append(d.items, x)
	if d.maxlen >= 0 && len(d.items) > d.maxlen {
		d.items = append([]py.Object(nil), d.items[len(d.items)-d.maxlen:]...)
	}
}

func (d *Deque) extend(it py.Object, left bool) error {
	items, err := toSlice(it)
	if err != nil {
		return err
	}
	items = append([]py.Object(nil), items...)
	for _, x := range items {
		d.push(x, left)
	}
	return nil
}

func (d *Deque) index(key py.Object) (int, error) {
	i, err := py.IndexInt(key)
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "sequence index must be integer, not '%s'", key.Type().Name)
	}
	if i < 0 {
		i += len(d.items)
	}
	if i < 0 || i >= len(d.items) {
		return 0, py.ExceptionNewf(py.IndexError, "deque index out of range")
	}
	return i, nil
}

// initDeque fills in the types of deque.go (called by init, in init.go).
func initDeque() {
	DequeType.New = dequeNew
	m := func(name, doc string, fn func(d *Deque, args py.Tuple) (py.Object, error)) {
		DequeType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			d, ok := self.(*Deque)
			if !ok && len(args) > 0 {
				d, ok = args[0].(*Deque)
				args = args[1:]
			}
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'collections.deque' objects doesn't apply to this object", name)
			}
			return fn(d, args)
		}, 0, doc)
	}
	m("append", "Add an element to the right side of the deque.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := argCount("append", args, 1, 1); err != nil {
			return nil, err
		}
		d.push(args[0], false)
		return py.None, nil
	})
	m("appendleft", "Add an element to the left side of the deque.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := argCount("appendleft", args, 1, 1); err != nil {
			return nil, err
		}
		d.push(args[0], true)
		return py.None, nil
	})
	m("extend", "Extend the right side of the deque with elements from the iterable", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := argCount("extend", args, 1, 1); err != nil {
			return nil, err
		}
		return py.None, d.extend(args[0], false)
	})
	m("extendleft", "Extend the left side of the deque with elements from the iterable", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := argCount("extendleft", args, 1, 1); err != nil {
			return nil, err
		}
		return py.None, d.extend(args[0], true)
	})
	m("pop", "Remove and return the rightmost element.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := argCount("pop", args, 0, 0); err != nil {
			return nil, err
		}
		if len(d.items) == 0 {
			return nil, py.ExceptionNewf(py.IndexError, "pop from an empty deque")
		}
		x := d.items[len(d.items)-1]
		d.items = d.items[:len(d.items)-1]
		d.muts++
		return x, nil
	})
	m("popleft", "Remove and return the leftmost element.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := argCount("popleft", args, 0, 0); err != nil {
			return nil, err
		}
		if len(d.items) == 0 {
			return nil, py.ExceptionNewf(py.IndexError, "pop from an empty deque")
		}
		x := d.items[0]
		d.items = d.items[1:]
		d.muts++
		return x, nil
	})
	m("rotate", "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := argCount("rotate", args, 0, 1); err != nil {
			return nil, err
		}
		n := 1
		if len(args) == 1 {
			var err error
			if n, err = py.IndexInt(args[0]); err != nil {
				return nil, err
			}
		}
		l := len(d.items)
		if l > 1 {
			n %= l
			if n < 0 {
				n += l
			}
			d.items = append(append([]py.Object(nil), d.items[l-n:]...), d.items[:l-n]...)
		}
		d.muts++
		return py.None, nil
	})
	m("clear", "Remove all elements from the deque.", func(d *Deque, args py.Tuple) (py.Object, error) {
		d.items = nil
		d.muts++
		return py.None, nil
	})
	m("copy", "Return a shallow copy of a deque.", func(d *Deque, args py.Tuple) (py.Object, error) {
		return &Deque{items: append([]py.Object(nil), d.items...), maxlen: d.maxlen}, nil
	})
	m("count", "Return number of occurrences of value.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := argCount("count", args, 1, 1); err != nil {
			return nil, err
		}
		c := 0
		for _, x := range d.items {
			eq, err := Equal(x, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				c++
			}
		}
		return py.Int(c), nil
	})
	m("index", "Return first index of value.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := argCount("index", args, 1, 3); err != nil {
			return nil, err
		}
		for i, x := range d.items {
			eq, err := Equal(x, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				return py.Int(i), nil
			}
		}
		s, _ := ReprString(args[0])
		return nil, py.ExceptionNewf(py.ValueError, "%s is not in deque", s)
	})
	m("remove", "Remove first occurrence of value.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := argCount("remove", args, 1, 1); err != nil {
			return nil, err
		}
		for i, x := range d.items {
			eq, err := Equal(x, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				d.items = append(d.items[:i:i], d.items[i+1:]...)
				d.muts++
				return py.None, nil
			}
		}
		return nil, py.ExceptionNewf(py.ValueError, "deque.remove(x): x not in deque")
	})
	m("reverse", "Reverse *IN PLACE*.", func(d *Deque, args py.Tuple) (py.Object, error) {
		for i, j := 0, len(d.items)-1; i < j; i, j = i+1, j-1 {
			d.items[i], d.items[j] = d.items[j], d.items[i]
		}
		return py.None, nil
	})
	m("insert", "Insert value before index.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := argCount("insert", args, 2, 2); err != nil {
			return nil, err
		}
		if d.maxlen >= 0 && len(d.items) >= d.maxlen {
			return nil, py.ExceptionNewf(py.IndexError, "deque already at its maximum size")
		}
		i, err := py.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		l := len(d.items)
		if i < 0 {
			i += l
			if i < 0 {
				i = 0
			}
		}
		if i > l {
			i = l
		}
		d.items = append(d.items[:i], append([]py.Object{args[1]}, d.items[i:]...)...)
		d.muts++
		return py.None, nil
	})
	DequeType.Dict["maxlen"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		d := self.(*Deque)
		if d.maxlen < 0 {
			return py.None, nil
		}
		return py.Int(d.maxlen), nil
	}}
}

// M__len__ returns the number of items.
func (d *Deque) M__len__() (py.Object, error) { return py.Int(len(d.items)), nil }

// M__bool__ reports whether the deque is non-empty.
func (d *Deque) M__bool__() (py.Object, error) { return py.NewBool(len(d.items) > 0), nil }

// M__iter__ iterates over a snapshot of the items.
func (d *Deque) M__iter__() (py.Object, error) {
	return py.NewIterator(append(py.Tuple(nil), d.items...)), nil
}

// M__reversed__ iterates from the right.
func (d *Deque) M__reversed__() (py.Object, error) {
	t := make(py.Tuple, len(d.items))
	for i, x := range d.items {
		t[len(t)-1-i] = x
	}
	return py.NewIterator(t), nil
}

// M__getitem__ returns d[i].
func (d *Deque) M__getitem__(key py.Object) (py.Object, error) {
	i, err := d.index(key)
	if err != nil {
		return nil, err
	}
	return d.items[i], nil
}

// M__setitem__ sets d[i].
func (d *Deque) M__setitem__(key, value py.Object) (py.Object, error) {
	i, err := d.index(key)
	if err != nil {
		return nil, err
	}
	d.items[i] = value
	return py.None, nil
}

// M__delitem__ deletes d[i].
func (d *Deque) M__delitem__(key py.Object) (py.Object, error) {
	i, err := d.index(key)
	if err != nil {
		return nil, err
	}
	d.items = append(d.items[:i:i], d.items[i+1:]...)
	d.muts++
	return py.None, nil
}

// M__contains__ implements `x in d`.
func (d *Deque) M__contains__(x py.Object) (py.Object, error) {
	for _, it := range d.items {
		eq, err := Equal(it, x)
		if err != nil {
			return nil, err
		}
		if eq {
			return py.True, nil
		}
	}
	return py.False, nil
}

// M__repr__ returns deque([...]) or deque([...], maxlen=N).
func (d *Deque) M__repr__() (py.Object, error) {
	if !reprEnter(d) {
		return py.String("[...]"), nil
	}
	defer reprLeave(d)
	var sb strings.Builder
	sb.WriteString("deque(")
	s, err := ReprString(py.NewListFromItems(d.items))
	if err != nil {
		return nil, err
	}
	sb.WriteString(s)
	if d.maxlen >= 0 {
		sb.WriteString(", maxlen=")
		sb.WriteString(strconv.Itoa(d.maxlen))
	}
	sb.WriteByte(')')
	return py.String(sb.String()), nil
}

// M__str__ is repr.
func (d *Deque) M__str__() (py.Object, error) { return d.M__repr__() }

// M__eq__ compares with another deque.
func (d *Deque) M__eq__(o py.Object) (py.Object, error) {
	e, ok := o.(*Deque)
	if !ok {
		return py.NotImplemented, nil
	}
	eq, err := seqEqual(d.items, e.items)
	return py.NewBool(eq), err
}

// M__ne__ is the negation of M__eq__.
func (d *Deque) M__ne__(o py.Object) (py.Object, error) {
	r, err := d.M__eq__(o)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	return py.NewBool(r == py.False), nil
}

// M__iadd__ extends the deque.
func (d *Deque) M__iadd__(o py.Object) (py.Object, error) { return d, d.extend(o, false) }
