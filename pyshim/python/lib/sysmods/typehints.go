package sysmods

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// getTypeHints is typing.get_type_hints(obj, globalns=None, localns=None,
// include_extras=False): obj's annotations (a class's merged over its MRO,
// the most basic class first) with string annotations (forward references,
// `from __future__ import annotations`) evaluated in obj's module
// namespace, and None as NoneType.
func getTypeHints(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var obj, globalns, localns, extras py.Object = nil, py.None, py.None, py.False
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OOO:get_type_hints", []string{"obj", "globalns", "localns", "include_extras"}, &obj, &globalns, &localns, &extras); err != nil {
		return nil, err
	}
	m, _ := self.(*py.Module)
	var ctx py.Context
	if m != nil {
		ctx = m.Context
	}
	hints := pyobj.NewDict()
	add := func(anns py.Object, g, l py.Object) error {
		if anns == nil {
			return nil
		}
		var keys []py.Object
		if d, ok := anns.(*pyobj.Dict); ok {
			keys = d.Keys()
		} else {
			l, err := py.SequenceList(anns)
			if err != nil {
				return err
			}
			keys = l.Items
		}
		for _, k := range keys {
			v, err := py.GetItem(anns, k)
			if err != nil {
				return err
			}
			switch x := v.(type) {
			case py.NoneType:
				v = py.NoneType{}.Type()
			case py.String:
				if ctx != nil && g != py.None {
					if l == py.None {
						l = g
					}
					for n := 0; n < 3; n++ {
						// a string naming a string: evaluated again,
						// as typing's ForwardRef does
						if v, err = pyobj.EvalWithNamespace(ctx, py.EvalMode, py.Tuple{x, g, l}, nil); err != nil {
							return err
						}
						s, isStr := v.(py.String)
						if !isStr {
							break
						}
						x = s
					}
					if v == py.None {
						v = py.NoneType{}.Type()
					}
				}
			}
			if err := hints.SetItem(k, v); err != nil {
				return err
			}
		}
		return nil
	}
	moduleDict := func(name py.Object) py.Object {
		if n, ok := name.(py.String); ok && m != nil && m.Context != nil {
			if mod, err := m.Context.GetModule(string(n)); err == nil {
				return mod.Globals
			}
		}
		return py.None
	}
	if t, ok := obj.(*py.Type); ok {
		for i := len(t.Mro) - 1; i >= 0; i-- {
			base, ok := t.Mro[i].(*py.Type)
			if !ok {
				continue
			}
			anns, ok := base.Dict["__annotations__"]
			if !ok {
				continue
			}
			g := globalns
			if g == py.None {
				g = moduleDict(base.Dict["__module__"])
			}
			l := localns
			if l == py.None {
				l = base.Dict
			}
			if err := add(anns, g, l); err != nil {
				return nil, err
			}
		}
		return hints, nil
	}
	anns, err := py.GetAttrString(obj, "__annotations__")
	if err != nil {
		if py.IsException(py.AttributeError, err) {
			return hints, nil
		}
		return nil, err
	}
	g := globalns
	if g == py.None {
		switch o := obj.(type) {
		case *py.Function:
			g = o.Globals
		case *py.Module:
			g = o.Globals
		default:
			if v, err := py.GetAttrString(obj, "__globals__"); err == nil {
				g = v
			}
		}
	}
	if err := add(anns, g, localns); err != nil {
		return nil, err
	}
	return hints, nil
}
