package pyobj

import (
	"strings"

	"github.com/go-python/gpython/py"
)

const dictDoc = `dict() -> new empty dictionary
dict(mapping) -> new dictionary initialized from a mapping object's
    (key, value) pairs
dict(iterable) -> new dictionary initialized as if via:
    d = {}
    for k, v in iterable:
        d[k] = v
dict(**kwargs) -> new dictionary initialized with the name=value pairs
    in the keyword argument list.  For example:  dict(one=1, two=2)`

// DictType is the Python type dict.
var DictType = py.NewType("dict", dictDoc)

// dictNew implements dict.__new__: an empty dict of type metatype (a
// subtype made by a script gets a *Dict whose Python type is the subtype).
// The arguments are applied by the type's Init (dict.__init__).
func dictNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return newDictOfType(metatype), nil
}

// dictInitFn implements dict.__init__(self, [mapping_or_iterable], **kw).
func dictInitFn(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	d, ok := self.(*Dict)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a 'dict' object")
	}
	return dictInit(d, "dict", args, kwargs)
}

// NewDictOfType returns an empty dict whose Python type is t, for classes
// that subclass dict (t must be dict or a subtype of it).
func NewDictOfType(t *py.Type) *Dict { return newDictOfType(t) }

// dictInit applies dict's positional and keyword arguments to d.
func dictInit(d *Dict, name string, args py.Tuple, kwargs py.StringDict) error {
	if len(args) > 1 {
		return py.ExceptionNewf(py.TypeError, "%s expected at most 1 argument, got %d", name, len(args))
	}
	if len(args) == 1 {
		if err := d.update(args[0]); err != nil {
			return err
		}
	}
	for _, k := range sortedKeys(kwargs) {
		d.setStr(k, kwargs[k])
	}
	return nil
}

// asDict returns the *Dict self of a method call, accepting both bound
// (self set) and unbound (dict.method(d, ...)) calls. A py.StringDict is
// converted to a view-less copy only for read-only methods.
func asDict(self py.Object, args py.Tuple, name string) (*Dict, py.Tuple, error) {
	if d, ok := self.(*Dict); ok {
		return d, args, nil
	}
	if d, ok := GoBase(self).(*Dict); ok {
		return d, args, nil
	}
	if len(args) > 0 {
		if d, ok := args[0].(*Dict); ok {
			return d, args[1:], nil
		}
		// dict.__setitem__(self, k, v) in a method of a dict subclass:
		// the instance's dict value
		if d, ok := GoBase(args[0]).(*Dict); ok {
			return d, args[1:], nil
		}
	}
	return nil, nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'dict' objects doesn't apply to this object", name)
}

func dictMethod(name, doc string, fn func(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	DictType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		d, args, err := asDict(self, args, name)
		if err != nil {
			return nil, err
		}
		return fn(d, args, kwargs)
	}, 0, doc)
}

func noKwargs(name string, kwargs py.StringDict) error {
	if len(kwargs) > 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	return nil
}

func argCount(name string, args py.Tuple, min, max int) error {
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	if min == max {
		if min == 0 {
			return py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", name, n)
		}
		if min == 1 {
			return py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, n)
		}
	}
	if n < min {
		return py.ExceptionNewf(py.TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	}
	return py.ExceptionNewf(py.TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// initDictType fills in the types of dicttype.go (called by init, in init.go).
func initDictType() {
	DictType.New = dictNew
	DictType.Init = dictInitFn
	dictMethod("get", "Return the value for key if key is in the dictionary, else default.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := noKwargs("get", kw); err != nil {
			return nil, err
		}
		if err := argCount("get", args, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := d.Get(args[0])
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
	dictMethod("setdefault", "Insert key with a value of default if key is not in the dictionary.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := noKwargs("setdefault", kw); err != nil {
			return nil, err
		}
		if err := argCount("setdefault", args, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := d.Get(args[0])
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		var def py.Object = py.None
		if len(args) == 2 {
			def = args[1]
		}
		return def, d.SetItem(args[0], def)
	})
	dictMethod("pop", "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := noKwargs("pop", kw); err != nil {
			return nil, err
		}
		if err := argCount("pop", args, 1, 2); err != nil {
			return nil, err
		}
		i, _, err := d.lookup(args[0])
		if err != nil {
			return nil, err
		}
		if i < 0 {
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, keyError(args[0])
		}
		v := d.ents[i].val
		d.removeAt(i)
		return v, nil
	})
	dictMethod("popitem", "Remove and return a (key, value) pair as a 2-tuple.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("dict.popitem", args, 0, 0); err != nil {
			return nil, err
		}
		return d.popItem(true)
	})
	dictMethod("update", "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.None, dictInit(d, "update", args, kw)
	})
	dictMethod("copy", "D.copy() -> a shallow copy of D", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("dict.copy", args, 0, 0); err != nil {
			return nil, err
		}
		c := d.Copy()
		if c.typ != nil && !isOwnDictType(c.typ) {
			c.typ = DictType
		}
		return c, nil
	})
	dictMethod("clear", "D.clear() -> None.  Remove all items from D.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("dict.clear", args, 0, 0); err != nil {
			return nil, err
		}
		d.Clear()
		return py.None, nil
	})
	dictMethod("keys", "D.keys() -> a set-like object providing a view on D's keys", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("dict.keys", args, 0, 0); err != nil {
			return nil, err
		}
		return &dictView{d: d, kind: viewKeys}, nil
	})
	dictMethod("values", "D.values() -> an object providing a view on D's values", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("dict.values", args, 0, 0); err != nil {
			return nil, err
		}
		return &dictView{d: d, kind: viewValues}, nil
	})
	dictMethod("items", "D.items() -> a set-like object providing a view on D's items", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("dict.items", args, 0, 0); err != nil {
			return nil, err
		}
		return &dictView{d: d, kind: viewItems}, nil
	})
	dictMethod("__setitem__", "Set self[key] to value.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("__setitem__", args, 2, 2); err != nil {
			return nil, err
		}
		return py.None, d.SetItem(args[0], args[1])
	})
	dictMethod("__contains__", "True if the dictionary has the specified key, else False.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("__contains__", args, 1, 1); err != nil {
			return nil, err
		}
		return d.M__contains__(args[0])
	})
	dictMethod("__delitem__", "Delete self[key].", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("__delitem__", args, 1, 1); err != nil {
			return nil, err
		}
		return d.M__delitem__(args[0])
	})
	dictMethod("__len__", "Return len(self).", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("__len__", args, 0, 0); err != nil {
			return nil, err
		}
		return d.M__len__()
	})
	// fromkeys is a class method: dict.fromkeys(...) and d.fromkeys(...).
	DictType.Dict["fromkeys"] = py.MustNewMethod("fromkeys", func(self py.Object, args py.Tuple) (py.Object, error) {
		t := DictType
		switch s := self.(type) {
		case *Dict:
			t = s.Type()
		case *py.Type:
			t = s
		}
		if err := argCount("fromkeys", args, 1, 2); err != nil {
			return nil, err
		}
		var v py.Object = py.None
		if len(args) == 2 {
			v = args[1]
		}
		d := newDictOfType(t)
		err := iterate(args[0], func(k py.Object) error { return d.SetItem(k, v) })
		if err != nil {
			return nil, err
		}
		return d, nil
	}, 0, "Create a new dictionary with keys from iterable and values set to value.")
}

func (d *Dict) popItem(last bool) (py.Object, error) {
	if d.n == 0 {
		if d.Type() == DictType {
			return nil, keyError(py.String("popitem(): dictionary is empty"))
		}
		return nil, keyError(py.String("dictionary is empty"))
	}
	i := len(d.ents) - 1
	step := -1
	if !last {
		i, step = 0, 1
	}
	for d.ents[i].key == nil {
		i += step
	}
	k, v := d.ents[i].key, d.ents[i].val
	d.removeAt(i)
	return py.Tuple{k, v}, nil
}

// M__len__ returns len(d).
func (d *Dict) M__len__() (py.Object, error) { return py.Int(d.n), nil }

// M__bool__ reports whether d is non-empty.
func (d *Dict) M__bool__() (py.Object, error) { return py.NewBool(d.n > 0), nil }

// M__getitem__ returns d[key], calling __missing__ (defaultdict, Counter,
// subclasses) when the key is absent.
func (d *Dict) M__getitem__(key py.Object) (py.Object, error) {
	v, ok, err := d.Get(key)
	if err != nil {
		return nil, err
	}
	if ok {
		return v, nil
	}
	if d.typ != nil && d.typ != DictType {
		if m := d.typ.Lookup("__missing__"); m != nil {
			return py.Call(m, py.Tuple{d, key}, nil)
		}
	}
	return nil, keyError(key)
}

// M__setitem__ sets d[key] = value.
func (d *Dict) M__setitem__(key, value py.Object) (py.Object, error) {
	return py.None, d.SetItem(key, value)
}

// M__delitem__ deletes d[key].
func (d *Dict) M__delitem__(key py.Object) (py.Object, error) {
	ok, err := d.Delete(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, keyError(key)
	}
	return py.None, nil
}

// M__contains__ implements `key in d`.
func (d *Dict) M__contains__(key py.Object) (py.Object, error) {
	_, ok, err := d.Get(key)
	return py.NewBool(ok), err
}

// M__iter__ iterates over the keys.
func (d *Dict) M__iter__() (py.Object, error) {
	return newDictIter(d, viewKeys, false), nil
}

// M__reversed__ iterates over the keys in reverse order.
func (d *Dict) M__reversed__() (py.Object, error) {
	return newDictIter(d, viewKeys, true), nil
}

// M__repr__ returns repr(d) as CPython prints it.
func (d *Dict) M__repr__() (py.Object, error) {
	if !reprEnter(d) {
		return py.String("{...}"), nil
	}
	defer reprLeave(d)
	var sb strings.Builder
	if r := dictReprHook(d, &sb); r != nil {
		return r()
	}
	if err := d.reprBody(&sb); err != nil {
		return nil, err
	}
	return py.String(sb.String()), nil
}

// dictReprHook lets the collections types print their own repr; it
// returns nil for a plain dict.
var dictReprHook = func(d *Dict, sb *strings.Builder) func() (py.Object, error) { return nil }

// M__str__ returns str(d).
func (d *Dict) M__str__() (py.Object, error) { return d.M__repr__() }

// M__eq__ compares with another mapping.
func (d *Dict) M__eq__(other py.Object) (py.Object, error) {
	var o *Dict
	switch v := other.(type) {
	case *Dict:
		o = v
	case py.StringDict:
		o = DictFromStringDict(v)
	default:
		return py.NotImplemented, nil
	}
	if o.n != d.n {
		return py.False, nil
	}
	if d.typ == OrderedDictType && o.typ == OrderedDictType {
		a, b := d.Items(), o.Items()
		for i := range a {
			eq, err := Equal(a[i].Key, b[i].Key)
			if err != nil || !eq {
				return py.False, err
			}
		}
	}
	for i := range d.ents {
		k := d.ents[i].key
		if k == nil {
			continue
		}
		v, ok, err := o.Get(k)
		if err != nil {
			return nil, err
		}
		if !ok {
			return py.False, nil
		}
		eq, err := Equal(d.ents[i].val, v)
		if err != nil {
			return nil, err
		}
		if !eq {
			return py.False, nil
		}
	}
	return py.True, nil
}

// M__ne__ is the negation of M__eq__.
func (d *Dict) M__ne__(other py.Object) (py.Object, error) {
	r, err := d.M__eq__(other)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	return py.NewBool(r == py.False), nil
}

func isMapping(o py.Object) bool {
	switch o.(type) {
	case *Dict, py.StringDict:
		return true
	}
	return false
}

// M__or__ implements d | other (a new dict).
func (d *Dict) M__or__(other py.Object) (py.Object, error) {
	if d.typ == CounterType {
		if o, ok := other.(*Dict); ok && o.typ == CounterType {
			return counterBinop(d, o, '|')
		}
	}
	if !isMapping(other) {
		return py.NotImplemented, nil
	}
	c := d.Copy()
	if !isOwnDictType(c.typ) {
		c.typ = DictType
	}
	return c, c.update(other)
}

// M__ror__ implements other | d when other is a py.StringDict.
func (d *Dict) M__ror__(other py.Object) (py.Object, error) {
	if !isMapping(other) {
		return py.NotImplemented, nil
	}
	c := NewDict()
	if err := c.update(other); err != nil {
		return nil, err
	}
	return c, c.update(d)
}

// M__ior__ implements d |= other.
func (d *Dict) M__ior__(other py.Object) (py.Object, error) {
	return d, d.update(other)
}

func isOwnDictType(t *py.Type) bool {
	return t == nil || t == DictType || t == OrderedDictType || t == DefaultDictType || t == CounterType
}

// GetDict returns the instance attributes of a dict whose type is a
// script-defined subclass of dict (nil for the built-in dict types).
func (d *Dict) GetDict() py.StringDict {
	return d.attrs
}

// M__setattr__ stores attributes on instances of script-defined subclasses
// of dict; built-in dicts have no attributes, as in CPython.
func (d *Dict) M__setattr__(name string, value py.Object) (py.Object, error) {
	if isOwnDictType(d.typ) {
		if d.typ.Lookup(name) != nil {
			return nil, py.ExceptionNewf(py.AttributeError, "'%s' object attribute '%s' is read-only", d.Type().Name, name)
		}
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", d.Type().Name, name)
	}
	if d.attrs == nil {
		d.attrs = py.StringDict{}
	}
	d.attrs[name] = value
	return py.None, nil
}
