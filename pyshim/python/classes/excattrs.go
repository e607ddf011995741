package classes

import "github.com/go-python/gpython/py"

// (see package upstream for the index) gpython v0.2.0's exceptions take no
// keyword arguments (py.ExceptionNew returns a Go error, which surfaced as
// "SystemError: TypeError: ImportError does not take keyword arguments")
// and have none of the attributes CPython 3.11 gives AttributeError
// (name, obj), NameError (name) and ImportError (name, path, msg).
// Those types get them here: None by default, set by keyword arguments,
// and by the layer where it raises them (noAttr, vmerrors.go).

// excKeywords are the keyword arguments (and attributes) of the types.
var excKeywords = map[*py.Type][]string{
	py.AttributeError: {"name", "obj"},
	py.NameError:      {"name"},
	py.ImportError:    {"name", "path"},
}

func init() {
	for t, names := range excKeywords {
		t, names := t, names
		for _, n := range names {
			t.Dict[n] = &excAttr{name: n, def: py.None, hasDef: true}
		}
		t.New = func(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			e, err := py.ExceptionNew(meta, args, nil)
			if err != nil {
				return nil, err
			}
			x := e.(*py.Exception)
			for k, v := range kwargs {
				if !contains(names, k) {
					return nil, pyErr(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, meta.Name)
				}
				dictOf(x)[k] = v
			}
			if t == py.ImportError {
				var msg py.Object = py.None
				if len(args) == 1 {
					msg = args[0]
				}
				dictOf(x)["msg"] = msg
			}
			return x, nil
		}
	}
	py.ImportError.Dict["msg"] = &excAttr{name: "msg", def: py.None, hasDef: true}
}

// contains reports whether names holds n.
func contains(names []string, n string) bool {
	for _, s := range names {
		if s == n {
			return true
		}
	}
	return false
}
