package textmods

import (
	"github.com/go-python/gpython/py"
)

// CachedProperty is functools.cached_property: computed on first access,
// then stored in the instance's attribute dict.
type CachedProperty struct {
	Fn   py.Object
	Name string
	Dict py.StringDict
}

// CachedPropertyType is functools.cached_property.
var CachedPropertyType = py.NewTypeX("cached_property", "", func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("cached_property", args, kwargs, []string{"func"}, 1)
	if err != nil {
		return nil, err
	}
	cp := &CachedProperty{Fn: a[0], Dict: py.NewStringDict()}
	if n, err := py.GetAttrString(a[0], "__name__"); err == nil {
		if s, ok := n.(py.String); ok {
			cp.Name = string(s)
		}
	}
	if d, err := py.GetAttrString(a[0], "__doc__"); err == nil {
		cp.Dict["__doc__"] = d
	} else if f, ok := a[0].(*py.Function); ok && f.Doc != nil {
		cp.Dict["__doc__"] = f.Doc
	}
	return cp, nil
}, nil)

// Type returns functools.cached_property.
func (c *CachedProperty) Type() *py.Type { return CachedPropertyType }

// GetDict returns the descriptor's own attributes.
func (c *CachedProperty) GetDict() py.StringDict { return c.Dict }

// M__get__ computes the value once per instance.
func (c *CachedProperty) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return c, nil
	}
	if c.Name == "" {
		return nil, py.ExceptionNewf(py.TypeError, "Cannot use cached_property instance without calling __set_name__ on it.")
	}
	v, err := py.Call(c.Fn, py.Tuple{instance}, nil)
	if err != nil {
		return nil, err
	}
	if gd, ok := instance.(py.IGetDict); ok && gd.GetDict() != nil {
		gd.GetDict()[c.Name] = v
		return v, nil
	}
	if _, err := py.SetAttrString(instance, c.Name, v); err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "No '__dict__' attribute on '%s' instance to cache '%s' property.", typeName(instance), c.Name)
	}
	return v, nil
}

// M__set_name__ records the attribute name (called by class builders that
// support it).
func (c *CachedProperty) M__set_name__(owner, name py.Object) (py.Object, error) {
	if s, ok := name.(py.String); ok {
		c.Name = string(s)
	}
	return py.None, nil
}

func init() {
	CachedPropertyType.Dict["attrname"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		c := self.(*CachedProperty)
		if c.Name == "" {
			return py.None, nil
		}
		return py.String(c.Name), nil
	}}
	CachedPropertyType.Dict["func"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return self.(*CachedProperty).Fn, nil
	}}
}
