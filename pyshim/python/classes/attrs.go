package classes

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// version is bumped whenever a class dict is changed after creation, so
// that the per-class caches of special methods are rebuilt.
var version atomic.Int64

// classInfo caches, per class, the user-defined special methods and the
// results of attribute lookups along the MRO. Any change to a class dict
// made through attribute assignment bumps version and invalidates all
// caches.
type classInfo struct {
	version int64
	size    int
	m       map[string]py.Object
	attrs   map[string]attrEntry
	// slots are the attribute names instances are restricted to by
	// __slots__ (slots.go), slotsDone whether they were computed.
	slots     map[string]bool
	slotsDone bool
}

type attrEntry struct {
	val   py.Object
	owner *py.Type
}

var infos sync.Map // *py.Type -> *classInfo

func info(t *py.Type) *classInfo {
	if !isHeap(t) {
		// Go types are shared by all interpreters, which may run in
		// parallel goroutines: no cache (and no Python specials).
		return nil
	}
	v := version.Load()
	size := 0
	for _, b := range t.Mro {
		size += len(b.(*py.Type).Dict)
	}
	if x, ok := infos.Load(t); ok {
		ci := x.(*classInfo)
		if ci.version == v && ci.size == size {
			return ci
		}
	}
	ci := &classInfo{version: v, size: size, m: map[string]py.Object{}, attrs: map[string]attrEntry{}}
	infos.Store(t, ci)
	return ci
}

// Invalidate drops the cached lookups of all classes. Go code that
// changes a class dict directly (not through setattr) and replaces an
// existing entry must call it.
func Invalidate() { version.Add(1) }

// special returns the special method name defined by Python code on t's
// MRO (before any Go type), or nil. Results are cached per class.
func special(t *py.Type, name string) py.Object {
	return info(t).special(t, name)
}

func (ci *classInfo) special(t *py.Type, name string) py.Object {
	if ci == nil {
		return nil
	}
	if f, ok := ci.m[name]; ok {
		return f
	}
	f := userSpecial(t, name)
	ci.m[name] = f
	return f
}

// lookupCached is lookup with the per-class cache.
func (ci *classInfo) lookup(t *py.Type, name string) (py.Object, *py.Type) {
	if ci == nil {
		return lookup(t, name)
	}
	if e, ok := ci.attrs[name]; ok {
		return e.val, e.owner
	}
	v, owner := lookup(t, name)
	ci.attrs[name] = attrEntry{v, owner}
	return v, owner
}

// callMeth calls fn (a function or descriptor found on a class) as a
// method of self.
func callMeth(fn py.Object, self py.Object, args ...py.Object) (py.Object, error) {
	switch f := fn.(type) {
	case *guardFunc:
		a := make(py.Tuple, len(args)+1)
		a[0] = self
		copy(a[1:], args)
		return f.fn.M__call__(a, nil)
	case *py.Function:
		a := make(py.Tuple, len(args)+1)
		a[0] = self
		copy(a[1:], args)
		return f.M__call__(a, nil)
	case *py.StaticMethod:
		return py.Call(f.Callable, py.Tuple(args), nil)
	case *py.ClassMethod:
		a := make(py.Tuple, len(args)+1)
		a[0] = self.Type()
		copy(a[1:], args)
		return py.Call(f.Callable, a, nil)
	}
	b, err := bindGet(fn, self, self.Type())
	if err != nil {
		return nil, err
	}
	return py.Call(b, py.Tuple(args), nil)
}

// isDataDescr reports whether attr defines __set__ or __delete__.
func isDataDescr(attr py.Object) bool {
	switch a := attr.(type) {
	case *Property, *py.Property, *excAttr, *slotDescr:
		return true
	case *Instance:
		return special(a.cls, "__set__") != nil || special(a.cls, "__delete__") != nil
	}
	return false
}

// bindGet applies the descriptor protocol to attr found on type t for
// instance obj.
func bindGet(attr py.Object, obj py.Object, t *py.Type) (py.Object, error) {
	switch a := attr.(type) {
	case *py.Function:
		return py.NewBoundMethod(obj, a), nil
	case *guardFunc:
		return py.NewBoundMethod(obj, a.fn), nil
	case *py.ClassMethod:
		return py.NewBoundMethod(t, a.Callable), nil
	case *py.StaticMethod:
		return a.Callable, nil
	case *py.Method:
		if a.Flags&py.METH_CLASS != 0 {
			return py.NewBoundMethod(t, a), nil
		}
		return py.NewBoundMethod(obj, a), nil
	case *Property:
		return a.get(obj)
	case *py.Property:
		return a.Fget(obj)
	case *excAttr:
		return a.M__get__(obj, t)
	case *slotDescr:
		return a.get(obj)
	case *Instance:
		if g := special(a.cls, "__get__"); g != nil {
			return callMeth(g, a, obj, t)
		}
		return attr, nil
	case py.I__get__:
		return a.M__get__(obj, t)
	}
	return attr, nil
}

// bindClass applies the descriptor protocol for access through the class.
func bindClass(attr py.Object, t *py.Type) (py.Object, error) {
	switch a := attr.(type) {
	case *py.Method:
		// a Go class method (METH_CLASS) receives the class, so that it
		// can build an instance of a Python subclass it is called on
		if a.Flags&py.METH_CLASS != 0 {
			return py.NewBoundMethod(t, a), nil
		}
	case *guardFunc:
		return a.fn, nil
	case *py.ClassMethod:
		return py.NewBoundMethod(t, a.Callable), nil
	case *py.StaticMethod:
		return a.Callable, nil
	case *excAttr:
		if a.hasDef {
			return a.def, nil
		}
		return nil, pyErr(py.AttributeError, "type object '%s' has no attribute '%s'", t.Name, a.name)
	case *boundAttr:
		return nil, pyErr(py.AttributeError, "type object '%s' has no attribute '%s'", t.Name, a.name)
	case *Instance:
		if g := special(a.cls, "__get__"); g != nil {
			return callMeth(g, a, py.None, t)
		}
	}
	return attr, nil
}

func noAttr(o py.Object, name string) error {
	e := py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", o.Type().Name, name)
	e.Dict["name"] = py.String(name)
	e.Dict["obj"] = o
	return e
}

// selfFor returns the object a method found on owner is bound to: the
// wrapped Go value for methods of Go-defined base types.
func (o *Instance) selfFor(owner *py.Type) py.Object {
	if o.Base != nil && owner != nil && !isHeap(owner) && owner != py.ObjectType {
		if _, ok := o.Base.(InstanceReceiver); ok {
			return o
		}
		return o.Base
	}
	return o
}

// genericGetAttr is object.__getattribute__ for instances.
func (o *Instance) genericGetAttr(name string) (py.Object, error) {
	return o.genericGetAttrCI(info(o.cls), name)
}

func (o *Instance) genericGetAttrCI(ci *classInfo, name string) (py.Object, error) {
	res, err := o.genericFind(ci, name)
	if err == nil && res == nil {
		return nil, noAttr(o, name)
	}
	return res, err
}

// genericFind is genericGetAttrCI with (nil, nil) for a name it does not
// find, so that a class with __getattr__ does not build the AttributeError
// it would drop (bot options, read through __getattr__, are read per page).
func (o *Instance) genericFind(ci *classInfo, name string) (py.Object, error) {
	attr, owner := ci.lookup(o.cls, name)
	if attr != nil && isDataDescr(attr) {
		return bindGet(attr, o.selfFor(owner), o.cls)
	}
	if v, ok := o.Dict[name]; ok {
		return v, nil
	}
	if attr != nil {
		return bindGet(attr, o.selfFor(owner), o.cls)
	}
	if o.Base != nil {
		if res, err := py.GetAttrString(o.Base, name); err == nil {
			return res, nil
		}
	}
	return nil, nil
}

// M__getattribute__ implements attribute access on instances as CPython:
// a user __getattribute__, else the generic lookup, then __getattr__.
func (o *Instance) M__getattribute__(name string) (py.Object, error) {
	var res py.Object
	var err error
	ci := info(o.cls)
	if ga := ci.special(o.cls, "__getattribute__"); ga != nil {
		res, err = callMeth(ga, o, py.String(name))
	} else {
		res, err = o.genericFind(ci, name)
		if err == nil && res == nil {
			if g := ci.special(o.cls, "__getattr__"); g != nil {
				return callMeth(g, o, py.String(name))
			}
			return nil, noAttr(o, name)
		}
	}
	if err != nil && isAttributeError(err) {
		if g := ci.special(o.cls, "__getattr__"); g != nil {
			return callMeth(g, o, py.String(name))
		}
	}
	return res, err
}

// genericSetAttr is object.__setattr__ for instances.
func (o *Instance) genericSetAttr(name string, value py.Object) error {
	ci := info(o.cls)
	if attr, owner := ci.lookup(o.cls, name); attr != nil && isDataDescr(attr) {
		return setDescr(attr, o.selfFor(owner), name, value)
	}
	if o.Dict == nil {
		return noAttr(o, name)
	}
	if slots := ci.slotNames(o.cls); slots != nil && !slots[name] {
		return noAttr(o, name)
	}
	n := len(o.Dict)
	o.Dict[name] = value
	if len(o.Dict) != n {
		o.order = append(o.order, name)
	}
	return nil
}

func setDescr(attr, obj py.Object, name string, value py.Object) error {
	switch a := attr.(type) {
	case *Property:
		return a.set(obj, value)
	case *py.Property:
		if a.Fset == nil {
			return pyErr(py.AttributeError, "can't set attribute '%s'", name)
		}
		return a.Fset(obj, value)
	case *excAttr:
		_, err := a.M__set__(obj, value)
		return err
	case *slotDescr:
		return a.set(obj, value)
	case *Instance:
		if s := special(a.cls, "__set__"); s != nil {
			_, err := callMeth(s, a, obj, value)
			return err
		}
	}
	return pyErr(py.AttributeError, "can't set attribute '%s'", name)
}

func delDescr(attr, obj py.Object, name string) error {
	switch a := attr.(type) {
	case *Property:
		return a.del(obj)
	case *py.Property:
		if a.Fdel == nil {
			return pyErr(py.AttributeError, "can't delete attribute '%s'", name)
		}
		return a.Fdel(obj)
	case *excAttr:
		_, err := a.M__delete__(obj)
		return err
	case *slotDescr:
		return a.del(obj)
	case *Instance:
		if s := special(a.cls, "__delete__"); s != nil {
			_, err := callMeth(s, a, obj)
			return err
		}
	}
	return pyErr(py.AttributeError, "can't delete attribute '%s'", name)
}

// M__setattr__ implements attribute assignment on instances.
func (o *Instance) M__setattr__(name string, value py.Object) (py.Object, error) {
	if sa := special(o.cls, "__setattr__"); sa != nil {
		return callMeth(sa, o, py.String(name), value)
	}
	return py.None, o.genericSetAttr(name, value)
}

func (o *Instance) genericDelAttr(name string) error {
	if attr, owner := lookup(o.cls, name); attr != nil && isDataDescr(attr) {
		return delDescr(attr, o.selfFor(owner), name)
	}
	if _, ok := o.Dict[name]; ok {
		delete(o.Dict, name)
		o.forget(name)
		return nil
	}
	return noAttr(o, name)
}

// M__delattr__ implements attribute deletion on instances.
func (o *Instance) M__delattr__(name string) (py.Object, error) {
	if da := special(o.cls, "__delattr__"); da != nil {
		return callMeth(da, o, py.String(name))
	}
	return py.None, o.genericDelAttr(name)
}

// typeShortName is a type's __name__: a Go-defined type is named with its
// module ("datetime.timedelta", as its repr shows it), its __name__ is the
// part after the last dot; a class made by the class builder (it has a
// __qualname__) keeps its name as given.
func typeShortName(t *py.Type) string {
	if t.Qualname == "" {
		if i := strings.LastIndexByte(t.Name, '.'); i >= 0 {
			return t.Name[i+1:]
		}
	}
	return t.Name
}

// typeGetAttr is type.__getattribute__: attribute access on classes.
func typeGetAttr(t *py.Type, name string) (py.Object, error) {
	switch name {
	case "__name__":
		return py.String(typeShortName(t)), nil
	case "__qualname__":
		if t.Qualname != "" {
			return py.String(t.Qualname), nil
		}
		return py.String(typeShortName(t)), nil
	case "__mro__":
		return append(py.Tuple{}, mro(t)...), nil
	case "__bases__":
		if t.Bases == nil {
			if t.Base != nil {
				return py.Tuple{t.Base}, nil
			}
			return py.Tuple{}, nil
		}
		return append(py.Tuple{}, t.Bases...), nil
	case "__base__":
		if t.Base == nil {
			return py.None, nil
		}
		return t.Base, nil
	case "__dict__":
		return pyobj.NewMappingProxy(t.Dict), nil
	case "__class__":
		return t.Type(), nil
	case "mro":
		return py.MustNewMethod("mro", func(_ py.Object, args py.Tuple) (py.Object, error) {
			return py.NewListFromItems(append([]py.Object{}, mro(t)...)), nil
		}, 0, "Return a type's method resolution order."), nil
	case "__doc__":
		if d, ok := t.Dict["__doc__"]; ok {
			return d, nil
		}
		if t.Doc != "" {
			return py.String(t.Doc), nil
		}
		return py.None, nil
	case "__module__":
		if m, ok := t.Dict["__module__"]; ok {
			return m, nil
		}
		return py.String("builtins"), nil
	}
	meta := t.Type()
	var mattr py.Object
	if meta != nil && meta != t {
		mattr, _ = lookup(meta, name)
		if mattr != nil && isDataDescr(mattr) {
			return bindGet(mattr, t, meta)
		}
	}
	if attr, _ := lookup(t, name); attr != nil {
		return bindClass(attr, t)
	}
	if mattr != nil {
		return bindGet(mattr, t, meta)
	}
	if meta != nil && meta != py.TypeType && isHeap(meta) {
		if g := special(meta, "__getattr__"); g != nil {
			return callMeth(g, t, py.String(name))
		}
	}
	return nil, pyErr(py.AttributeError, "type object '%s' has no attribute '%s'", t.Name, name)
}

// typeSetAttr is type.__setattr__.
func typeSetAttr(t *py.Type, name string, value py.Object) error {
	if !isHeap(t) && !pyobj.IsNamedTupleType(t) {
		return pyErr(py.TypeError, "cannot set '%s' attribute of immutable type '%s'", name, t.Name)
	}
	if meta := t.Type(); meta != nil && meta != py.TypeType {
		if attr, _ := lookup(meta, name); attr != nil && isDataDescr(attr) {
			return setDescr(attr, t, name, value)
		}
	}
	switch name {
	case "__name__":
		s, ok := value.(py.String)
		if !ok {
			return pyErr(py.TypeError, "can only assign string to %s.__name__, not '%s'", t.Name, value.Type().Name)
		}
		t.Name = string(s)
		return nil
	case "__qualname__":
		s, ok := value.(py.String)
		if !ok {
			return pyErr(py.TypeError, "can only assign string to %s.__qualname__, not '%s'", t.Name, value.Type().Name)
		}
		t.Qualname = string(s)
		return nil
	}
	if t.IsSubtype(py.BaseException) {
		if _, isFn := value.(*py.Function); !isFn && !isDunder(name) {
			if old, ok := t.Dict[name].(*excAttr); ok {
				old.def, old.hasDef = value, true
				return nil
			}
			value = &excAttr{name: name, def: value, hasDef: true}
		}
	}
	if f, ok := value.(*py.Function); ok && guardedNames[name] && !isSubtype(t, py.TypeType) {
		value = &guardFunc{fn: f, name: name, owner: t}
	}
	t.Dict[name] = value
	version.Add(1)
	return nil
}

func typeDelAttr(t *py.Type, name string) error {
	if !isHeap(t) {
		return pyErr(py.TypeError, "cannot delete '%s' attribute of immutable type '%s'", name, t.Name)
	}
	if _, ok := t.Dict[name]; !ok {
		return pyErr(py.AttributeError, "type object '%s' has no attribute '%s'", t.Name, name)
	}
	delete(t.Dict, name)
	version.Add(1)
	return nil
}

func isDunder(name string) bool {
	return len(name) > 4 && name[:2] == "__" && name[len(name)-2:] == "__"
}

// GetAttr is getattr(o, name) with CPython semantics for the objects this
// package knows (instances, classes, exceptions); others go to gpython.
func GetAttr(o py.Object, name string) (py.Object, error) {
	switch x := o.(type) {
	case *Instance:
		return x.M__getattribute__(name)
	case *py.Type:
		r, err := typeGetAttr(x, name)
		if err != nil {
			fillAttrError(err, o, name)
		}
		return r, err
	case *py.Exception:
		return excGetAttr(x, name)
	}
	r, err := py.GetAttrString(o, name)
	if err != nil {
		if b, ok := o.(*py.BoundMethod); ok && py.IsException(py.AttributeError, err) {
			// a name no compiled code reads as an attribute has no
			// forwarding descriptor (boundattrs.go)
			return GetAttr(b.Method, name)
		}
		if m, ok := o.(*py.Module); ok {
			if e, ok := err.(*py.Exception); ok && e.Base == py.AttributeError && moduleNoAttrRe().MatchString(moduleErrMsg(e)) {
				setModuleAttrError(e, m, name)
				return nil, e
			}
		}
		patchError(nil, err)
		fillAttrError(err, o, name)
	}
	return r, err
}

// fillAttrError gives getattr()'s AttributeError about name on o the name
// and obj attributes CPython sets, when the error is about that attribute
// and has none yet.
func fillAttrError(err error, o py.Object, name string) {
	e, ok := err.(*py.Exception)
	if !ok || e.Base != py.AttributeError || !strings.HasSuffix(moduleErrMsg(e), " has no attribute '"+name+"'") {
		return
	}
	d := dictOf(e)
	if d["name"] == nil {
		d["name"] = py.String(name)
	}
	if d["obj"] == nil || d["obj"] == py.None {
		d["obj"] = o
	}
}

// SetAttr is setattr(o, name, value).
func SetAttr(o py.Object, name string, value py.Object) error {
	switch x := o.(type) {
	case *Instance:
		_, err := x.M__setattr__(name, value)
		return err
	case *py.Type:
		return typeSetAttr(x, name, value)
	case *py.Exception:
		return excSetAttr(x, name, value)
	}
	_, err := py.SetAttrString(o, name, value)
	return err
}

// DelAttr is delattr(o, name).
func DelAttr(o py.Object, name string) error {
	switch x := o.(type) {
	case *Instance:
		_, err := x.M__delattr__(name)
		return err
	case *py.Type:
		return typeDelAttr(x, name)
	case *py.Exception:
		return excDelAttr(x, name)
	}
	return py.DeleteAttrString(o, name)
}
