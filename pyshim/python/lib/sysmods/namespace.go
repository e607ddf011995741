package sysmods

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
)

// NamespaceType is argparse.Namespace (also types.SimpleNamespace).
var NamespaceType = py.NewTypeX("Namespace", "Simple object for storing attributes.", namespaceNew, nil)

// Namespace holds attributes; repr lists them sorted by name.
type Namespace struct {
	d     py.StringDict
	order []string // attribute names in insertion order
	name  string
}

func (n *Namespace) set(k string, v py.Object) {
	if _, ok := n.d[k]; !ok {
		n.order = append(n.order, k)
	}
	n.d[k] = v
}

// keys returns the names in insertion order (also names added through the
// dict returned by vars()).
func (n *Namespace) keys() []string {
	var out []string
	seen := map[string]bool{}
	for _, k := range n.order {
		if _, ok := n.d[k]; ok && !seen[k] {
			out = append(out, k)
			seen[k] = true
		}
	}
	var extra []string
	for k := range n.d {
		if !seen[k] {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	return append(out, extra...)
}

// Type returns NamespaceType.
func (n *Namespace) Type() *py.Type { return NamespaceType }

func namespaceNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "Namespace() takes no positional arguments")
	}
	n := &Namespace{d: py.StringDict{}, name: "Namespace"}
	ks := make([]string, 0, len(kwargs))
	for k := range kwargs {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		n.set(k, kwargs[k])
	}
	return n, nil
}

// GetDict returns the attribute dict (vars(ns)).
func (n *Namespace) GetDict() py.StringDict { return n.d }

// M__getattr__ looks up an attribute.
func (n *Namespace) M__getattr__(name string) (py.Object, error) {
	if name == "__dict__" {
		return n.d, nil
	}
	if v, ok := n.d[name]; ok {
		return v, nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", n.name, name)
}

// M__setattr__ sets an attribute.
func (n *Namespace) M__setattr__(name string, v py.Object) (py.Object, error) {
	n.set(name, v)
	return py.None, nil
}

// M__delattr__ deletes an attribute.
func (n *Namespace) M__delattr__(name string) (py.Object, error) {
	if _, ok := n.d[name]; !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "%s", name)
	}
	delete(n.d, name)
	return py.None, nil
}

// M__contains__ reports whether an attribute is set.
func (n *Namespace) M__contains__(k py.Object) (py.Object, error) {
	s, ok := k.(py.String)
	if !ok {
		return py.False, nil
	}
	_, ok = n.d[string(s)]
	return py.NewBool(ok), nil
}

// M__repr__ is Namespace(a=1, b='x'), in insertion order.
func (n *Namespace) M__repr__() (py.Object, error) {
	keys := n.keys()
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		r, err := repr(n.d[k])
		if err != nil {
			return nil, err
		}
		parts = append(parts, k+"="+r)
	}
	return py.String(n.name + "(" + strings.Join(parts, ", ") + ")"), nil
}

// M__eq__ compares attributes.
func (n *Namespace) M__eq__(o py.Object) (py.Object, error) {
	m, ok := o.(*Namespace)
	if !ok || len(m.d) != len(n.d) {
		return py.False, nil
	}
	for k, v := range n.d {
		w, ok := m.d[k]
		if !ok {
			return py.False, nil
		}
		eq, err := py.Eq(v, w)
		if err != nil || eq != py.True {
			return py.False, err
		}
	}
	return py.True, nil
}

// M__ne__ negates M__eq__.
func (n *Namespace) M__ne__(o py.Object) (py.Object, error) {
	r, err := n.M__eq__(o)
	return py.NewBool(r != py.True), err
}

func namespaceInit() {
	NamespaceType.Flags |= py.TPFLAGS_BASETYPE
	simple := py.NewTypeX("types.SimpleNamespace", "A simple attribute-based namespace.", func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		o, err := namespaceNew(t, args, kwargs)
		if err == nil {
			o.(*Namespace).name = "namespace"
		}
		return o, err
	}, nil)
	_ = simple
	register("_gwb_namespace", "", map[string]interface{}{
		"get_names": func(self, o py.Object) (py.Object, error) {
			n, ok := o.(*Namespace)
			if !ok {
				return py.NewList(), nil
			}
			return py.NewListFromStrings(n.keys()), nil
		},
		"has": func(self py.Object, args py.Tuple) (py.Object, error) {
			n, ok := args[0].(*Namespace)
			if !ok {
				_, err := py.GetAttrString(args[0], string(args[1].(py.String)))
				return py.NewBool(err == nil), nil
			}
			_, ok = n.d[string(args[1].(py.String))]
			return py.NewBool(ok), nil
		},
	}, py.StringDict{"Namespace": NamespaceType})
}

func init() { namespaceInit() }
