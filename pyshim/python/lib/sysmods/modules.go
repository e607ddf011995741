package sysmods

import (
	"github.com/go-python/gpython/py"
)

// ModulesViewType is the type of sys.modules.
var ModulesViewType = py.NewType("dict", "sys.modules: the loaded modules by name.")

// ModulesView is sys.modules: a live mapping over the context's loaded
// modules. Assigning a module to a name makes later imports of that name
// return it, as in CPython.
type ModulesView struct{ im *importer }

// Type returns ModulesViewType.
func (m *ModulesView) Type() *py.Type { return ModulesViewType }

func (m *ModulesView) lookup(k py.Object) (py.Object, bool) {
	s, ok := k.(py.String)
	if !ok {
		return nil, false
	}
	if o, ok := m.im.object(string(s)); ok && !m.im.isFailed(string(s)) {
		return o, true
	}
	mod, err := m.im.ctx.GetModule(string(s))
	if err != nil || m.im.isFailed(string(s)) {
		return nil, false
	}
	return mod, true
}

// M__getitem__ returns the module named k.
func (m *ModulesView) M__getitem__(k py.Object) (py.Object, error) {
	if v, ok := m.lookup(k); ok {
		return v, nil
	}
	return nil, keyError(k)
}

// M__setitem__ makes name k resolve to the module v.
func (m *ModulesView) M__setitem__(k, v py.Object) (py.Object, error) {
	s, ok := k.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "module name must be str")
	}
	mod, ok := v.(*py.Module)
	if ok {
		m.im.dropObject(string(s))
	} else {
		m.im.setObject(string(s), v)
		// Non-module objects: wrap their attributes in a module.
		mod = &py.Module{ModuleImpl: &py.ModuleImpl{Info: py.ModuleInfo{Name: string(s)}}, Globals: py.StringDict{}, Context: m.im.ctx}
		if d, ok := v.(py.IGetDict); ok {
			for a, x := range d.GetDict() {
				mod.Globals[a] = x
			}
		}
	}
	impl := &py.ModuleImpl{Info: py.ModuleInfo{Name: string(s)}}
	nm, err := m.im.ctx.Store().NewModule(m.im.ctx, impl)
	if err != nil {
		return nil, err
	}
	// Share the globals so the alias and the original stay one object's view.
	nm.Globals = mod.Globals
	m.im.note(string(s))
	m.im.setFailed(string(s), false)
	return py.None, nil
}

// M__delitem__ forgets module k: the next import runs it again.
func (m *ModulesView) M__delitem__(k py.Object) (py.Object, error) {
	if _, ok := m.lookup(k); !ok {
		return nil, keyError(k)
	}
	m.im.setFailed(string(k.(py.String)), true)
	m.im.dropObject(string(k.(py.String)))
	return py.None, nil
}

// M__contains__ reports whether module k is loaded.
func (m *ModulesView) M__contains__(k py.Object) (py.Object, error) {
	_, ok := m.lookup(k)
	return py.NewBool(ok), nil
}

// M__len__ is the number of loaded modules.
func (m *ModulesView) M__len__() (py.Object, error) {
	return py.Int(len(m.im.moduleNames())), nil
}

// M__iter__ iterates over module names.
func (m *ModulesView) M__iter__() (py.Object, error) {
	return py.NewIterator(m.keys()), nil
}

func (m *ModulesView) keys() py.Tuple {
	var t py.Tuple
	for _, n := range m.im.moduleNames() {
		t = append(t, py.String(n))
	}
	return t
}

// M__repr__ lists the modules.
func (m *ModulesView) M__repr__() (py.Object, error) {
	s := "{"
	for i, n := range m.im.moduleNames() {
		if i > 0 {
			s += ", "
		}
		mod, _ := m.im.ctx.GetModule(n)
		r, _ := repr(mod)
		s += "'" + n + "': " + r
	}
	return py.String(s + "}"), nil
}

func init() {
	ModulesViewType.Dict["get"] = method("get", func(self py.Object, args py.Tuple) (py.Object, error) {
		var k, d py.Object = nil, py.None
		if err := py.UnpackTuple(args, nil, "get", 1, 2, &k, &d); err != nil {
			return nil, err
		}
		if v, ok := self.(*ModulesView).lookup(k); ok {
			return v, nil
		}
		return d, nil
	})
	ModulesViewType.Dict["keys"] = method("keys", func(self py.Object) (py.Object, error) {
		return py.NewListFromItems(self.(*ModulesView).keys()), nil
	})
	ModulesViewType.Dict["values"] = method("values", func(self py.Object) (py.Object, error) {
		var out []py.Object
		for _, k := range self.(*ModulesView).keys() {
			v, _ := self.(*ModulesView).lookup(k)
			out = append(out, v)
		}
		return py.NewListFromItems(out), nil
	})
	ModulesViewType.Dict["items"] = method("items", func(self py.Object) (py.Object, error) {
		var out []py.Object
		for _, k := range self.(*ModulesView).keys() {
			v, _ := self.(*ModulesView).lookup(k)
			out = append(out, py.Tuple{k, v})
		}
		return py.NewListFromItems(out), nil
	})
	ModulesViewType.Dict["pop"] = method("pop", func(self py.Object, args py.Tuple) (py.Object, error) {
		var k, d py.Object
		if err := py.UnpackTuple(args, nil, "pop", 1, 2, &k, &d); err != nil {
			return nil, err
		}
		m := self.(*ModulesView)
		v, ok := m.lookup(k)
		if !ok {
			if d != nil {
				return d, nil
			}
			return nil, keyError(k)
		}
		if _, err := m.M__delitem__(k); err != nil {
			return nil, err
		}
		return v, nil
	})
	ModulesViewType.Dict["update"] = method("update", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var other py.Object
		if err := py.UnpackTuple(args, nil, "update", 0, 1, &other); err != nil {
			return nil, err
		}
		m := self.(*ModulesView)
		if other != nil {
			if items, err := py.GetAttrString(other, "items"); err == nil {
				other, err = py.Call(items, nil, nil)
				if err != nil {
					return nil, err
				}
			}
			var ierr error
			n := 0
			err := py.Iterate(other, func(item py.Object) bool {
				t, err := py.SequenceTuple(item)
				if err == nil && len(t) != 2 {
					err = py.ExceptionNewf(py.ValueError, "dictionary update sequence element #%d has length %d; 2 is required", n, len(t))
				}
				n++
				if err == nil {
					_, err = m.M__setitem__(t[0], t[1])
				}
				ierr = err
				return err != nil
			})
			if err != nil {
				return nil, err
			}
			if ierr != nil {
				return nil, ierr
			}
		}
		for k, v := range kwargs {
			if _, err := m.M__setitem__(py.String(k), v); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	ModulesViewType.Dict["copy"] = method("copy", func(self py.Object) (py.Object, error) {
		m := self.(*ModulesView)
		d := py.NewStringDict()
		for _, k := range m.keys() {
			if v, ok := m.lookup(k); ok {
				d[string(k.(py.String))] = v
			}
		}
		return d, nil
	})
	ModulesViewType.Dict["setdefault"] = method("setdefault", func(self py.Object, args py.Tuple) (py.Object, error) {
		var k, d py.Object = nil, py.None
		if err := py.UnpackTuple(args, nil, "setdefault", 1, 2, &k, &d); err != nil {
			return nil, err
		}
		m := self.(*ModulesView)
		if v, ok := m.lookup(k); ok {
			return v, nil
		}
		if _, err := m.M__setitem__(k, d); err != nil {
			return nil, err
		}
		return d, nil
	})
}
