package classes

import (
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

func funcPtr(f interface{}) uintptr {
	v := reflect.ValueOf(f)
	if !v.IsValid() || v.IsNil() {
		return 0
	}
	return v.Pointer()
}

// objectTypeNew is object's constructor with CPython's message.
func objectTypeNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if t == py.ObjectType {
		if len(args) > 0 || len(kwargs) > 0 {
			return nil, pyErr(py.TypeError, "object() takes no arguments")
		}
		return &Instance{cls: py.ObjectType}, nil
	}
	return py.ObjectNew(t, args, kwargs)
}

var (
	objectNewPtr2 = funcPtr(py.NewFunc(objectTypeNew))
	objectNewPtr  = funcPtr(py.NewFunc(py.ObjectNew))
	objectInitPtr = funcPtr(py.InitFunc(py.ObjectInit))
)

// buildClass is the builtin __build_class__(func, name, *bases,
// metaclass=None, **kwds) run by every class statement.
func buildClass(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) < 2 {
		return nil, pyErr(py.TypeError, "__build_class__: not enough arguments")
	}
	fn, ok := args[0].(*py.Function)
	if !ok {
		return nil, pyErr(py.TypeError, "__build_class__: func must be a function")
	}
	name, ok := args[1].(py.String)
	if !ok {
		return nil, pyErr(py.TypeError, "__build_class__: name is not a string")
	}
	bases, origBases, err := resolveBases(append(py.Tuple{}, args[2:]...))
	if err != nil {
		return nil, err
	}
	kw := py.NewStringDict()
	for k, v := range kwargs {
		kw[k] = v
	}
	var meta py.Object
	if m, ok := kw["metaclass"]; ok {
		meta = m
		delete(kw, "metaclass")
	}
	if meta == nil {
		if len(bases) == 0 {
			meta = py.TypeType
		} else {
			meta = metaOf(bases[0])
		}
	}
	if mt, ok := meta.(*py.Type); ok {
		winner := mt
		for _, b := range bases {
			bt := metaOf(b)
			if isSubtype(winner, bt) {
				continue
			}
			if isSubtype(bt, winner) {
				winner = bt
				continue
			}
			return nil, pyErr(py.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		meta = winner
	}
	ns := py.NewStringDict()
	if mt, ok := meta.(*py.Type); ok {
		if prep, _ := lookup(mt, "__prepare__"); prep != nil && isHeap(mt) {
			p, err := callMeth(prep, mt, name, bases)
			if err != nil {
				return nil, err
			}
			if d, ok := p.(py.StringDict); ok {
				ns = d
			}
		}
	}
	cell, err := RunBodyCode(fn.Context, fn.Code, fn.Globals, ns, fn.Closure, py.VmRunFrame)
	if err != nil {
		return nil, err
	}
	if origBases != nil {
		ns["__orig_bases__"] = origBases
	}
	if err := applyPendingDecorators(ns); err != nil {
		return nil, err
	}
	var cls py.Object
	if meta == py.TypeType {
		cls, err = newClass(py.TypeType, string(name), bases, ns, kw)
	} else {
		cls, err = py.Call(meta, py.Tuple{name, bases, ns}, kw)
	}
	if err != nil {
		return nil, err
	}
	if c, ok := cell.(*py.Cell); ok {
		c.Set(cls)
	}
	return cls, nil
}

// metaOf is the metaclass of base. gpython gives Go types made with
// Type.NewType their parent as metatype (Exception's type is
// BaseException); anything that is not a type subclass counts as type.
func metaOf(base py.Object) *py.Type {
	m := base.Type()
	if m == nil || !isSubtype(m, py.TypeType) {
		return py.TypeType
	}
	return m
}

// newClass creates a Python class: type.__new__(meta, name, bases, ns).
func newClass(meta *py.Type, name string, bases py.Tuple, ns py.StringDict, kw py.StringDict) (*py.Type, error) {
	if len(bases) == 0 {
		bases = py.Tuple{py.ObjectType}
	}
	for _, b := range bases {
		bt, ok := b.(*py.Type)
		if !ok {
			return nil, pyErr(py.TypeError, "bases must be types")
		}
		if bt == py.BoolType {
			return nil, pyErr(py.TypeError, "type 'bool' is not an acceptable base type")
		}
		if bt.Flags&py.TPFLAGS_READY == 0 || bt.Dict == nil {
			if err := bt.Ready(); err != nil {
				return nil, err
			}
		}
		if len(bt.Mro) == 0 {
			// A Go type made with Type.NewType after its parent was
			// readied never got an MRO; derive it from the Base chain.
			bt.Mro = mro(bt)
			if bt.Base == nil && len(bt.Mro) > 1 {
				bt.Base = bt.Mro[1].(*py.Type)
			}
		}
	}
	dict := py.NewStringDict()
	for k, v := range ns {
		dict[k] = v
	}
	addSlotDescriptors(name, dict)
	t := &py.Type{
		ObjectType: meta,
		Name:       name,
		Dict:       dict,
		Bases:      bases,
		Base:       bases[0].(*py.Type),
		Flags:      py.TPFLAGS_DEFAULT | py.TPFLAGS_HEAPTYPE | py.TPFLAGS_BASETYPE,
		Qualname:   name,
	}
	if q, ok := dict["__qualname__"]; ok {
		qs, ok := q.(py.String)
		if !ok {
			return nil, pyErr(py.TypeError, "type __qualname__ must be a str, not %s", q.Type().Name)
		}
		t.Qualname = string(qs)
		delete(dict, "__qualname__")
	}
	if d, ok := dict["__doc__"]; ok {
		if ds, ok := d.(py.String); ok {
			t.Doc = string(ds)
		}
	} else {
		dict["__doc__"] = py.None
	}
	if f, ok := dict["__new__"].(*py.Function); ok {
		dict["__new__"] = &py.StaticMethod{Callable: f, Dict: py.NewStringDict()}
	}
	for _, cm := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := dict[cm].(*py.Function); ok {
			dict[cm] = &py.ClassMethod{Callable: f, Dict: py.NewStringDict()}
		}
	}
	if _, hasEq := dict["__eq__"]; hasEq {
		if _, hasHash := dict["__hash__"]; !hasHash {
			dict["__hash__"] = py.None
		}
	}
	if err := t.Ready(); err != nil {
		if py.IsException(py.TypeError, err) && strings.Contains(err.Error(), "wonky") {
			names := make([]string, len(bases))
			for i, b := range bases {
				names[i] = b.(*py.Type).Name
			}
			return nil, pyErr(py.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		return nil, err
	}
	// Ready overwrote __doc__ from t.Doc; restore non-str docs.
	if d, ok := ns["__doc__"]; ok {
		dict["__doc__"] = d
	}
	switch {
	case isSubtype(t, py.BaseException):
		t.Flags |= py.TPFLAGS_BASE_EXC_SUBCLASS
		t.New = excNew
		t.Init = excInit
		for k, v := range dict {
			if isDunder(k) {
				continue
			}
			switch v.(type) {
			case *py.Function, *py.ClassMethod, *py.StaticMethod, *Property, *py.Property, *excAttr:
				continue
			}
			dict[k] = &excAttr{name: k, def: v, hasDef: true}
			registerExcName(k)
		}
	case isSubtype(t, py.TypeType):
		t.New = metaNew
		t.Init = metaInit
	default:
		t.New = instNew
		t.Init = instInit
	}
	if isHeap(meta) && special(meta, "__call__") != nil {
		// A metaclass __call__ runs instead of type.__call__.
		t.New = metaCallNew
		t.Init = nil
	}
	guardDict(t)
	version.Add(1)
	// __set_name__ on descriptors.
	for k, v := range ns {
		switch d := v.(type) {
		case *Property:
			d.name = k
		case *Instance:
			if f := special(d.cls, "__set_name__"); f != nil {
				if _, err := callMeth(f, d, t, py.String(k)); err != nil {
					return nil, err
				}
			}
		}
	}
	// __init_subclass__ of the parent.
	if f, owner := lookupAfter(t, t, "__init_subclass__"); f != nil && owner != py.ObjectType {
		var err error
		switch c := f.(type) {
		case *py.ClassMethod:
			_, err = py.Call(c.Callable, py.Tuple{t}, kw)
		default:
			var b py.Object
			b, err = bindClass(f, t)
			if err == nil {
				_, err = py.Call(b, nil, kw)
			}
		}
		if err != nil {
			return nil, err
		}
	} else if len(kw) > 0 {
		return nil, pyErr(py.TypeError, "%s.__init_subclass__() takes no keyword arguments", name)
	}
	return t, nil
}

// typeNew replaces type's constructor: type(x) and type(name, bases, dict).
func typeNew(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 1 && len(kwargs) == 0 {
		if t, ok := args[0].(*py.Type); ok {
			return metaOf(t), nil
		}
		return typeOf(args[0]), nil
	}
	if len(args) != 3 {
		return nil, pyErr(py.TypeError, "type() takes 1 or 3 arguments")
	}
	name, ok := args[0].(py.String)
	if !ok {
		return nil, pyErr(py.TypeError, "type.__new__() argument 1 must be str, not %s", args[0].Type().Name)
	}
	bases, ok := args[1].(py.Tuple)
	if !ok {
		return nil, pyErr(py.TypeError, "type.__new__() argument 2 must be tuple, not %s", args[1].Type().Name)
	}
	ns, err := toStringDict(args[2])
	if err != nil {
		return nil, err
	}
	if _, ok := ns["__module__"]; !ok {
		ns["__module__"] = py.String("__main__")
	}
	if _, ok := ns["__qualname__"]; !ok {
		ns["__qualname__"] = name
	}
	return newClass(meta, string(name), bases, ns, kwargs)
}

func typeInit(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	if len(args) != 1 && len(args) != 3 {
		return pyErr(py.TypeError, "type.__init__() takes 1 or 3 arguments")
	}
	return nil
}

// toStringDict converts a mapping to a StringDict.
func toStringDict(o py.Object) (py.StringDict, error) {
	if d, ok := o.(py.StringDict); ok {
		return d.Copy(), nil
	}
	if d, err := pyobj.ToStringDict(o); err == nil {
		return d.Copy(), nil
	}
	out := py.NewStringDict()
	keys, err := py.GetAttrString(o, "keys")
	if err != nil {
		return nil, pyErr(py.TypeError, "type.__new__() argument 3 must be dict, not %s", o.Type().Name)
	}
	ks, err := py.Call(keys, nil, nil)
	if err != nil {
		return nil, err
	}
	var ierr error
	err = py.Iterate(ks, func(k py.Object) bool {
		s, ok := k.(py.String)
		if !ok {
			ierr = pyErr(py.TypeError, "keywords must be strings")
			return true
		}
		v, err := py.GetItem(o, k)
		if err != nil {
			ierr = err
			return true
		}
		out[string(s)] = v
		return false
	})
	if err != nil {
		return nil, err
	}
	return out, ierr
}

// metaNew creates classes through a Python metaclass (a subclass of type).
func metaNew(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 1 && len(kwargs) == 0 {
		return args[0].Type(), nil
	}
	if f := special(meta, "__new__"); f != nil {
		a := append(py.Tuple{meta}, args...)
		if sm, ok := f.(*py.StaticMethod); ok {
			return py.Call(sm.Callable, a, kwargs)
		}
		return py.Call(f, a, kwargs)
	}
	return typeNew(meta, args, kwargs)
}

func metaInit(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	if f := special(self.Type(), "__init__"); f != nil {
		a := append(py.Tuple{self}, args...)
		_, err := py.Call(f, a, kwargs)
		return err
	}
	return nil
}

// instNew is the constructor of classes defined in Python.
func instNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if f := special(t, "__new__"); f != nil {
		a := append(py.Tuple{t}, args...)
		if sm, ok := f.(*py.StaticMethod); ok {
			return py.Call(sm.Callable, a, kwargs)
		}
		return py.Call(f, a, kwargs)
	}
	return objectNew(t, args, kwargs, special(t, "__init__") != nil)
}

// objectNew is object.__new__(t, *args): a bare instance, carrying a
// value of the Go base type when t derives from one.
func objectNew(t *py.Type, args py.Tuple, kwargs py.StringDict, initOverridden bool) (py.Object, error) {
	if isSubtype(t, py.BaseException) {
		return &py.Exception{Base: t, Args: append(py.Tuple{}, args...), Dict: py.NewStringDict()}, nil
	}
	inst := NewInstance(t)
	gb := solidGoBase(t)
	if gb == py.ObjectType {
		if !initOverridden && (len(args) > 0 || len(kwargs) > 0) {
			return nil, pyErr(py.TypeError, "%s() takes no arguments", t.Name)
		}
		return inst, nil
	}
	if gb.New == nil || funcPtr(gb.New) == objectNewPtr || funcPtr(gb.New) == objectNewPtr2 {
		return inst, nil
	}
	var bargs py.Tuple
	var bkw py.StringDict
	if !initOverridden || !mutableBase(gb) {
		bargs, bkw = args, kwargs
	}
	base, err := makeBase(gb, bargs, bkw)
	if err != nil {
		return nil, err
	}
	inst.Base = base
	return inst, nil
}

func makeBase(gb *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	args = append(py.Tuple{}, args...)
	base, err := gb.New(gb, args, kwargs)
	if err != nil {
		return nil, err
	}
	if gb.Init != nil && funcPtr(gb.Init) != objectInitPtr {
		if err := gb.Init(base, args, kwargs); err != nil {
			return nil, err
		}
	}
	return base, nil
}

// mutableBase reports whether the Go type's constructor arguments are
// consumed by __init__ (list, dict, set) rather than __new__ (str, int).
func mutableBase(t *py.Type) bool {
	switch t.Name {
	case "list", "dict", "set", "bytearray", "defaultdict", "OrderedDict", "Counter", "deque",
		"_io.StringIO", "_io.BytesIO":
		return true
	}
	return false
}

// instInit runs __init__ of a class defined in Python.
func instInit(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	f := special(self.Type(), "__init__")
	if f == nil {
		return nil
	}
	var r py.Object
	var err error
	if fn, ok := f.(*py.Function); ok {
		a := make(py.Tuple, len(args)+1)
		a[0] = self
		copy(a[1:], args)
		r, err = fn.M__call__(a, kwargs)
	} else {
		var b py.Object
		b, err = bindGet(f, self, self.Type())
		if err == nil {
			r, err = py.Call(b, args, kwargs)
		}
	}
	if err != nil {
		return err
	}
	if r != py.None {
		return pyErr(py.TypeError, "__init__() should return None, not '%s'", r.Type().Name)
	}
	return nil
}

// excNew is the constructor of exception classes defined in Python; the
// instances are gpython exceptions so that raise and except work.
func excNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if f := special(t, "__new__"); f != nil {
		a := append(py.Tuple{t}, args...)
		if sm, ok := f.(*py.StaticMethod); ok {
			return py.Call(sm.Callable, a, kwargs)
		}
		return py.Call(f, a, kwargs)
	}
	if len(kwargs) > 0 && special(t, "__init__") == nil {
		return nil, pyErr(py.TypeError, "%s() takes no keyword arguments", t.Name)
	}
	return &py.Exception{Base: t, Args: append(py.Tuple{}, args...), Dict: py.NewStringDict()}, nil
}

func excInit(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	if special(self.Type(), "__init__") != nil {
		return instInit(self, args, kwargs)
	}
	gb := solidGoBase(self.Type())
	if gb.Init != nil && funcPtr(gb.Init) != objectInitPtr {
		return gb.Init(self, args, kwargs)
	}
	if e, ok := self.(*py.Exception); ok {
		e.Args = append(py.Tuple{}, args...)
	}
	return nil
}

// applyPendingDecorators applies decorators that the source rewrite of
// decorated functions with defaults left in the class namespace as
// __pyshim_dc_<name>_<line>_<i>__ (innermost last).
func applyPendingDecorators(ns py.StringDict) error {
	type pending struct {
		key       string
		line, idx int
		name      string
	}
	var ps []pending
	for k := range ns {
		if !strings.HasPrefix(k, "__pyshim_dc_") || !strings.HasSuffix(k, "__") {
			continue
		}
		parts := strings.Split(strings.TrimSuffix(strings.TrimPrefix(k, "__pyshim_dc_"), "__"), "_")
		if len(parts) < 3 {
			continue
		}
		line, err1 := strconv.Atoi(parts[len(parts)-2])
		idx, err2 := strconv.Atoi(parts[len(parts)-1])
		if err1 != nil || err2 != nil {
			continue
		}
		ps = append(ps, pending{k, line, idx, strings.Join(parts[:len(parts)-2], "_")})
	}
	if len(ps) == 0 {
		return nil
	}
	// Apply per function, the decorator nearest the def first.
	sort.Slice(ps, func(a, b int) bool {
		if ps[a].line != ps[b].line {
			return ps[a].line > ps[b].line
		}
		return ps[a].idx > ps[b].idx
	})
	for _, p := range ps {
		fn, ok := ns[p.name]
		if !ok {
			continue
		}
		r, err := py.Call(ns[p.key], py.Tuple{fn}, nil)
		if err != nil {
			return err
		}
		ns[p.name] = r
		delete(ns, p.key)
	}
	return nil
}

// metaCallNew calls the metaclass's __call__ for cls(...).
func metaCallNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	f := special(t.Type(), "__call__")
	if f == nil {
		return typeCall(t, args, kwargs)
	}
	b, err := bindGet(f, t, t.Type())
	if err != nil {
		return nil, err
	}
	return py.Call(b, args, kwargs)
}

// realNew and realInit are the constructor parts type.__call__ runs for
// a class (bypassing a metaclass __call__).
func realNew(t *py.Type) py.NewFunc {
	if !isHeap(t) {
		return t.New
	}
	switch {
	case isSubtype(t, py.BaseException):
		return excNew
	case isSubtype(t, py.TypeType):
		return metaNew
	}
	return instNew
}

func realInit(t *py.Type) py.InitFunc {
	if !isHeap(t) {
		return t.Init
	}
	switch {
	case isSubtype(t, py.BaseException):
		return excInit
	case isSubtype(t, py.TypeType):
		return metaInit
	}
	return instInit
}
