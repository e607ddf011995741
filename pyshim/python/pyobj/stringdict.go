package pyobj

import (
	"github.com/go-python/gpython/py"
)

// setupStringDict completes gpython's py.StringDict (the type of **kwargs,
// globals() and class namespaces): it becomes a subtype of dict for
// isinstance, and gets dict's methods. Keys of a StringDict have no order;
// its iteration methods return them sorted, so output is deterministic.
func setupStringDict() {
	t := py.StringDictType
	t.Base = DictType
	t.Mro = py.Tuple{t, DictType, py.ObjectType}
	sd := func(self py.Object, args py.Tuple, name string) (py.StringDict, py.Tuple, error) {
		if d, ok := self.(py.StringDict); ok {
			return d, args, nil
		}
		if len(args) > 0 {
			if d, ok := args[0].(py.StringDict); ok {
				return d, args[1:], nil
			}
		}
		return nil, nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'dict' objects doesn't apply to this object", name)
	}
	method := func(name string, fn func(d py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error)) {
		t.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			d, args, err := sd(self, args, name)
			if err != nil {
				return nil, err
			}
			return fn(d, args, kw)
		}, 0, "")
	}
	view := func(name string, kind int) {
		method(name, func(d py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := argCount(name, args, 0, 0); err != nil {
				return nil, err
			}
			return &dictView{d: DictFromStringDict(d), kind: kind}, nil
		})
	}
	view("keys", viewKeys)
	view("values", viewValues)
	view("items", viewItems)
	strKey := func(k py.Object) (string, bool) {
		s, ok := k.(py.String)
		return string(s), ok
	}
	method("get", func(d py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("get", args, 1, 2); err != nil {
			return nil, err
		}
		if k, ok := strKey(args[0]); ok {
			if v, ok := d[k]; ok {
				return v, nil
			}
		} else if _, err := Hash(args[0]); err != nil {
			return nil, err
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return py.None, nil
	})
	method("setdefault", func(d py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("setdefault", args, 1, 2); err != nil {
			return nil, err
		}
		k, ok := strKey(args[0])
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "keywords must be strings")
		}
		if v, ok := d[k]; ok {
			return v, nil
		}
		var def py.Object = py.None
		if len(args) == 2 {
			def = args[1]
		}
		d[k] = def
		return def, nil
	})
	method("pop", func(d py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("pop", args, 1, 2); err != nil {
			return nil, err
		}
		if k, ok := strKey(args[0]); ok {
			if v, ok := d[k]; ok {
				delete(d, k)
				return v, nil
			}
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, keyError(args[0])
	})
	method("popitem", func(d py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		keys := sortedKeys(d)
		if len(keys) == 0 {
			return nil, keyError(py.String("popitem(): dictionary is empty"))
		}
		k := keys[len(keys)-1]
		v := d[k]
		delete(d, k)
		return py.Tuple{py.String(k), v}, nil
	})
	method("update", func(d py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		tmp := NewDict()
		if err := dictInit(tmp, "update", args, kw); err != nil {
			return nil, err
		}
		for i := range tmp.ents {
			k := tmp.ents[i].key
			if k == nil {
				continue
			}
			s, ok := k.(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "keywords must be strings")
			}
			d[string(s)] = tmp.ents[i].val
		}
		return py.None, nil
	})
	method("copy", func(d py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return DictFromStringDict(d), nil
	})
	method("clear", func(d py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		for k := range d {
			delete(d, k)
		}
		return py.None, nil
	})
	method("__contains__", func(d py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argCount("__contains__", args, 1, 1); err != nil {
			return nil, err
		}
		k, ok := strKey(args[0])
		if !ok {
			return py.False, nil
		}
		_, ok = d[k]
		return py.NewBool(ok), nil
	})
	t.Dict["fromkeys"] = DictType.Dict["fromkeys"]
}
