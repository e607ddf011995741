package userconfig

import (
	"fmt"
	"math/big"
	"sort"

	"github.com/go-python/gpython/py"
)

// funcValue stands for a Python function, class or module found among the
// config globals; such values are code, not data.
type funcValue struct{ kind, name string }

// toPy converts a Go config value to a Python object.
func toPy(v any) py.Object {
	switch x := v.(type) {
	case nil:
		return py.None
	case bool:
		return py.NewBool(x)
	case int:
		return py.Int(x)
	case int64:
		return py.Int(x)
	case float64:
		return py.Float(x)
	case string:
		return py.String(x)
	case Tuple:
		t := make(py.Tuple, len(x))
		for i, e := range x {
			t[i] = toPy(e)
		}
		return t
	case []any:
		l := py.NewList()
		for _, e := range x {
			l.Append(toPy(e))
		}
		return l
	case []string:
		l := py.NewList()
		for _, e := range x {
			l.Append(py.String(e))
		}
		return l
	case map[string]any:
		d := py.NewStringDict()
		for k, e := range x {
			d[k] = toPy(e)
		}
		return d
	case map[string]string:
		d := py.NewStringDict()
		for k, e := range x {
			d[k] = py.String(e)
		}
		return d
	}
	return py.None
}

// pyTypeName is the Python type name of o, as type(o).__name__.
func pyTypeName(o py.Object) string {
	switch o.(type) {
	case *usernamesDict:
		return "defaultdict"
	case py.StringDict:
		return "dict"
	}
	if o == nil {
		return "NoneType"
	}
	return o.Type().Name
}

// fromPy converts a Python value to a Go value: nil, bool, int64 (or
// *big.Int), float64, string, Tuple, []any, map[string]any, or funcValue
// for code objects (functions, classes, modules).
func fromPy(o py.Object) any {
	return fromPyDepth(o, 0)
}

func fromPyDepth(o py.Object, depth int) any {
	if depth > 50 {
		return nil
	}
	switch x := o.(type) {
	case nil, py.NoneType:
		return nil
	case py.Bool:
		return bool(x)
	case py.Int:
		return int64(x)
	case *py.BigInt:
		return (*big.Int)(x)
	case py.Float:
		return float64(x)
	case py.String:
		return string(x)
	case py.Bytes:
		return string(x)
	case py.Tuple:
		t := make(Tuple, len(x))
		for i, e := range x {
			t[i] = fromPyDepth(e, depth+1)
		}
		return t
	case *py.List:
		l := make([]any, len(x.Items))
		for i, e := range x.Items {
			l[i] = fromPyDepth(e, depth+1)
		}
		return l
	case py.StringDict:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = fromPyDepth(e, depth+1)
		}
		return m
	case *usernamesDict:
		m := make(map[string]any, len(x.d))
		for k, e := range x.d {
			m[k] = fromPyDepth(e, depth+1)
		}
		return m
	case *py.Set:
		var l []any
		_ = py.Iterate(x, func(k py.Object) bool {
			l = append(l, fromPyDepth(k, depth+1))
			return false
		})
		sort.Slice(l, func(i, j int) bool { return fmt.Sprint(l[i]) < fmt.Sprint(l[j]) })
		return l
	case *py.Function:
		return funcValue{"function", x.Name}
	case *py.Method:
		return funcValue{"function", x.Name}
	case *py.Module:
		return funcValue{"module", fmt.Sprint(x.Globals["__name__"])}
	case *py.Type:
		return funcValue{"class", x.Name}
	}
	// Mapping types of the compatibility layer (dicts with any keys):
	// anything with items() is read as a mapping with string keys.
	if items, err := py.GetAttrString(o, "items"); err == nil {
		if res, err := py.Call(items, nil, nil); err == nil {
			m := map[string]any{}
			ok := true
			_ = py.Iterate(res, func(item py.Object) bool {
				var k, v py.Object
				switch p := item.(type) {
				case py.Tuple:
					if len(p) == 2 {
						k, v = p[0], p[1]
					}
				}
				if k == nil {
					ok = false
					return true
				}
				m[pyKeyString(k)] = fromPyDepth(v, depth+1)
				return false
			})
			if ok {
				return m
			}
		}
	}
	// Sequence types of the compatibility layer.
	var l []any
	if err := py.Iterate(o, func(item py.Object) bool {
		l = append(l, fromPyDepth(item, depth+1))
		return false
	}); err == nil {
		return l
	}
	return funcValue{"object", o.Type().Name}
}

func pyKeyString(k py.Object) string {
	if s, ok := k.(py.String); ok {
		return string(s)
	}
	r, err := py.Str(k)
	if err != nil {
		return fmt.Sprint(k)
	}
	return fmt.Sprint(r)
}

// usernamesDict is pywikibot's usernames = defaultdict(dict): reading a
// missing family creates an empty dict for it, so
// usernames['wikipedia']['en'] = 'Bot' works with no set-up.
type usernamesDict struct {
	d py.StringDict
}

var usernamesDictType = py.NewType("defaultdict", "defaultdict(dict): usernames[family][code]")

func (u *usernamesDict) Type() *py.Type { return usernamesDictType }

func (u *usernamesDict) key(k py.Object) (string, error) {
	s, ok := k.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "usernames keys must be family names (str), not %s", pyTypeName(k))
	}
	return string(s), nil
}

func (u *usernamesDict) M__getitem__(k py.Object) (py.Object, error) {
	key, err := u.key(k)
	if err != nil {
		return nil, err
	}
	if v, ok := u.d[key]; ok {
		return v, nil
	}
	v := py.NewStringDict()
	u.d[key] = v
	return v, nil
}

func (u *usernamesDict) M__setitem__(k, v py.Object) (py.Object, error) {
	key, err := u.key(k)
	if err != nil {
		return nil, err
	}
	u.d[key] = v
	return py.None, nil
}

func (u *usernamesDict) M__delitem__(k py.Object) (py.Object, error) {
	return u.d.M__delitem__(k)
}

func (u *usernamesDict) M__contains__(k py.Object) (py.Object, error) {
	s, ok := k.(py.String)
	if !ok {
		return py.False, nil
	}
	_, in := u.d[string(s)]
	return py.NewBool(in), nil
}

func (u *usernamesDict) M__len__() (py.Object, error) { return py.Int(len(u.d)), nil }

func (u *usernamesDict) M__bool__() (py.Object, error) { return py.NewBool(len(u.d) > 0), nil }

func (u *usernamesDict) M__iter__() (py.Object, error) { return u.d.M__iter__() }

func (u *usernamesDict) M__repr__() (py.Object, error) {
	r, err := u.d.M__repr__()
	if err != nil {
		return nil, err
	}
	return py.String("defaultdict(<class 'dict'>, " + string(r.(py.String)) + ")"), nil
}

func init() {
	d := usernamesDictType.Dict
	self := func(o py.Object) *usernamesDict { return o.(*usernamesDict) }
	d["get"] = py.MustNewMethod("get", func(s py.Object, args py.Tuple) (py.Object, error) {
		var k, def py.Object = nil, py.None
		if err := py.UnpackTuple(args, nil, "get", 1, 2, &k, &def); err != nil {
			return nil, err
		}
		if ks, ok := k.(py.String); ok {
			if v, ok := self(s).d[string(ks)]; ok {
				return v, nil
			}
		}
		return def, nil
	}, 0, "get(k[, d])")
	for _, name := range []string{"keys", "values", "items"} {
		name := name
		d[name] = py.MustNewMethod(name, func(s py.Object, args py.Tuple) (py.Object, error) {
			m := py.StringDictType.Dict[name].(*py.Method)
			return m.Call(self(s).d, args)
		}, 0, name+"()")
	}
	d["update"] = py.MustNewMethod("update", func(s py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		u := self(s)
		for _, a := range args {
			if err := mergeMapping(u.d, a); err != nil {
				return nil, err
			}
		}
		for k, v := range kw {
			u.d[k] = v
		}
		return py.None, nil
	}, 0, "update(mapping)")
	d["setdefault"] = py.MustNewMethod("setdefault", func(s py.Object, args py.Tuple) (py.Object, error) {
		var k, def py.Object = nil, py.None
		if err := py.UnpackTuple(args, nil, "setdefault", 1, 2, &k, &def); err != nil {
			return nil, err
		}
		u := self(s)
		key, err := u.key(k)
		if err != nil {
			return nil, err
		}
		if v, ok := u.d[key]; ok {
			return v, nil
		}
		u.d[key] = def
		return def, nil
	}, 0, "setdefault(k[, d])")
	d["clear"] = py.MustNewMethod("clear", func(s py.Object) (py.Object, error) {
		u := self(s)
		for k := range u.d {
			delete(u.d, k)
		}
		return py.None, nil
	}, 0, "clear()")
}

func mergeMapping(dst py.StringDict, src py.Object) error {
	switch m := src.(type) {
	case py.StringDict:
		for k, v := range m {
			dst[k] = v
		}
		return nil
	case *usernamesDict:
		for k, v := range m.d {
			dst[k] = v
		}
		return nil
	}
	items, err := py.GetAttrString(src, "items")
	if err != nil {
		return py.ExceptionNewf(py.TypeError, "'%s' object is not a mapping", pyTypeName(src))
	}
	res, err := py.Call(items, nil, nil)
	if err != nil {
		return err
	}
	var ierr error
	err = py.Iterate(res, func(item py.Object) bool {
		p, ok := item.(py.Tuple)
		if !ok || len(p) != 2 {
			ierr = py.ExceptionNewf(py.TypeError, "items() must give pairs")
			return true
		}
		dst[pyKeyString(p[0])] = p[1]
		return false
	})
	if err != nil {
		return err
	}
	return ierr
}

// PyDefaults returns pywikibot's config variables with their defaults as
// Python objects (usernames as the auto-vivifying defaultdict), for a
// pywikibot.config stand-in where family files run.
func PyDefaults() py.StringDict {
	g := py.NewStringDict()
	for _, v := range Variables {
		g[v.Name] = toPy(deepCopy(v.Default))
	}
	g["usernames"] = &usernamesDict{d: py.NewStringDict()}
	return g
}
