package classes

import (
	"github.com/go-python/gpython/py"
)

// types.ModuleType(name, doc=None) makes a new, empty module, as in
// CPython; gpython v0.2.0's module type has no constructor ("cannot create
// 'module' instances"), which importlib.util.module_from_spec, six's lazy
// modules and scripts that build modules by hand need. The module belongs
// to no interpreter context and is not put into sys.modules.
func init() {
	py.ModuleType.New = func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var name, doc py.Object = nil, py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "U|O:module", []string{"name", "doc"}, &name, &doc); err != nil {
			return nil, err
		}
		n := string(name.(py.String))
		return &py.Module{
			ModuleImpl: &py.ModuleImpl{Info: py.ModuleInfo{Name: n}},
			Globals: py.StringDict{
				"__name__": name, "__doc__": doc, "__package__": py.None,
				"__loader__": py.None, "__spec__": py.None,
			},
		}, nil
	}
}
