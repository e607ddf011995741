package pyobj

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// ChainMap is collections.ChainMap: a view of several mappings searched in
// order; writes go to the first.
type ChainMap struct {
	maps *py.List
}

// ChainMapType is the Python type collections.ChainMap.
var ChainMapType = py.NewType("ChainMap", "A ChainMap groups multiple dicts (or other mappings) together to create a single, updateable view.")

// Type returns ChainMap.
func (c *ChainMap) Type() *py.Type { return ChainMapType }

func chainMapNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "ChainMap() takes no keyword arguments")
	}
	maps := append([]py.Object(nil), args...)
	if len(maps) == 0 {
		maps = []py.Object{NewDict()}
	}
	return &ChainMap{maps: py.NewListFromItems(maps)}, nil
}

func (c *ChainMap) lookup(key py.Object) (py.Object, bool, error) {
	for _, m := range c.maps.Items {
		switch d := m.(type) {
		case *Dict:
			v, ok, err := d.Get(key)
			if err != nil || ok {
				return v, ok, err
			}
			continue
		}
		v, err := py.GetItem(m, key)
		if err == nil {
			return v, true, nil
		}
		if !py.IsException(py.KeyError, err) {
			return nil, false, err
		}
	}
	return nil, false, nil
}

// merged returns the keys in ChainMap's iteration order with their values.
func (c *ChainMap) merged() (*Dict, error) {
	keys := NewDict()
	for i := len(c.maps.Items) - 1; i >= 0; i-- {
		err := iterate(c.maps.Items[i], func(k py.Object) error { return keys.SetItem(k, py.None) })
		if err != nil {
			return nil, err
		}
	}
	out := NewDict()
	for _, k := range keys.Keys() {
		v, _, err := c.lookup(k)
		if err != nil {
			return nil, err
		}
		if err := out.SetItem(k, v); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// initChainMap fills in the types of chainmap.go (called by init, in init.go).
func initChainMap() {
	ChainMapType.New = chainMapNew
	m := func(name string, fn func(c *ChainMap, args py.Tuple, kw py.StringDict) (py.Object, error)) {
		ChainMapType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			c, ok := self.(*ChainMap)
			if !ok && len(args) > 0 {
				c, ok = args[0].(*ChainMap)
				args = args[1:]
			}
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'ChainMap' object", name)
			}
			return fn(c, args, kw)
		}, 0, "")
	}
	m("get", func(c *ChainMap, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("get", args, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := c.lookup(args[0])
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return py.None, nil
	})
	view := func(name string, kind int) {
		m(name, func(c *ChainMap, args py.Tuple, kw py.StringDict) (py.Object, error) {
			d, err := c.merged()
			if err != nil {
				return nil, err
			}
			return &dictView{d: d, kind: kind}, nil
		})
	}
	view("keys", viewKeys)
	view("values", viewValues)
	view("items", viewItems)
	m("new_child", func(c *ChainMap, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var child py.Object = py.None
		if err := py.ParseTupleAndKeywords(args, kw, "|O:new_child", []string{"m"}, &child); err != nil {
			return nil, err
		}
		if child == py.None {
			child = NewDict()
		}
		return &ChainMap{maps: py.NewListFromItems(append([]py.Object{child}, c.maps.Items...))}, nil
	})
	m("copy", func(c *ChainMap, args py.Tuple, kw py.StringDict) (py.Object, error) {
		first := c.maps.Items[0]
		if d, ok := first.(*Dict); ok {
			first = d.Copy()
		}
		return &ChainMap{maps: py.NewListFromItems(append([]py.Object{first}, c.maps.Items[1:]...))}, nil
	})
	m("pop", func(c *ChainMap, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("pop", args, 1, 2); err != nil {
			return nil, err
		}
		d, ok := c.maps.Items[0].(*Dict)
		if ok {
			v, found, err := d.Get(args[0])
			if err != nil {
				return nil, err
			}
			if found {
				_, err := d.Delete(args[0])
				return v, err
			}
		}
		if len(args) == 2 {
			return args[1], nil
		}
		s, _ := ReprString(args[0])
		return nil, py.ExceptionNewf(py.KeyError, "Key not found in the first mapping: %s", s)
	})
	ChainMapType.Dict["maps"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return self.(*ChainMap).maps, nil
	}}
	ChainMapType.Dict["parents"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		c := self.(*ChainMap)
		rest := c.maps.Items[1:]
		if len(rest) == 0 {
			rest = []py.Object{NewDict()}
		}
		return &ChainMap{maps: py.NewListFromItems(append([]py.Object(nil), rest...))}, nil
	}}
}

// M__getitem__ searches the maps in order.
func (c *ChainMap) M__getitem__(key py.Object) (py.Object, error) {
	v, ok, err := c.lookup(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, keyError(key)
	}
	return v, nil
}

// M__setitem__ sets the key in the first map.
func (c *ChainMap) M__setitem__(key, value py.Object) (py.Object, error) {
	return py.SetItem(c.maps.Items[0], key, value)
}

// M__delitem__ deletes the key from the first map.
func (c *ChainMap) M__delitem__(key py.Object) (py.Object, error) {
	if d, ok := c.maps.Items[0].(*Dict); ok {
		found, err := d.Delete(key)
		if err != nil {
			return nil, err
		}
		if !found {
			s, _ := ReprString(key)
			return nil, py.ExceptionNewf(py.KeyError, "Key not found in the first mapping: %s", s)
		}
		return py.None, nil
	}
	return py.DelItem(c.maps.Items[0], key)
}

// M__len__ counts the distinct keys.
func (c *ChainMap) M__len__() (py.Object, error) {
	d, err := c.merged()
	if err != nil {
		return nil, err
	}
	return py.Int(d.n), nil
}

// M__iter__ iterates over the distinct keys.
func (c *ChainMap) M__iter__() (py.Object, error) {
	d, err := c.merged()
	if err != nil {
		return nil, err
	}
	return d.M__iter__()
}

// M__contains__ implements `key in c`.
func (c *ChainMap) M__contains__(key py.Object) (py.Object, error) {
	_, ok, err := c.lookup(key)
	return py.NewBool(ok), err
}

// M__bool__ reports whether any map is non-empty.
func (c *ChainMap) M__bool__() (py.Object, error) {
	for _, m := range c.maps.Items {
		n, err := py.Len(m)
		if err != nil {
			return nil, err
		}
		if n != py.Int(0) {
			return py.True, nil
		}
	}
	return py.False, nil
}

// M__repr__ returns ChainMap(m1, m2, ...).
func (c *ChainMap) M__repr__() (py.Object, error) {
	if !reprEnter(c) {
		return py.String("..."), nil
	}
	defer reprLeave(c)
	parts := make([]string, len(c.maps.Items))
	for i, m := range c.maps.Items {
		s, err := ReprString(m)
		if err != nil {
			return nil, err
		}
		parts[i] = s
	}
	return py.String("ChainMap(" + strings.Join(parts, ", ") + ")"), nil
}

// M__str__ is repr.
func (c *ChainMap) M__str__() (py.Object, error) { return c.M__repr__() }
