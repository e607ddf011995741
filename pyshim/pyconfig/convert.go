package pyconfig

import (
	"encoding/json"
	"fmt"
	"math/big"
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
	"github.com/gowikibot/gowikibot/userconfig"
)

// ToPy converts a Go value to a Python object: nil, bool, ints, float64,
// string, userconfig.Tuple (tuple), []any and []string (list),
// map[string]any and map[string]string (dict, keys sorted), *big.Int;
// a py.Object is returned as it is; anything else goes through its JSON
// encoding.
func ToPy(v any) py.Object {
	switch x := v.(type) {
	case nil:
		return py.None
	case py.Object:
		return x
	case string:
		return py.String(x)
	case bool:
		return py.NewBool(x)
	case int:
		return py.Int(x)
	case int64:
		return py.Int(x)
	case float64:
		return py.Float(x)
	case *big.Int:
		return (*py.BigInt)(new(big.Int).Set(x))
	case userconfig.Tuple:
		t := make(py.Tuple, len(x))
		for i, e := range x {
			t[i] = ToPy(e)
		}
		return t
	case []any:
		l := py.NewListSized(len(x))
		for i, e := range x {
			l.Items[i] = ToPy(e)
		}
		return l
	case []string:
		l := py.NewListSized(len(x))
		for i, e := range x {
			l.Items[i] = py.String(e)
		}
		return l
	case map[string]any:
		d := pyobj.NewDict()
		for _, k := range sortedKeys(x) {
			d.SetStr(k, ToPy(x[k]))
		}
		return d
	case map[string]string:
		d := pyobj.NewDict()
		for _, k := range sortedKeys(x) {
			d.SetStr(k, py.String(x[k]))
		}
		return d
	}
	b, err := json.Marshal(v)
	if err != nil {
		return py.None
	}
	o, err := pyobj.JSONLoads(py.String(b), nil)
	if err != nil {
		return py.None
	}
	return o
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Repr is the interpreter's repr() of a Go value (converted with ToPy).
func Repr(v any) string {
	s, err := pyobj.ReprString(ToPy(v))
	if err != nil {
		return userconfig.Repr(v)
	}
	return s
}

// TypeName is type(o).__name__.
func TypeName(o py.Object) string {
	switch o.(type) {
	case nil:
		return "NoneType"
	case py.StringDict:
		return "dict"
	}
	return o.Type().Name
}

// CodeKind says what kind of code o is ("function", "class", "module")
// or "object" for other values that are not data; "" for data.
func CodeKind(o py.Object) string {
	_, kind := fromPy(o, 0)
	return kind
}

// FromPy converts a Python value to a Go config value: nil, bool, int64
// (*big.Int when large), float64, string, userconfig.Tuple, []any (lists,
// sets, deques) or map[string]any (dicts; other keys by their str()).
// Code and other objects give nil and ok=false.
func FromPy(o py.Object) (v any, ok bool) {
	v, kind := fromPy(o, 0)
	return v, kind == ""
}

// sequenceTypes are the types read as lists besides list and tuple.
var sequenceTypes = map[string]bool{"set": true, "frozenset": true, "deque": true, "range": true, "dict_keys": true, "dict_values": true}

func fromPy(o py.Object, depth int) (any, string) {
	if depth > 100 {
		return nil, ""
	}
	switch x := o.(type) {
	case nil, py.NoneType:
		return nil, ""
	case py.Bool:
		return bool(x), ""
	case py.Int:
		return int64(x), ""
	case *py.BigInt:
		return new(big.Int).Set((*big.Int)(x)), ""
	case py.Float:
		return float64(x), ""
	case py.String:
		return string(x), ""
	case py.Bytes:
		return string(x), ""
	case py.Tuple:
		t := make(userconfig.Tuple, len(x))
		for i, e := range x {
			t[i], _ = fromPy(e, depth+1)
		}
		return t, ""
	case *py.List:
		l := make([]any, len(x.Items))
		for i, e := range x.Items {
			l[i], _ = fromPy(e, depth+1)
		}
		return l, ""
	case py.StringDict:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k], _ = fromPy(e, depth+1)
		}
		return m, ""
	case *pyobj.Dict:
		m := make(map[string]any, x.Len())
		for _, it := range x.Items() {
			m[keyString(it.Key)], _ = fromPy(it.Value, depth+1)
		}
		return m, ""
	case *py.Function:
		return nil, "function"
	case *py.Method:
		return nil, "function"
	case *py.Module:
		return nil, "module"
	case *py.Type:
		return nil, "class"
	}
	if sequenceTypes[o.Type().Name] {
		var l []any
		if err := py.Iterate(o, func(item py.Object) bool {
			v, _ := fromPy(item, depth+1)
			l = append(l, v)
			return false
		}); err == nil {
			if o.Type().Name == "set" || o.Type().Name == "frozenset" {
				sort.Slice(l, func(i, j int) bool { return fmt.Sprint(l[i]) < fmt.Sprint(l[j]) })
			}
			return l, ""
		}
	}
	return nil, "object"
}

func keyString(k py.Object) string {
	if s, ok := k.(py.String); ok {
		return string(s)
	}
	if s, err := pyobj.StrString(k); err == nil {
		return s
	}
	return fmt.Sprint(k)
}
