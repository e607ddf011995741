package pyobj

import (
	"sort"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
)

// reprActive holds the containers whose repr is being computed, so a
// container that contains itself prints as CPython does ([...], {...}).
var (
	reprMu     sync.Mutex
	reprActive = map[any]int{}
)

func reprEnter(key any) bool {
	reprMu.Lock()
	defer reprMu.Unlock()
	if reprActive[key] > 0 {
		return false
	}
	reprActive[key]++
	return true
}

func reprLeave(key any) {
	reprMu.Lock()
	defer reprMu.Unlock()
	if reprActive[key]--; reprActive[key] <= 0 {
		delete(reprActive, key)
	}
}

// ReprString returns repr(o) as CPython prints it. Unlike gpython's own
// repr, one-element tuples print as (1,) and containers nested inside lists,
// tuples and dicts use this function too; recursive containers print as
// [...] and {...}.
func ReprString(o py.Object) (string, error) {
	switch v := o.(type) {
	case py.String:
		return py.ReprAsString(v)
	case py.Tuple:
		if len(v) == 0 {
			return "()", nil
		}
		var sb strings.Builder
		sb.WriteByte('(')
		for i, x := range v {
			if i > 0 {
				sb.WriteString(", ")
			}
			s, err := ReprString(x)
			if err != nil {
				return "", err
			}
			sb.WriteString(s)
		}
		if len(v) == 1 {
			sb.WriteByte(',')
		}
		sb.WriteByte(')')
		return sb.String(), nil
	case *py.List:
		if !reprEnter(v) {
			return "[...]", nil
		}
		defer reprLeave(v)
		var sb strings.Builder
		sb.WriteByte('[')
		for i := 0; i < len(v.Items); i++ {
			if i > 0 {
				sb.WriteString(", ")
			}
			s, err := ReprString(v.Items[i])
			if err != nil {
				return "", err
			}
			sb.WriteString(s)
		}
		sb.WriteByte(']')
		return sb.String(), nil
	case py.StringDict:
		var sb strings.Builder
		sb.WriteByte('{')
		keys := registeredOrder(v)
		if keys == nil {
			keys = make([]string, 0, len(v))
			for k := range v {
				keys = append(keys, k)
			}
			sort.Strings(keys)
		}
		for i, k := range keys {
			if i > 0 {
				sb.WriteString(", ")
			}
			ks, _ := py.ReprAsString(py.String(k))
			sb.WriteString(ks)
			sb.WriteString(": ")
			s, err := ReprString(v[k])
			if err != nil {
				return "", err
			}
			sb.WriteString(s)
		}
		sb.WriteByte('}')
		return sb.String(), nil
	case *py.Exception:
		return excRepr(v)
	case py.Float:
		return FloatRepr(float64(v)), nil
	case py.Complex:
		return ComplexRepr(complex128(v)), nil
	}
	if r, ok := objectRepr(o); ok {
		if _, own := o.(py.I__repr__); !own || isModule(o) {
			return r, nil
		}
	}
	return py.ReprAsString(o)
}

// excRepr formats an exception as CPython's repr: Name(arg, ...).
func excRepr(e *py.Exception) (string, error) {
	args, _ := e.Args.(py.Tuple)
	var sb strings.Builder
	sb.WriteString(e.Base.Name)
	sb.WriteByte('(')
	for i, a := range args {
		if i > 0 {
			sb.WriteString(", ")
		}
		s, err := ReprString(a)
		if err != nil {
			return "", err
		}
		sb.WriteString(s)
	}
	sb.WriteByte(')')
	return sb.String(), nil
}

// excStr formats an exception as CPython's str: ” for no arguments, the
// argument's str for one (its repr for KeyError), the args tuple otherwise.
func excStr(e *py.Exception) (string, error) {
	args, _ := e.Args.(py.Tuple)
	switch len(args) {
	case 0:
		return "", nil
	case 1:
		if e.Base.IsSubtype(py.KeyError) {
			return ReprString(args[0])
		}
		return StrString(args[0])
	}
	return ReprString(args)
}

// StrString returns str(o) with the same container fixes as ReprString.
func StrString(o py.Object) (string, error) {
	switch v := o.(type) {
	case py.String:
		return string(v), nil
	case py.Tuple, *py.List, py.StringDict, py.Float, py.Complex:
		return ReprString(v)
	case *py.Exception:
		return excStr(v)
	}
	if r, ok := objectRepr(o); ok {
		_, ownStr := o.(py.I__str__)
		_, ownRepr := o.(py.I__repr__)
		if !ownStr && (!ownRepr || isModule(o)) {
			return r, nil
		}
	}
	return py.StrAsString(o)
}

func sortStrings(s []string) { sort.Strings(s) }
