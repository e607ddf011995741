package classes

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// isIntType reports whether t is int for isinstance purposes (gpython
// has separate Go types for small and big ints, and bool is an int).
func isIntLike(t *py.Type) bool {
	return t == py.IntType || t == py.BigIntType || t == py.BoolType
}

// unionArgs is a PEP 604 union (sysmods.UnionType): isinstance and
// issubclass test its members.
type unionArgs interface{ UnionArgs() py.Tuple }

// IsInstance is isinstance(obj, cls) where cls may be a tuple of classes.
func IsInstance(obj, cls py.Object) (bool, error) {
	switch c := cls.(type) {
	case unionArgs:
		return IsInstance(obj, c.UnionArgs())
	case py.Tuple:
		for _, x := range c {
			ok, err := IsInstance(obj, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *py.Type:
		if c == py.TypeType {
			_, ok := obj.(*py.Type)
			return ok, nil
		}
		meta := c.Type()
		if meta != nil && meta != py.TypeType && isHeap(meta) {
			if f := special(meta, "__instancecheck__"); f != nil {
				r, err := callMeth(f, c, obj)
				if err != nil {
					return false, err
				}
				b, err := py.MakeBool(r)
				return b == py.True, err
			}
		}
		t := typeOf(obj)
		if c == py.IntType && isIntLike(t) {
			return true, nil
		}
		if isSubtype(t, c) || pyobj.ABCRegistered(c, t, isSubtype) {
			return true, nil
		}
		if r, ok := pyobj.ABCInstanceCheck(c, obj); ok {
			return r, nil
		}
		return false, nil
	}
	if f, ok := cls.(py.I__instancecheck__); ok {
		r, err := f.M__instancecheck__(obj)
		if err != nil {
			return false, err
		}
		return r == py.True, nil
	}
	return false, pyErr(py.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

// IsSubclass is issubclass(sub, cls) where cls may be a tuple of classes.
func IsSubclass(sub, cls py.Object) (bool, error) {
	st, ok := sub.(*py.Type)
	if !ok {
		return false, pyErr(py.TypeError, "issubclass() arg 1 must be a class")
	}
	switch c := cls.(type) {
	case unionArgs:
		return IsSubclass(sub, c.UnionArgs())
	case py.Tuple:
		for _, x := range c {
			ok, err := IsSubclass(sub, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *py.Type:
		meta := c.Type()
		if meta != nil && meta != py.TypeType && isHeap(meta) {
			if f := special(meta, "__subclasscheck__"); f != nil {
				r, err := callMeth(f, c, sub)
				if err != nil {
					return false, err
				}
				b, err := py.MakeBool(r)
				return b == py.True, err
			}
		}
		if c == py.IntType && isIntLike(st) {
			return true, nil
		}
		if c == py.TypeType {
			return isSubtype(metaOf(st), py.TypeType) && isSubtype(st, py.TypeType), nil
		}
		return isSubtype(st, c) || pyobj.ABCRegistered(c, st, isSubtype), nil
	}
	return false, pyErr(py.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

// Callable is callable(o).
func Callable(o py.Object) bool {
	switch x := o.(type) {
	case *Instance:
		f := special(x.cls, "__call__")
		return f != nil && f != py.None
	case *py.Type, *py.Function, *py.Method, *py.BoundMethod:
		return true
	case *py.Exception:
		return false
	case py.I__call__:
		return true
	}
	return false
}

// Reversed is reversed(seq).
func Reversed(seq py.Object) (py.Object, error) {
	switch x := seq.(type) {
	case *Instance:
		if r, ok, err := x.call("__reversed__"); ok {
			return r, err
		}
		if special(x.cls, "__len__") == nil || special(x.cls, "__getitem__") == nil {
			if x.Base != nil {
				return Reversed(x.Base)
			}
			return nil, pyErr(py.TypeError, "'%s' object is not reversible", x.cls.Name)
		}
	case py.String:
		runes := []rune(string(x))
		items := make(py.Tuple, len(runes))
		for i, r := range runes {
			items[len(runes)-1-i] = py.String(string(r))
		}
		return py.NewIterator(items), nil
	case py.Tuple:
		items := make(py.Tuple, len(x))
		for i, it := range x {
			items[len(x)-1-i] = it
		}
		return py.NewIterator(items), nil
	case py.I__reversed__:
		return x.M__reversed__()
	case py.StringDict:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		items := make(py.Tuple, len(keys))
		for i, k := range keys {
			items[len(keys)-1-i] = py.String(k)
		}
		return py.NewIterator(items), nil
	}
	_, hasLen := seq.(py.I__len__)
	_, hasItem := seq.(py.I__getitem__)
	if !hasLen || !hasItem {
		return nil, pyErr(py.TypeError, "'%s' object is not reversible", seq.Type().Name)
	}
	n, err := py.Len(seq)
	if err != nil {
		return nil, err
	}
	ni, err := py.MakeGoInt(n)
	if err != nil {
		return nil, err
	}
	return &revIter{seq: seq, i: ni - 1}, nil
}

var revIterType = py.NewType("reversed", "reversed(sequence) -> reverse iterator over values of the sequence")

type revIter struct {
	seq py.Object
	i   int
}

func (r *revIter) Type() *py.Type                { return revIterType }
func (r *revIter) M__iter__() (py.Object, error) { return r, nil }
func (r *revIter) M__next__() (py.Object, error) {
	if r.i < 0 {
		return nil, py.StopIteration
	}
	v, err := py.GetItem(r.seq, py.Int(r.i))
	r.i--
	if err != nil {
		if py.IsException(py.IndexError, err) || isStopIteration(err) {
			r.i = -1
			return nil, py.StopIteration
		}
		return nil, err
	}
	return v, nil
}

var callIterType = py.NewType("callable_iterator", "callable_iterator")

type callIter struct {
	fn, sentinel py.Object
	done         bool
}

func (c *callIter) Type() *py.Type                { return callIterType }
func (c *callIter) M__iter__() (py.Object, error) { return c, nil }
func (c *callIter) M__next__() (py.Object, error) {
	if c.done {
		return nil, py.StopIteration
	}
	v, err := py.Call(c.fn, nil, nil)
	if err != nil {
		if isStopIteration(err) {
			c.done = true
			return nil, py.StopIteration
		}
		return nil, err
	}
	eq, err := py.Eq(v, c.sentinel)
	if err != nil {
		return nil, err
	}
	if eq == py.True {
		c.done = true
		return nil, py.StopIteration
	}
	return v, nil
}

// Next is next(it): StopIteration in any form becomes py.StopIteration.
func Next(it py.Object) (py.Object, error) {
	if _, ok := it.(py.I__next__); !ok {
		if i, ok := it.(*Instance); !ok || special(i.cls, "__next__") == nil {
			if _, isType := it.(*py.Type); !isType {
				return nil, pyErr(py.TypeError, "'%s' object is not an iterator", it.Type().Name)
			}
		}
	}
	return py.Next(it)
}

// iterate calls fn for every item of o, propagating errors; StopIteration
// of any form ends the iteration.
func iterate(o py.Object, fn func(py.Object) error) error {
	switch x := o.(type) {
	case py.Tuple:
		for _, it := range x {
			if err := fn(it); err != nil {
				return err
			}
		}
		return nil
	case *py.List:
		for i := 0; i < len(x.Items); i++ {
			if err := fn(x.Items[i]); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := py.Iter(o)
	if err != nil {
		return err
	}
	for {
		v, err := py.Next(it)
		if err != nil {
			if isStopIteration(err) {
				return nil
			}
			return err
		}
		if err := fn(v); err != nil {
			return err
		}
	}
}

func toList(o py.Object) ([]py.Object, error) {
	var out []py.Object
	err := iterate(o, func(v py.Object) error {
		out = append(out, v)
		return nil
	})
	return out, err
}

// Sorted is sorted(iterable, key=key, reverse=reverse).
func Sorted(iterable, key py.Object, reverse bool) (*py.List, error) {
	items, err := toList(iterable)
	if err != nil {
		return nil, err
	}
	if err := sortItems(items, key, reverse); err != nil {
		return nil, err
	}
	return py.NewListFromItems(items), nil
}

func sortItems(items []py.Object, key py.Object, reverse bool) error {
	keys := items
	if key != nil && key != py.None {
		keys = make([]py.Object, len(items))
		for i, it := range items {
			k, err := py.Call(key, py.Tuple{it}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	n := len(items)
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	// reverse=True keeps equal elements in order as CPython does:
	// reverse, stable sort, reverse.
	if reverse {
		reverseInts(idx)
	}
	if err := sortAsc(idx, keys); err != nil {
		return err
	}
	if reverse {
		reverseInts(idx)
	}
	out := make([]py.Object, n)
	for i, k := range idx {
		out[i] = items[k]
	}
	copy(items, out)
	return nil
}

func reverseInts(a []int) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}

// sortAsc sorts idx ascending by keys, stably, comparing with "<" only.
func sortAsc(idx []int, keys []py.Object) error {
	var serr error
	sort.SliceStable(idx, func(a, b int) bool {
		if serr != nil {
			return false
		}
		r, err := pyobj.Compare(keys[idx[a]], keys[idx[b]], pyobj.OpLT)
		if err != nil {
			serr = err
			return false
		}
		return r == py.True
	})
	return serr
}

// MinMax is min()/max().
func MinMax(name string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var key, def py.Object
	for k, v := range kwargs {
		switch k {
		case "key":
			key = v
		case "default":
			def = v
		default:
			return nil, pyErr(py.TypeError, "%s() got an unexpected keyword argument '%s'", name, k)
		}
	}
	if key == py.None {
		key = nil
	}
	var items []py.Object
	switch len(args) {
	case 0:
		return nil, pyErr(py.TypeError, "%s expected at least 1 argument, got 0", name)
	case 1:
		var err error
		items, err = toList(args[0])
		if err != nil {
			return nil, err
		}
	default:
		if def != nil {
			return nil, pyErr(py.TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		items = args
	}
	if len(items) == 0 {
		if def != nil {
			return def, nil
		}
		return nil, pyErr(py.ValueError, "%s() arg is an empty sequence", name)
	}
	best := items[0]
	bestKey := best
	if key != nil {
		k, err := py.Call(key, py.Tuple{best}, nil)
		if err != nil {
			return nil, err
		}
		bestKey = k
	}
	for _, it := range items[1:] {
		k := it
		if key != nil {
			var err error
			k, err = py.Call(key, py.Tuple{it}, nil)
			if err != nil {
				return nil, err
			}
		}
		var r py.Object
		var err error
		if name == "max" {
			r, err = pyobj.Compare(k, bestKey, pyobj.OpGT)
		} else {
			r, err = pyobj.Compare(k, bestKey, pyobj.OpLT)
		}
		if err != nil {
			return nil, err
		}
		if r == py.True {
			best, bestKey = it, k
		}
	}
	return best, nil
}

// Round is round(x, ndigits).
func Round(x, nd py.Object) (py.Object, error) {
	if nd == nil {
		nd = py.None
	}
	switch v := x.(type) {
	case *Instance:
		return v.M__round__(nd)
	case py.Bool:
		if v {
			x = py.Int(1)
		} else {
			x = py.Int(0)
		}
		return Round(x, nd)
	case py.Int:
		if nd == py.None {
			return v, nil
		}
		n, err := py.MakeGoInt(nd)
		if err != nil {
			return nil, err
		}
		if n >= 0 {
			return v, nil
		}
		b := big.NewInt(int64(v))
		r := roundBigInt(b, -n)
		if r.IsInt64() {
			return py.Int(r.Int64()), nil
		}
		return (*py.BigInt)(r), nil
	case *py.BigInt:
		if nd == py.None {
			return v, nil
		}
		n, err := py.MakeGoInt(nd)
		if err != nil {
			return nil, err
		}
		if n >= 0 {
			return v, nil
		}
		return (*py.BigInt)(roundBigInt((*big.Int)(v), -n)), nil
	case py.Float:
		f := float64(v)
		if nd == py.None {
			if math.IsInf(f, 0) {
				return nil, pyErr(py.OverflowError, "cannot convert float infinity to integer")
			}
			if math.IsNaN(f) {
				return nil, pyErr(py.ValueError, "cannot convert float NaN to integer")
			}
			r := math.RoundToEven(f)
			if math.Abs(r) < 9e18 {
				return py.Int(int64(r)), nil
			}
			bf := new(big.Float).SetFloat64(r)
			bi, _ := bf.Int(nil)
			return (*py.BigInt)(bi), nil
		}
		n, err := py.MakeGoInt(nd)
		if err != nil {
			return nil, err
		}
		if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
			return v, nil
		}
		if n >= 0 {
			if n > 330 {
				return v, nil
			}
			s := strconv.FormatFloat(f, 'f', n, 64)
			r, _ := strconv.ParseFloat(s, 64)
			if r == 0 {
				r = math.Copysign(0, f)
			}
			return py.Float(r), nil
		}
		if -n > 308 {
			return py.Float(math.Copysign(0, f)), nil
		}
		p := math.Pow(10, float64(-n))
		r := math.RoundToEven(f/p) * p
		if r == 0 {
			r = math.Copysign(0, f)
		}
		return py.Float(r), nil
	case py.I__round__:
		return v.M__round__(nd)
	}
	return nil, pyErr(py.TypeError, "type %s doesn't define __round__ method", x.Type().Name)
}

func roundBigInt(b *big.Int, digits int) *big.Int {
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(digits)), nil)
	q, m := new(big.Int).DivMod(b, p, new(big.Int))
	twice := new(big.Int).Mul(m, big.NewInt(2))
	c := twice.Cmp(p)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return q.Mul(q, p)
}

// Ascii is ascii(o): repr with non-ASCII characters escaped.
func Ascii(o py.Object) (py.Object, error) {
	s, err := reprString(o)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r <= 0xff:
			b.WriteString("\\x" + pad(strconv.FormatInt(int64(r), 16), 2))
		case r <= 0xffff:
			b.WriteString("\\u" + pad(strconv.FormatInt(int64(r), 16), 4))
		default:
			b.WriteString("\\U" + pad(strconv.FormatInt(int64(r), 16), 8))
		}
	}
	_ = utf8.RuneError
	return py.String(b.String()), nil
}

func pad(s string, n int) string {
	for len(s) < n {
		s = "0" + s
	}
	return s
}

// dirOf is the sorted attribute list dir(o) returns.
func dirOf(o py.Object) *py.List {
	seen := map[string]bool{}
	addDict := func(d py.StringDict) {
		for k, v := range d {
			if a, ok := v.(*excAttr); ok && !a.hasDef {
				continue
			}
			if _, ok := v.(*boundAttr); ok || pyobj.IsABCRegister(v) {
				continue
			}
			seen[k] = true
		}
	}
	switch x := o.(type) {
	case *py.Module:
		addDict(x.Globals)
	case *py.Type:
		for _, b := range mro(x) {
			addDict(b.(*py.Type).Dict)
		}
		for _, n := range []string{"__name__", "__qualname__", "__module__", "__doc__", "__dict__", "__class__"} {
			if n == "__qualname__" {
				continue
			}
			seen[n] = true
		}
	default:
		if g := moduleGlobals(o); g != nil {
			addDict(g)
			break
		}
		if d := dictOf(o); d != nil {
			addDict(d)
		}
		if b, ok := o.(*py.BoundMethod); ok {
			// a method's __dict__ is its function's (boundattrs.go)
			if d := dictOf(b.Method); d != nil {
				addDict(d)
			}
		}
		for _, b := range mro(o.Type()) {
			addDict(b.(*py.Type).Dict)
		}
		if i, ok := o.(*Instance); ok && i.Base != nil {
			for _, b := range mro(i.Base.Type()) {
				addDict(b.(*py.Type).Dict)
			}
		}
		seen["__class__"] = true
	}
	names := make([]string, 0, len(seen))
	for k := range seen {
		names = append(names, k)
	}
	sort.Strings(names)
	items := make([]py.Object, len(names))
	for i, n := range names {
		items[i] = py.String(n)
	}
	return py.NewListFromItems(items)
}

// moduleGlobals returns the namespace of a module: a *py.Module or an
// object standing for one (of type module with a dict: sysmods'
// GetattrModule); nil for anything else.
func moduleGlobals(o py.Object) py.StringDict {
	switch x := o.(type) {
	case *py.Module:
		return x.Globals
	case *py.Type:
		return nil
	}
	if o.Type() == py.ModuleType {
		if d, ok := o.(py.IGetDict); ok {
			return d.GetDict()
		}
	}
	return nil
}

// Vars is vars(o).
func Vars(o py.Object) (py.Object, error) {
	if i, ok := o.(*Instance); ok && i.Dict != nil {
		if i.noDict() {
			return nil, pyErr(py.TypeError, "vars() argument must have __dict__ attribute")
		}
		return i.exposeDict(), nil
	}
	if g := moduleGlobals(o); g != nil {
		return g, nil
	}
	if x, ok := o.(*py.Type); ok {
		return pyobj.NewMappingProxy(x.Dict), nil
	}
	if d := dictOf(o); d != nil {
		return d, nil
	}
	return nil, pyErr(py.TypeError, "vars() argument must have __dict__ attribute")
}

// Abs is abs(x).
func Abs(x py.Object) (py.Object, error) {
	switch v := x.(type) {
	case py.Bool:
		if v {
			return py.Int(1), nil
		}
		return py.Int(0), nil
	case *Instance:
		return v.M__abs__()
	}
	if _, ok := x.(py.I__abs__); !ok {
		return nil, pyErr(py.TypeError, "bad operand type for abs(): '%s'", x.Type().Name)
	}
	return py.Abs(x)
}

var emptyIter = py.Tuple{}

// zipNew wraps zip's constructor: zip() with no iterables is empty
// (gpython's loops forever).
func wrapZip() {
	prev := py.ZipType.New
	py.ZipType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 0 && len(kwargs) == 0 {
			return py.NewIterator(emptyIter), nil
		}
		return prev(t, args, kwargs)
	}
}
