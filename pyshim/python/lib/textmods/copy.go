package textmods

import (
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// CopyErrorType is copy.Error.
var CopyErrorType *py.Type

func init() {
	t := py.ExceptionType.NewType("Error", "", nil, nil)
	t.ObjectType = py.TypeType
	t.Base = py.ExceptionType
	t.Flags &^= py.TPFLAGS_READY
	t.Dict["__module__"] = py.String("copy")
	if err := t.Ready(); err != nil {
		panic(err)
	}
	CopyErrorType = t
}

func isAtomic(x py.Object) bool {
	switch x.(type) {
	case py.String, py.Int, py.Float, py.Bool, py.Bytes, py.Complex, *py.BigInt, py.NoneType,
		*py.Function, *py.Method, *py.Type, *py.Module, *py.Range, *py.FrozenSet:
		return true
	}
	return x == py.None
}

// callMethod calls a method of x by name if it exists.
func callMethod(x py.Object, name string, args ...py.Object) (py.Object, bool, error) {
	if x.Type() != nil {
		if x.Type().NativeGetAttrOrNil(name) == nil {
			if _, isType := x.(*py.Type); !isType {
				// Python class instances keep methods in their class dict
				if _, ok := x.(py.IGetDict); !ok {
					return nil, false, nil
				}
			}
		}
	}
	m, err := py.GetAttrString(x, name)
	if err != nil {
		return nil, false, nil
	}
	r, err := py.Call(m, py.Tuple(args), nil)
	return r, true, err
}

// newInstanceLike makes an instance of x's class without calling __init__
// and with a copy of x's attribute dict.
func newInstanceLike(x py.Object, deep func(py.Object) (py.Object, error)) (py.Object, bool, error) {
	gd, ok := x.(py.IGetDict)
	if !ok {
		return nil, false, nil
	}
	t := x.Type()
	if t == nil || t.New == nil {
		return nil, false, nil
	}
	inst, err := t.New(t, nil, nil)
	if err != nil {
		return nil, false, err
	}
	nd, ok := inst.(py.IGetDict)
	if !ok || nd.GetDict() == nil {
		return nil, false, nil
	}
	dst := nd.GetDict()
	for k, v := range gd.GetDict() {
		if deep != nil {
			nv, err := deep(v)
			if err != nil {
				return nil, false, err
			}
			v = nv
		}
		dst[k] = v
	}
	if err := copyGoBase(pyobj.GoBase(x), pyobj.GoBase(inst), deep); err != nil {
		return nil, false, err
	}
	if err := copySlots(x, inst, deep); err != nil {
		return nil, false, err
	}
	return inst, true, nil
}

// slotHolder is an instance of a class with __slots__ (the class layer's
// instances), whose slot values are kept apart from its attribute dict.
type slotHolder interface {
	SlotValues() map[string]py.Object
	SetSlotValue(name string, v py.Object)
}

// copySlots copies the slot values of src into dst (deep copies with
// deep, when not nil).
func copySlots(src, dst py.Object, deep func(py.Object) (py.Object, error)) error {
	s, ok := src.(slotHolder)
	if !ok {
		return nil
	}
	d, ok := dst.(slotHolder)
	if !ok {
		return nil
	}
	for k, v := range s.SlotValues() {
		if deep != nil {
			nv, err := deep(v)
			if err != nil {
				return err
			}
			v = nv
		}
		d.SetSlotValue(k, v)
	}
	return nil
}

// copyGoBase copies the contents of the built-in value src of an instance
// of a subclass of list, dict or set into dst, the new instance's (as
// CPython's copy does through __reduce_ex__'s list and dict items).
func copyGoBase(src, dst py.Object, deep func(py.Object) (py.Object, error)) error {
	cp := func(v py.Object) (py.Object, error) {
		if deep == nil {
			return v, nil
		}
		return deep(v)
	}
	switch s := src.(type) {
	case *py.List:
		d, ok := dst.(*py.List)
		if !ok || len(d.Items) > 0 {
			return nil
		}
		for _, v := range s.Items {
			nv, err := cp(v)
			if err != nil {
				return err
			}
			d.Items = append(d.Items, nv)
		}
	case *pyobj.Dict:
		d, ok := dst.(*pyobj.Dict)
		if !ok || d.Len() > 0 {
			return nil
		}
		for _, it := range s.Items() {
			k, err := cp(it.Key)
			if err != nil {
				return err
			}
			v, err := cp(it.Value)
			if err != nil {
				return err
			}
			if err := d.SetItem(k, v); err != nil {
				return err
			}
		}
	case *pyobj.Set:
		d, ok := dst.(*pyobj.Set)
		if !ok || len(d.Items()) > 0 {
			return nil
		}
		for _, v := range s.Items() {
			nv, err := cp(v)
			if err != nil {
				return err
			}
			if err := d.Add(nv); err != nil {
				return err
			}
		}
	}
	return nil
}

// ShallowCopy is copy.copy.
func ShallowCopy(x py.Object) (py.Object, error) {
	if isAtomic(x) {
		return x, nil
	}
	switch v := x.(type) {
	case py.Tuple:
		return v, nil
	case *py.List:
		return v.Copy(), nil
	case py.StringDict:
		return v.Copy(), nil
	case *py.Set:
		return py.NewSetFromItems(setItems(v)), nil
	}
	if r, ok, err := callMethod(x, "__copy__"); ok {
		return r, err
	}
	if r, ok, err := newInstanceLike(x, nil); ok || err != nil {
		return r, err
	}
	if r, ok, err := callMethod(x, "copy"); ok {
		return r, err
	}
	return nil, py.ExceptionNewf(CopyErrorType, "un(shallow)copyable object of type %s", typeName(x))
}

func setItems(s *py.Set) []py.Object {
	var out []py.Object
	_ = py.Iterate(s, func(o py.Object) bool { out = append(out, o); return false })
	return out
}

type deepCopier struct {
	memo map[uintptr]py.Object
}

func identity(x py.Object) (uintptr, bool) {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Ptr, reflect.Map, reflect.Slice:
		if v.Kind() == reflect.Slice && v.Len() == 0 {
			return 0, false
		}
		return v.Pointer(), true
	}
	return 0, false
}

func (d *deepCopier) copy(x py.Object) (py.Object, error) {
	if isAtomic(x) {
		return x, nil
	}
	id, hasID := identity(x)
	if hasID {
		if y, ok := d.memo[id]; ok {
			return y, nil
		}
	}
	remember := func(y py.Object) {
		if hasID {
			d.memo[id] = y
		}
	}
	switch v := x.(type) {
	case py.Tuple:
		out := make(py.Tuple, len(v))
		changed := false
		for i, item := range v {
			c, err := d.copy(item)
			if err != nil {
				return nil, err
			}
			out[i] = c
			if !identical(c, item) {
				changed = true
			}
		}
		if !changed {
			return v, nil
		}
		remember(out)
		return out, nil
	case *py.List:
		out := py.NewListSized(len(v.Items))
		remember(out)
		for i, item := range v.Items {
			c, err := d.copy(item)
			if err != nil {
				return nil, err
			}
			out.Items[i] = c
		}
		return out, nil
	case py.StringDict:
		out := py.NewStringDictSized(len(v))
		remember(out)
		for k, item := range v {
			c, err := d.copy(item)
			if err != nil {
				return nil, err
			}
			out[k] = c
		}
		return out, nil
	case *py.Set:
		items := setItems(v)
		for i, item := range items {
			c, err := d.copy(item)
			if err != nil {
				return nil, err
			}
			items[i] = c
		}
		out := py.NewSetFromItems(items)
		remember(out)
		return out, nil
	}
	if r, ok, err := callMethod(x, "__deepcopy__", py.NewStringDict()); ok {
		if err == nil {
			remember(r)
		}
		return r, err
	}
	if r, ok, err := newInstanceLike(x, d.copy); ok || err != nil {
		if err == nil {
			remember(r)
		}
		return r, err
	}
	// Other mappings and sequences (the project's own dict/set types):
	// rebuild through their type.
	if _, err := py.GetAttrString(x, "items"); err == nil {
		out, err := py.Call(x.Type(), nil, nil)
		if err == nil {
			remember(out)
			itemsFn, _ := py.GetAttrString(x, "items")
			items, err := py.Call(itemsFn, nil, nil)
			if err != nil {
				return nil, err
			}
			var ierr error
			err = py.Iterate(items, func(kv py.Object) bool {
				pair, err := collect(kv)
				if err != nil || len(pair) != 2 {
					ierr = err
					return true
				}
				k, err := d.copy(pair[0])
				if err != nil {
					ierr = err
					return true
				}
				val, err := d.copy(pair[1])
				if err != nil {
					ierr = err
					return true
				}
				if _, err := py.SetItem(out, k, val); err != nil {
					ierr = err
					return true
				}
				return false
			})
			if err == nil {
				err = ierr
			}
			return out, err
		}
	}
	if r, ok, err := callMethod(x, "copy"); ok {
		return r, err
	}
	return nil, py.ExceptionNewf(CopyErrorType, "un(deep)copyable object of type %s", typeName(x))
}

// DeepCopy is copy.deepcopy.
func DeepCopy(x py.Object) (py.Object, error) {
	d := &deepCopier{memo: map[uintptr]py.Object{}}
	return d.copy(x)
}

func init() {
	register("copy", "Generic (shallow and deep) copying operations.", []*py.Method{
		method("copy", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs("copy", args, kwargs, []string{"x"}, 1)
			if err != nil {
				return nil, err
			}
			return ShallowCopy(a[0])
		}),
		method("deepcopy", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs("deepcopy", args, kwargs, []string{"x", "memo"}, 1)
			if err != nil {
				return nil, err
			}
			return DeepCopy(a[0])
		}),
	}, py.StringDict{"Error": CopyErrorType, "error": CopyErrorType})
}
