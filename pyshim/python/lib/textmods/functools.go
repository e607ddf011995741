package textmods

import (
	"container/list"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

func ftReduce(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) < 2 || len(args) > 3 {
		return nil, py.ExceptionNewf(py.TypeError, "reduce expected at least 2 arguments, got %d", len(args))
	}
	it, err := py.Iter(args[1])
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "reduce() arg 2 must support iteration")
	}
	var acc py.Object
	if len(args) == 3 {
		acc = args[2]
	}
	for {
		v, ok, err := next(it)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if acc == nil {
			acc = v
			continue
		}
		if acc, err = py.Call(args[0], py.Tuple{acc, v}, nil); err != nil {
			return nil, err
		}
	}
	if acc == nil {
		return nil, py.ExceptionNewf(py.TypeError, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}

// Partial is functools.partial.
type Partial struct {
	Fn   py.Object
	Args py.Tuple
	Kw   py.StringDict
	// KwKeys is Kw's keys in CPython's order (an inner partial's first,
	// then the constructor's keywords in call order).
	KwKeys []string
	Dict   py.StringDict
}

// kwKeys returns kw's keys in call order when the running call recorded
// it, else sorted.
func kwKeys(kw py.StringDict) []string {
	if keys := pyobj.KwOrderOf(kw); len(keys) == len(kw) {
		return keys
	}
	keys := make([]string, 0, len(kw))
	for k := range kw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// keys returns the stored keywords' names in order: KwKeys, less names
// since deleted, then names added through .keywords (sorted).
func (p *Partial) keys() []string {
	out := make([]string, 0, len(p.Kw))
	for _, k := range p.KwKeys {
		if _, ok := p.Kw[k]; ok {
			out = append(out, k)
		}
	}
	if len(out) == len(p.Kw) {
		return out
	}
	return mergeKeys(out, kwKeys(p.Kw))
}

// mergeKeys is first followed by the keys of then not in first.
func mergeKeys(first, then []string) []string {
	out := append([]string{}, first...)
	seen := make(map[string]bool, len(first))
	for _, k := range first {
		seen[k] = true
	}
	for _, k := range then {
		if !seen[k] {
			out = append(out, k)
		}
	}
	return out
}

// PartialType is functools.partial.
var PartialType = py.NewTypeX("partial", "partial(func, *args, **keywords) - new function with partial application of the given arguments and keywords.",
	func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.ExceptionNewf(py.TypeError, "type 'partial' takes at least one argument")
		}
		fn := args[0]
		pargs := append(py.Tuple{}, args[1:]...)
		kw := py.NewStringDict()
		var keys []string
		if p, ok := fn.(*Partial); ok {
			fn = p.Fn
			pargs = append(append(py.Tuple{}, p.Args...), pargs...)
			for k, v := range p.Kw {
				kw[k] = v
			}
			keys = p.KwKeys
		}
		keys = mergeKeys(keys, kwKeys(kwargs))
		for k, v := range kwargs {
			kw[k] = v
		}
		return &Partial{Fn: fn, Args: pargs, Kw: kw, KwKeys: keys, Dict: py.NewStringDict()}, nil
	}, nil)

// Type returns functools.partial.
func (p *Partial) Type() *py.Type { return PartialType }

// GetDict returns the instance attributes.
func (p *Partial) GetDict() py.StringDict { return p.Dict }

// M__call__ calls the wrapped function with the stored arguments first.
func (p *Partial) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	all := append(append(py.Tuple{}, p.Args...), args...)
	if len(p.Kw) == 0 && len(kwargs) == 0 {
		return py.Call(p.Fn, all, nil)
	}
	kw := py.NewStringDict()
	for k, v := range p.Kw {
		kw[k] = v
	}
	for k, v := range kwargs {
		kw[k] = v
	}
	// CPython: {**self.keywords, **kwargs}, in that order
	return pyobj.CallKw(p.Fn, all, kw, mergeKeys(p.keys(), kwKeys(kwargs)))
}

// M__repr__ gives functools.partial(fn, args..., k=v).
func (p *Partial) M__repr__() (py.Object, error) {
	parts := []string{}
	r, err := py.ReprAsString(p.Fn)
	if err != nil {
		return nil, err
	}
	parts = append(parts, r)
	for _, a := range p.Args {
		r, err := py.ReprAsString(a)
		if err != nil {
			return nil, err
		}
		parts = append(parts, r)
	}
	for _, k := range p.keys() {
		r, err := py.ReprAsString(p.Kw[k])
		if err != nil {
			return nil, err
		}
		parts = append(parts, k+"="+r)
	}
	return py.String("functools.partial(" + strings.Join(parts, ", ") + ")"), nil
}

func init() {
	PartialType.Dict["func"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return self.(*Partial).Fn, nil }}
	PartialType.Dict["args"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return self.(*Partial).Args, nil }}
	PartialType.Dict["keywords"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return self.(*Partial).Kw, nil }}
}

var wrapperAssignments = []string{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}

// UpdateWrapper copies the identity of wrapped onto wrapper.
func UpdateWrapper(wrapper, wrapped py.Object) (py.Object, error) {
	for _, name := range wrapperAssignments {
		v, err := py.GetAttrString(wrapped, name)
		if src, ok := wrapped.(*py.Function); ok && err != nil {
			// gpython functions lack some of these attributes: read the fields
			switch name {
			case "__doc__":
				v, err = src.Doc, nil
				if v == nil {
					v = py.None
				}
			case "__qualname__":
				v, err = py.String(src.Qualname), nil
			case "__module__":
				if m, ok := src.Globals["__name__"]; ok {
					v, err = m, nil
				}
			}
		}
		if err != nil {
			continue
		}
		if f, ok := wrapper.(*py.Function); ok {
			switch name {
			case "__name__":
				if s, ok := v.(py.String); ok {
					f.Name = string(s)
				}
				continue
			case "__qualname__":
				if s, ok := v.(py.String); ok {
					f.Qualname = string(s)
				}
				continue
			case "__doc__":
				f.Doc = v
				if f.Dict == nil {
					f.Dict = py.NewStringDict()
				}
				f.Dict["__doc__"] = v
				continue
			case "__module__":
				if f.Dict == nil {
					f.Dict = py.NewStringDict()
				}
				f.Dict["__module__"] = v
				continue
			}
		}
		_, _ = py.SetAttrString(wrapper, name, v)
	}
	if src, ok := wrapped.(py.IGetDict); ok {
		if dst, ok := wrapper.(py.IGetDict); ok {
			sd, dd := src.GetDict(), dst.GetDict()
			if dd == nil {
				if f, ok := wrapper.(*py.Function); ok {
					f.Dict = py.NewStringDict()
					dd = f.Dict
				}
			}
			if dd != nil {
				for k, v := range sd {
					dd[k] = v
				}
			}
		}
	}
	if f, ok := wrapper.(*py.Function); ok {
		if f.Dict == nil {
			f.Dict = py.NewStringDict()
		}
		f.Dict["__wrapped__"] = wrapped
	} else {
		_, _ = py.SetAttrString(wrapper, "__wrapped__", wrapped)
	}
	return wrapper, nil
}

func ftUpdateWrapper(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("update_wrapper", args, kwargs, []string{"wrapper", "wrapped", "assigned", "updated"}, 2)
	if err != nil {
		return nil, err
	}
	return UpdateWrapper(a[0], a[1])
}

func ftWraps(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("wraps", args, kwargs, []string{"wrapped", "assigned", "updated"}, 1)
	if err != nil {
		return nil, err
	}
	wrapped := a[0]
	return py.MustNewMethod("decorator", func(self py.Object, arg py.Object) (py.Object, error) {
		return UpdateWrapper(arg, wrapped)
	}, 0, ""), nil
}

// cacheKey builds a cache key from call arguments (repr based).
func cacheKey(args py.Tuple, kwargs py.StringDict, typed bool) (string, error) {
	var b strings.Builder
	for _, a := range args {
		r, err := py.ReprAsString(a)
		if err != nil {
			return "", err
		}
		if typed {
			b.WriteString(a.Type().Name)
			b.WriteByte(':')
		}
		b.WriteString(r)
		b.WriteByte(0)
	}
	if len(kwargs) > 0 {
		keys := make([]string, 0, len(kwargs))
		for k := range kwargs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteByte(1)
		for _, k := range keys {
			r, err := py.ReprAsString(kwargs[k])
			if err != nil {
				return "", err
			}
			b.WriteString(k + "=" + r)
			b.WriteByte(0)
		}
	}
	return b.String(), nil
}

// LRUWrapper is the object lru_cache returns.
type LRUWrapper struct {
	Fn      py.Object
	MaxSize int // -1 for unbounded
	Typed   bool
	hits    int
	misses  int
	order   *list.List
	entries map[string]*list.Element
	Dict    py.StringDict
}

type lruEntry struct {
	key string
	val py.Object
}

// LRUWrapperType is the type of lru_cache wrappers.
var LRUWrapperType = py.NewType("_lru_cache_wrapper", "")

// CacheInfo is functools' _CacheInfo named tuple.
var CacheInfo = NewNamedTupleType("CacheInfo", "hits", "misses", "maxsize", "currsize")

// Type returns the wrapper type.
func (w *LRUWrapper) Type() *py.Type { return LRUWrapperType }

// GetDict returns the wrapper's attributes.
func (w *LRUWrapper) GetDict() py.StringDict { return w.Dict }

// M__call__ looks the call up in the cache or calls the function.
func (w *LRUWrapper) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if w.MaxSize == 0 {
		w.misses++
		return py.Call(w.Fn, args, kwargs)
	}
	key, err := cacheKey(args, kwargs, w.Typed)
	if err != nil {
		return nil, err
	}
	if el, ok := w.entries[key]; ok {
		w.hits++
		w.order.MoveToFront(el)
		return el.Value.(*lruEntry).val, nil
	}
	w.misses++
	v, err := py.Call(w.Fn, args, kwargs)
	if err != nil {
		return nil, err
	}
	if _, ok := w.entries[key]; !ok {
		w.entries[key] = w.order.PushFront(&lruEntry{key: key, val: v})
		if w.MaxSize > 0 && w.order.Len() > w.MaxSize {
			last := w.order.Back()
			w.order.Remove(last)
			delete(w.entries, last.Value.(*lruEntry).key)
		}
	}
	return v, nil
}

// M__get__ binds the cached function as a method.
func (w *LRUWrapper) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return w, nil
	}
	return py.NewBoundMethod(instance, w), nil
}

func init() {
	LRUWrapperType.Dict["cache_info"] = py.MustNewMethod("cache_info", func(self py.Object) (py.Object, error) {
		w := self.(*LRUWrapper)
		var ms py.Object = py.Int(w.MaxSize)
		if w.MaxSize < 0 {
			ms = py.None
		}
		return CacheInfo.New(py.Int(w.hits), py.Int(w.misses), ms, py.Int(len(w.entries))), nil
	}, 0, "")
	LRUWrapperType.Dict["cache_clear"] = py.MustNewMethod("cache_clear", func(self py.Object) (py.Object, error) {
		w := self.(*LRUWrapper)
		w.hits, w.misses = 0, 0
		w.order.Init()
		w.entries = map[string]*list.Element{}
		return py.None, nil
	}, 0, "")
}

func newLRU(fn py.Object, maxsize int, typed bool) (py.Object, error) {
	w := &LRUWrapper{Fn: fn, MaxSize: maxsize, Typed: typed, order: list.New(), entries: map[string]*list.Element{}, Dict: py.NewStringDict()}
	_, _ = UpdateWrapper(w, fn)
	w.Dict["__wrapped__"] = fn
	return w, nil
}

func isCallable(o py.Object) bool {
	switch o.(type) {
	case *py.Function, *py.Method, *py.BoundMethod, *py.Type, *Partial:
		return true
	}
	if _, ok := o.(py.I__call__); ok {
		return true
	}
	return false
}

func ftLRUCache(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("lru_cache", args, kwargs, []string{"maxsize", "typed"}, 0)
	if err != nil {
		return nil, err
	}
	typed := false
	if a[1] != nil {
		if typed, err = truth(a[1]); err != nil {
			return nil, err
		}
	}
	if a[0] != nil && a[0] != py.None {
		if _, isInt := a[0].(py.Int); !isInt && isCallable(a[0]) {
			return newLRU(a[0], 128, typed)
		}
	}
	maxsize := 128
	if a[0] == py.None {
		maxsize = -1
	} else if a[0] != nil {
		if _, isInt := a[0].(py.Int); !isInt {
			return nil, py.ExceptionNewf(py.TypeError, "Expected first argument to be an integer, a callable, or None")
		}
		if maxsize, err = intArg(a[0], 128); err != nil {
			return nil, err
		}
		if maxsize < 0 {
			maxsize = 0
		}
	}
	return py.MustNewMethod("decorating_function", func(self py.Object, fn py.Object) (py.Object, error) {
		return newLRU(fn, maxsize, typed)
	}, 0, ""), nil
}

func ftCache(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("cache", args, kwargs, []string{"user_function"}, 1)
	if err != nil {
		return nil, err
	}
	return newLRU(a[0], -1, false)
}

// CmpKey is the key object cmp_to_key makes.
type CmpKey struct {
	Cmp py.Object
	Obj py.Object
}

// CmpKeyType is functools.KeyWrapper.
var CmpKeyType = py.NewType("functools.KeyWrapper", "")

// Type returns the key wrapper type.
func (k *CmpKey) Type() *py.Type { return CmpKeyType }

func (k *CmpKey) cmp(other py.Object) (int, error) {
	o, ok := other.(*CmpKey)
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "other argument must be K instance")
	}
	r, err := py.Call(k.Cmp, py.Tuple{k.Obj, o.Obj}, nil)
	if err != nil {
		return 0, err
	}
	lt, err := py.Lt(r, py.Int(0))
	if err != nil {
		return 0, err
	}
	if lt == py.True {
		return -1, nil
	}
	gt, err := py.Gt(r, py.Int(0))
	if err != nil {
		return 0, err
	}
	if gt == py.True {
		return 1, nil
	}
	return 0, nil
}

// M__lt__ compares through the cmp function.
func (k *CmpKey) M__lt__(other py.Object) (py.Object, error) {
	c, err := k.cmp(other)
	return py.NewBool(c < 0), err
}

// M__le__ compares through the cmp function.
func (k *CmpKey) M__le__(other py.Object) (py.Object, error) {
	c, err := k.cmp(other)
	return py.NewBool(c <= 0), err
}

// M__gt__ compares through the cmp function.
func (k *CmpKey) M__gt__(other py.Object) (py.Object, error) {
	c, err := k.cmp(other)
	return py.NewBool(c > 0), err
}

// M__ge__ compares through the cmp function.
func (k *CmpKey) M__ge__(other py.Object) (py.Object, error) {
	c, err := k.cmp(other)
	return py.NewBool(c >= 0), err
}

// M__eq__ compares through the cmp function.
func (k *CmpKey) M__eq__(other py.Object) (py.Object, error) {
	c, err := k.cmp(other)
	return py.NewBool(c == 0), err
}

// M__ne__ compares through the cmp function.
func (k *CmpKey) M__ne__(other py.Object) (py.Object, error) {
	c, err := k.cmp(other)
	return py.NewBool(c != 0), err
}

func ftCmpToKey(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("cmp_to_key", args, kwargs, []string{"mycmp"}, 1)
	if err != nil {
		return nil, err
	}
	cmp := a[0]
	return py.MustNewMethod("K", func(self py.Object, obj py.Object) (py.Object, error) {
		return &CmpKey{Cmp: cmp, Obj: obj}, nil
	}, 0, ""), nil
}

// total_ordering: derive the missing rich comparisons from one root.
func ftTotalOrdering(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("total_ordering", args, kwargs, []string{"cls"}, 1)
	if err != nil {
		return nil, err
	}
	cls, ok := a[0].(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "total_ordering expects a class")
	}
	has := func(name string) bool {
		_, ok := cls.Dict[name]
		if ok {
			return true
		}
		for _, b := range cls.Mro {
			if bt, ok := b.(*py.Type); ok && bt != py.ObjectType && bt != cls {
				if _, ok := bt.Dict[name]; ok {
					return true
				}
			}
		}
		return false
	}
	var root string
	for _, r := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		if has(r) {
			root = r
			break
		}
	}
	if root == "" {
		return nil, py.ExceptionNewf(py.ValueError, "must define at least one ordering operation: < > <= >=")
	}
	callRoot := func(self, other py.Object) (py.Object, bool, error) {
		m, err := py.GetAttrString(self, root)
		if err != nil {
			return nil, false, err
		}
		r, err := py.Call(m, py.Tuple{other}, nil)
		if err != nil {
			return nil, false, err
		}
		if r == py.NotImplemented {
			return r, false, nil
		}
		b, err := truth(r)
		return r, b, err
	}
	isEq := func(self, other py.Object) (bool, error) { return eq(self, other) }
	// derive(op) builds op from the root
	derive := func(op string) func(self, other py.Object) (py.Object, error) {
		return func(self, other py.Object) (py.Object, error) {
			r, b, err := callRoot(self, other)
			if err != nil || r == py.NotImplemented {
				return r, err
			}
			e := false
			needEq := false
			var res bool
			switch root + op {
			// from __lt__
			case "__lt____gt__":
				needEq = true
			case "__lt____le__":
				needEq = true
			case "__lt____ge__":
				return py.NewBool(!b), nil
			// from __le__
			case "__le____ge__", "__le____lt__":
				needEq = true
			case "__le____gt__":
				return py.NewBool(!b), nil
			// from __gt__
			case "__gt____lt__", "__gt____ge__":
				needEq = true
			case "__gt____le__":
				return py.NewBool(!b), nil
			// from __ge__
			case "__ge____le__", "__ge____gt__":
				needEq = true
			case "__ge____lt__":
				return py.NewBool(!b), nil
			}
			if needEq {
				if e, err = isEq(self, other); err != nil {
					return nil, err
				}
			}
			switch root + op {
			case "__lt____gt__":
				res = !b && !e
			case "__lt____le__":
				res = b || e
			case "__le____ge__":
				res = !b || e
			case "__le____lt__":
				res = b && !e
			case "__gt____lt__":
				res = !b && !e
			case "__gt____ge__":
				res = b || e
			case "__ge____le__":
				res = !b || e
			case "__ge____gt__":
				res = b && !e
			}
			return py.NewBool(res), nil
		}
	}
	for _, op := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		if op == root || has(op) {
			continue
		}
		fn := derive(op)
		cls.Dict[op] = py.MustNewMethod(op, func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) == 2 { // called unbound with the instance first
				return fn(args[0], args[1])
			}
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
			}
			return fn(self, args[0])
		}, 0, "")
	}
	return cls, nil
}

// Dispatcher is the object singledispatch returns.
type Dispatcher struct {
	Default  py.Object
	Registry map[*py.Type]py.Object
	Dict     py.StringDict
}

// DispatcherType is the singledispatch function type.
var DispatcherType = py.NewType("singledispatch_function", "")

// Type returns the dispatcher type.
func (d *Dispatcher) Type() *py.Type { return DispatcherType }

// GetDict returns the dispatcher's attributes.
func (d *Dispatcher) GetDict() py.StringDict { return d.Dict }

func (d *Dispatcher) dispatch(t *py.Type) py.Object {
	for cur := t; cur != nil; {
		if f, ok := d.Registry[cur]; ok {
			return f
		}
		found := false
		for _, b := range cur.Mro {
			if bt, ok := b.(*py.Type); ok {
				if f, ok := d.Registry[bt]; ok {
					return f
				}
				found = true
			}
		}
		if found || cur.Base == nil {
			break
		}
		cur = cur.Base
	}
	// bool is registered under int in CPython's MRO
	if t == py.BoolType {
		if f, ok := d.Registry[py.IntType]; ok {
			return f
		}
	}
	return d.Default
}

// M__call__ dispatches on the type of the first argument.
func (d *Dispatcher) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "singledispatch function requires at least 1 positional argument")
	}
	return py.Call(d.dispatch(args[0].Type()), args, kwargs)
}

func init() {
	DispatcherType.Dict["register"] = py.MustNewMethod("register", func(self py.Object, args py.Tuple) (py.Object, error) {
		d := self.(*Dispatcher)
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "register() missing 1 required positional argument: 'cls'")
		}
		t, ok := args[0].(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "Invalid first argument to `register()`. %s is not a class.", py.DebugRepr(args[0]))
		}
		if len(args) > 1 {
			d.Registry[t] = args[1]
			return args[1], nil
		}
		return py.MustNewMethod("register_decorator", func(_ py.Object, fn py.Object) (py.Object, error) {
			d.Registry[t] = fn
			return fn, nil
		}, 0, ""), nil
	}, 0, "")
	DispatcherType.Dict["dispatch"] = py.MustNewMethod("dispatch", func(self py.Object, arg py.Object) (py.Object, error) {
		t, ok := arg.(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "dispatch() expects a class")
		}
		return self.(*Dispatcher).dispatch(t), nil
	}, 0, "")
}

func ftSingledispatch(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("singledispatch", args, kwargs, []string{"func"}, 1)
	if err != nil {
		return nil, err
	}
	d := &Dispatcher{Default: a[0], Registry: map[*py.Type]py.Object{py.ObjectType: a[0]}, Dict: py.NewStringDict()}
	_, _ = UpdateWrapper(d, a[0])
	return d, nil
}

func init() {
	register("functools", "Tools for working with functions and callable objects.", []*py.Method{
		method("reduce", ftReduce),
		method("update_wrapper", ftUpdateWrapper),
		method("wraps", ftWraps),
		method("lru_cache", ftLRUCache),
		method("cache", ftCache),
		method("cmp_to_key", ftCmpToKey),
		method("total_ordering", ftTotalOrdering),
		method("singledispatch", ftSingledispatch),
		py.MustNewMethod("partialmethod", ftPartialMethod, 0, "partialmethod(func, /, *args, **keywords)"),
	}, py.StringDict{
		"partial":             PartialType,
		"cached_property":     CachedPropertyType,
		"WRAPPER_ASSIGNMENTS": py.Tuple{py.String("__module__"), py.String("__name__"), py.String("__qualname__"), py.String("__doc__"), py.String("__annotations__")},
		"WRAPPER_UPDATES":     py.Tuple{py.String("__dict__")},
	})
}

// ftPartialMethod is functools.partialmethod: an instance of our Python
// class (pysrc/_gwb_partialmethod.py), imported on first use.
func ftPartialMethod(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	m, ok := self.(*py.Module)
	if !ok || m.Context == nil {
		return nil, py.ExceptionNewf(py.SystemError, "partialmethod: no interpreter")
	}
	mod, err := py.Call(m.Context.Store().Builtins.Globals["__import__"], py.Tuple{py.String("_gwb_partialmethod")}, nil)
	if err != nil {
		return nil, err
	}
	cls, err := py.GetAttrString(mod, "partialmethod")
	if err != nil {
		return nil, err
	}
	return py.Call(cls, args, kwargs)
}
