package pyobj

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// The dict subtypes of the collections module.
var (
	OrderedDictType = newSubtype(DictType, "OrderedDict", "Dictionary that remembers insertion order", false)
	DefaultDictType = newSubtype(DictType, "defaultdict", "defaultdict(default_factory=None, /, [...]) --> dict with default factory", false)
	CounterType     = newSubtype(DictType, "Counter", "Dict subclass for counting hashable items.", false)
)

func typedDictMethod(t *py.Type, name, doc string, fn func(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	t.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		d, args, err := asDict(self, args, name)
		if err != nil {
			return nil, err
		}
		return fn(d, args, kwargs)
	}, 0, doc)
}

// initCollections fills in the types of collections.go (called by init, in init.go).
func initCollections() {
	OrderedDictType.New = dictNew
	OrderedDictType.Init = dictInitFn
	DefaultDictType.New = dictNew
	DefaultDictType.Init = defaultDictInit
	CounterType.New = dictNew
	CounterType.Init = counterInit

	// OrderedDict
	typedDictMethod(OrderedDictType, "move_to_end", "Move an existing element to the end (or beginning if last is false).", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var key py.Object
		var last py.Object = py.True
		if err := py.ParseTupleAndKeywords(args, kw, "O|O:move_to_end", []string{"key", "last"}, &key, &last); err != nil {
			return nil, err
		}
		i, _, err := d.lookup(key)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, keyError(key)
		}
		k, v := d.ents[i].key, d.ents[i].val
		d.removeAt(i)
		atEnd, err := truth(last)
		if err != nil {
			return nil, err
		}
		if atEnd {
			return py.None, d.SetItem(k, v)
		}
		rest := d.Items()
		d.Clear()
		if err := d.SetItem(k, v); err != nil {
			return nil, err
		}
		for _, it := range rest {
			if err := d.SetItem(it.Key, it.Value); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	typedDictMethod(OrderedDictType, "popitem", "Remove and return a (key, value) pair from the dictionary.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var last py.Object = py.True
		if err := py.ParseTupleAndKeywords(args, kw, "|O:popitem", []string{"last"}, &last); err != nil {
			return nil, err
		}
		l, err := truth(last)
		if err != nil {
			return nil, err
		}
		return d.popItem(l)
	})

	// defaultdict
	DefaultDictType.Dict["default_factory"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			d := self.(*Dict)
			if d.Factory == nil {
				return py.None, nil
			}
			return d.Factory, nil
		},
		Fset: func(self, value py.Object) error {
			self.(*Dict).Factory = value
			return nil
		},
	}
	typedDictMethod(DefaultDictType, "__missing__", "__missing__(key) # Called by __getitem__ for missing key", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("__missing__", args, 1, 1); err != nil {
			return nil, err
		}
		if d.Factory == nil || d.Factory == py.None {
			return nil, keyError(args[0])
		}
		v, err := py.Call(d.Factory, nil, nil)
		if err != nil {
			return nil, err
		}
		return v, d.SetItem(args[0], v)
	})

	// Counter
	typedDictMethod(CounterType, "__missing__", "The count of elements not in the Counter is zero.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.Int(0), nil
	})
	typedDictMethod(CounterType, "update", "Like dict.update() but add counts instead of replacing them.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.None, counterUpdate(d, args, kw, py.Add)
	})
	typedDictMethod(CounterType, "subtract", "Like dict.update() but subtracts counts instead of replacing them.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.None, counterUpdate(d, args, kw, py.Sub)
	})
	typedDictMethod(CounterType, "most_common", "List the n most common elements and their counts from the most common to the least.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var n py.Object = py.None
		if err := py.ParseTupleAndKeywords(args, kw, "|O:most_common", []string{"n"}, &n); err != nil {
			return nil, err
		}
		items, err := counterSorted(d)
		if err != nil {
			return nil, err
		}
		if n != py.None {
			k, err := py.IndexInt(n)
			if err != nil {
				return nil, err
			}
			if k < 0 {
				k = 0
			}
			if k < len(items) {
				items = items[:k]
			}
		}
		out := make([]py.Object, len(items))
		for i, it := range items {
			out[i] = py.Tuple{it.Key, it.Value}
		}
		return py.NewListFromItems(out), nil
	})
	typedDictMethod(CounterType, "elements", "Iterator over elements repeating each as many times as its count.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var out []py.Object
		for _, it := range d.Items() {
			n, err := py.IndexInt(it.Value)
			if err != nil {
				return nil, err
			}
			for j := 0; j < n; j++ {
				out = append(out, it.Key)
			}
		}
		return py.NewIterator(py.Tuple(out)), nil
	})
	typedDictMethod(CounterType, "total", "Sum of the counts", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var sum py.Object = py.Int(0)
		for _, v := range d.Values() {
			var err error
			if sum, err = py.Add(sum, v); err != nil {
				return nil, err
			}
		}
		return sum, nil
	})
	CounterType.Dict["fromkeys"] = py.MustNewMethod("fromkeys", func(self py.Object, args py.Tuple) (py.Object, error) {
		return nil, py.ExceptionNewf(py.NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
	}, 0, "")

	dictReprHook = collectionsRepr
}

func collectionsRepr(d *Dict, sb *strings.Builder) func() (py.Object, error) {
	switch d.typ {
	case OrderedDictType:
		return func() (py.Object, error) {
			if d.n == 0 {
				return py.String("OrderedDict()"), nil
			}
			items := d.Items()
			l := make([]py.Object, len(items))
			for i, it := range items {
				l[i] = py.Tuple{it.Key, it.Value}
			}
			s, err := ReprString(py.NewListFromItems(l))
			return py.String("OrderedDict(" + s + ")"), err
		}
	case DefaultDictType:
		return func() (py.Object, error) {
			var f py.Object = py.None
			if d.Factory != nil {
				f = d.Factory
			}
			fs, err := ReprString(f)
			if err != nil {
				return nil, err
			}
			sb.WriteString("defaultdict(" + fs + ", ")
			if err := d.reprBody(sb); err != nil {
				return nil, err
			}
			sb.WriteByte(')')
			return py.String(sb.String()), nil
		}
	case CounterType:
		return func() (py.Object, error) {
			if d.n == 0 {
				return py.String("Counter()"), nil
			}
			items, err := counterSorted(d)
			if err != nil {
				items = d.Items()
			}
			tmp := NewDict()
			for _, it := range items {
				tmp.insertNew(it.Key, it.Value, 0)
			}
			sb.WriteString("Counter(")
			if err := tmp.reprBody(sb); err != nil {
				return nil, err
			}
			sb.WriteByte(')')
			return py.String(sb.String()), nil
		}
	}
	return nil
}

func defaultDictInit(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	d, ok := self.(*Dict)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a 'collections.defaultdict' object")
	}
	if len(args) > 0 {
		f := args[0]
		if f != py.None && !isCallable(f) {
			return py.ExceptionNewf(py.TypeError, "first argument must be callable or None")
		}
		d.Factory = f
		args = args[1:]
	}
	return dictInit(d, "defaultdict", args, kwargs)
}

func isCallable(o py.Object) bool {
	switch o.(type) {
	case *py.Type, *py.Function, *py.Method, *py.BoundMethod:
		return true
	}
	if _, ok := o.(py.I__call__); ok {
		return true
	}
	return o.Type().Lookup("__call__") != nil
}

func counterInit(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	d, ok := self.(*Dict)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a 'Counter' object")
	}
	return counterUpdate(d, args, kwargs, py.Add)
}

func counterGet(d *Dict, k py.Object) (py.Object, error) {
	v, ok, err := d.Get(k)
	if err != nil {
		return nil, err
	}
	if !ok {
		return py.Int(0), nil
	}
	return v, nil
}

func counterUpdate(d *Dict, args py.Tuple, kwargs py.StringDict, op func(a, b py.Object) (py.Object, error)) error {
	if len(args) > 1 {
		return py.ExceptionNewf(py.TypeError, "expected at most 1 arguments, got %d", len(args))
	}
	add := func(k, n py.Object) error {
		cur, err := counterGet(d, k)
		if err != nil {
			return err
		}
		v, err := op(cur, n)
		if err != nil {
			return err
		}
		return d.SetItem(k, v)
	}
	if len(args) == 1 && args[0] != py.None {
		src := args[0]
		var m *Dict
		switch v := src.(type) {
		case *Dict:
			m = v
		case py.StringDict:
			m = DictFromStringDict(v)
		}
		if m != nil {
			for _, it := range m.Items() {
				if err := add(it.Key, it.Value); err != nil {
					return err
				}
			}
		} else if err := iterate(src, func(k py.Object) error { return add(k, py.Int(1)) }); err != nil {
			return err
		}
	}
	for _, k := range sortedKeys(kwargs) {
		if err := add(py.String(k), kwargs[k]); err != nil {
			return err
		}
	}
	return nil
}

// counterSorted returns the items by decreasing count, ties in insertion
// order (most_common's order).
func counterSorted(d *Dict) ([]Item, error) {
	items := d.Items()
	vals := make([]py.Object, len(items))
	for i, it := range items {
		vals[i] = it.Value
	}
	idx := make([]py.Object, len(items))
	for i := range idx {
		idx[i] = py.Int(i)
	}
	keyFn := py.MustNewMethod("key", func(self py.Object, arg py.Object) (py.Object, error) {
		return vals[int(arg.(py.Int))], nil
	}, 0, "")
	if err := SortList(idx, keyFn, true); err != nil {
		return nil, err
	}
	out := make([]Item, len(items))
	for i, x := range idx {
		out[i] = items[int(x.(py.Int))]
	}
	return out, nil
}

func isPositive(v py.Object) (bool, error) {
	r, err := RichCompare(v, py.Int(0), OpGT)
	if err != nil {
		return false, err
	}
	return truth(r)
}

// counterBinop implements Counter's + - | & operators.
func counterBinop(a, b *Dict, op byte) (py.Object, error) {
	res := newDictOfType(CounterType)
	for _, it := range a.Items() {
		other, err := counterGet(b, it.Key)
		if err != nil {
			return nil, err
		}
		var nv py.Object
		switch op {
		case '+':
			nv, err = py.Add(it.Value, other)
		case '-':
			nv, err = py.Sub(it.Value, other)
		case '|', '&':
			lt, e := Less(it.Value, other)
			if e != nil {
				return nil, e
			}
			if (op == '|') == lt {
				nv = other
			} else {
				nv = it.Value
			}
		}
		if err != nil {
			return nil, err
		}
		pos, err := isPositive(nv)
		if err != nil {
			return nil, err
		}
		if pos {
			if err := res.SetItem(it.Key, nv); err != nil {
				return nil, err
			}
		}
	}
	if op == '&' {
		return res, nil
	}
	for _, it := range b.Items() {
		_, in, err := a.Get(it.Key)
		if err != nil {
			return nil, err
		}
		if in {
			continue
		}
		v := it.Value
		if op == '-' {
			neg, err := RichCompare(v, py.Int(0), OpLT)
			if err != nil {
				return nil, err
			}
			if neg != py.True {
				continue
			}
			if v, err = py.Sub(py.Int(0), v); err != nil {
				return nil, err
			}
		} else {
			pos, err := isPositive(v)
			if err != nil {
				return nil, err
			}
			if !pos {
				continue
			}
		}
		if err := res.SetItem(it.Key, v); err != nil {
			return nil, err
		}
	}
	return res, nil
}

func (d *Dict) counterOp(other py.Object, op byte) (py.Object, error) {
	o, ok := other.(*Dict)
	if d.typ != CounterType || !ok || o.typ != CounterType {
		return py.NotImplemented, nil
	}
	return counterBinop(d, o, op)
}

// M__add__ implements Counter + Counter.
func (d *Dict) M__add__(other py.Object) (py.Object, error) { return d.counterOp(other, '+') }

// M__sub__ implements Counter - Counter.
func (d *Dict) M__sub__(other py.Object) (py.Object, error) { return d.counterOp(other, '-') }

// M__and__ implements Counter & Counter.
func (d *Dict) M__and__(other py.Object) (py.Object, error) { return d.counterOp(other, '&') }

// M__pos__ implements +Counter (drop non-positive counts).
func (d *Dict) M__pos__() (py.Object, error) {
	if d.typ != CounterType {
		return nil, py.ExceptionNewf(py.TypeError, "bad operand type for unary +: '%s'", d.Type().Name)
	}
	return counterBinop(d, newDictOfType(CounterType), '+')
}

// M__neg__ implements -Counter.
func (d *Dict) M__neg__() (py.Object, error) {
	if d.typ != CounterType {
		return nil, py.ExceptionNewf(py.TypeError, "bad operand type for unary -: '%s'", d.Type().Name)
	}
	return counterBinop(newDictOfType(CounterType), d, '-')
}
