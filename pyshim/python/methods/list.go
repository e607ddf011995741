package methods

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

func listSelf(name string, self py.Object, args py.Tuple) (*py.List, py.Tuple, error) {
	if l, ok := self.(*py.List); ok {
		return l, args, nil
	}
	if len(args) > 0 {
		if l, ok := args[0].(*py.List); ok {
			return l, args[1:], nil
		}
		return nil, nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'list' objects doesn't apply to a '%s' object", name, args[0].Type().Name)
	}
	return nil, nil, py.ExceptionNewf(py.TypeError, "unbound method list.%s() needs an argument", name)
}

func listMethod(name string, fn func(l *py.List, args py.Tuple) (py.Object, error)) {
	py.ListType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		l, a, err := listSelf(name, self, args)
		if err != nil {
			return nil, err
		}
		return fn(l, a)
	}, 0, name+"() as in CPython's list")
}

func eq(a, b py.Object) (bool, error) {
	if pyobj.Identical(a, b) {
		return true, nil
	}
	r, err := EqualObjects(a, b)
	if err != nil {
		return false, err
	}
	return r == py.True, nil
}

// seqIndex implements index(x[, start[, stop]]) over items.
func seqIndex(items []py.Object, args py.Tuple) (int, error) {
	start, end, err := sliceBounds(args[1:], len(items))
	if err != nil {
		return -1, err
	}
	for i := start; i < end && i < len(items); i++ {
		ok, err := eq(items[i], args[0])
		if err != nil {
			return -1, err
		}
		if ok {
			return i, nil
		}
	}
	return -1, nil
}

func seqCount(items []py.Object, x py.Object) (int, error) {
	n := 0
	for _, it := range items {
		ok, err := eq(it, x)
		if err != nil {
			return 0, err
		}
		if ok {
			n++
		}
	}
	return n, nil
}

func init() {
	listMethod("append", func(l *py.List, args py.Tuple) (py.Object, error) {
		if err := nargs("append", args, 1, 1); err != nil {
			return nil, err
		}
		l.Items = append(l.Items, args[0])
		return py.None, nil
	})
	listMethod("insert", func(l *py.List, args py.Tuple) (py.Object, error) {
		if err := nargs("insert", args, 2, 2); err != nil {
			return nil, err
		}
		i, err := argInt(args[0])
		if err != nil {
			return nil, err
		}
		n := len(l.Items)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		l.Items = append(l.Items, nil)
		copy(l.Items[i+1:], l.Items[i:])
		l.Items[i] = args[1]
		return py.None, nil
	})
	listMethod("pop", func(l *py.List, args py.Tuple) (py.Object, error) {
		if err := nargs("pop", args, 0, 1); err != nil {
			return nil, err
		}
		n := len(l.Items)
		if n == 0 {
			return nil, py.ExceptionNewf(py.IndexError, "pop from empty list")
		}
		i := n - 1
		if len(args) > 0 {
			v, err := argInt(args[0])
			if err != nil {
				return nil, err
			}
			i = v
			if i < 0 {
				i += n
			}
			if i < 0 || i >= n {
				return nil, py.ExceptionNewf(py.IndexError, "pop index out of range")
			}
		}
		v := l.Items[i]
		copy(l.Items[i:], l.Items[i+1:])
		l.Items[n-1] = nil
		l.Items = l.Items[:n-1]
		return v, nil
	})
	listMethod("index", func(l *py.List, args py.Tuple) (py.Object, error) {
		if err := nargs("index", args, 1, 3); err != nil {
			return nil, err
		}
		i, err := seqIndex(l.Items, args)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			r, err := py.ReprAsString(args[0])
			if err != nil {
				return nil, err
			}
			return nil, py.ExceptionNewf(py.ValueError, "%s is not in list", r)
		}
		return py.Int(i), nil
	})
	listMethod("count", func(l *py.List, args py.Tuple) (py.Object, error) {
		if err := nargs("count", args, 1, 1); err != nil {
			return nil, err
		}
		n, err := seqCount(l.Items, args[0])
		return py.Int(n), err
	})
	listMethod("remove", func(l *py.List, args py.Tuple) (py.Object, error) {
		if err := nargs("remove", args, 1, 1); err != nil {
			return nil, err
		}
		for i, it := range l.Items {
			ok, err := eq(it, args[0])
			if err != nil {
				return nil, err
			}
			if ok {
				l.Items = append(l.Items[:i], l.Items[i+1:]...)
				return py.None, nil
			}
		}
		return nil, py.ExceptionNewf(py.ValueError, "list.remove(x): x not in list")
	})
	listMethod("reverse", func(l *py.List, args py.Tuple) (py.Object, error) {
		if err := nargs("reverse", args, 0, 0); err != nil {
			return nil, err
		}
		for a, b := 0, len(l.Items)-1; a < b; a, b = a+1, b-1 {
			l.Items[a], l.Items[b] = l.Items[b], l.Items[a]
		}
		return py.None, nil
	})
	listMethod("copy", func(l *py.List, args py.Tuple) (py.Object, error) {
		if err := nargs("copy", args, 0, 0); err != nil {
			return nil, err
		}
		return l.Copy(), nil
	})
	listMethod("clear", func(l *py.List, args py.Tuple) (py.Object, error) {
		if err := nargs("clear", args, 0, 0); err != nil {
			return nil, err
		}
		l.Items = nil
		return py.None, nil
	})
	listMethod("extend", func(l *py.List, args py.Tuple) (py.Object, error) {
		if err := nargs("extend", args, 1, 1); err != nil {
			return nil, err
		}
		if o, ok := args[0].(*py.List); ok {
			l.Items = append(l.Items, o.Items...)
			return py.None, nil
		}
		var items []py.Object
		if err := py.Iterate(args[0], func(it py.Object) bool {
			items = append(items, it)
			return false
		}); err != nil {
			return nil, err
		}
		l.Items = append(l.Items, items...)
		return py.None, nil
	})

	tupleMethod := func(name string, fn func(t py.Tuple, args py.Tuple) (py.Object, error)) {
		py.TupleType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			t, ok := self.(py.Tuple)
			if !ok {
				if len(args) == 0 {
					return nil, py.ExceptionNewf(py.TypeError, "unbound method tuple.%s() needs an argument", name)
				}
				if t, ok = args[0].(py.Tuple); !ok {
					return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'tuple' objects doesn't apply to a '%s' object", name, args[0].Type().Name)
				}
				args = args[1:]
			}
			return fn(t, args)
		}, 0, name+"() as in CPython's tuple")
	}
	tupleMethod("index", func(t py.Tuple, args py.Tuple) (py.Object, error) {
		if err := nargs("index", args, 1, 3); err != nil {
			return nil, err
		}
		i, err := seqIndex(t, args)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "tuple.index(x): x not in tuple")
		}
		return py.Int(i), nil
	})
	tupleMethod("count", func(t py.Tuple, args py.Tuple) (py.Object, error) {
		if err := nargs("count", args, 1, 1); err != nil {
			return nil, err
		}
		n, err := seqCount(t, args[0])
		return py.Int(n), err
	})
}
