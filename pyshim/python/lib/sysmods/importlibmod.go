package sysmods

import (
	"strings"

	"github.com/go-python/gpython/py"
)

func importlibInit() {
	register("importlib", "The implementation of import (import_module and reload).", map[string]interface{}{
		"import_module": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var name, pkg py.Object = nil, py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "U|O:import_module", []string{"name", "package"}, &name, &pkg); err != nil {
				return nil, err
			}
			im := importerFor(ctxOf(self))
			if im == nil {
				return nil, py.ExceptionNewf(py.ImportError, "import machinery not installed")
			}
			n := string(name.(py.String))
			level := 0
			for strings.HasPrefix(n[level:], ".") {
				level++
			}
			var g py.StringDict
			if level > 0 {
				p, ok := pkg.(py.String)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "the 'package' argument is required to perform a relative import for %s", pyQuote(n))
				}
				g = py.StringDict{"__package__": p}
			}
			rest := n[level:]
			if level == 0 {
				return im.importDotted(rest)
			}
			base, err := im.Import("", g, []string{"__name__"}, level)
			if err != nil {
				return nil, err
			}
			if rest == "" {
				return base, nil
			}
			bm, ok := AsModule(base)
			if !ok {
				return nil, py.ExceptionNewf(py.ImportError, "cannot import %s relative to a non-module package", pyQuote(n))
			}
			bn, _ := bm.Globals["__name__"].(py.String)
			return im.importDotted(string(bn) + "." + rest)
		},
		"reload": func(self, m py.Object) (py.Object, error) {
			if _, ok := AsModule(m); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "reload() argument must be a module")
			}
			return m, nil
		},
		"invalidate_caches": func(self py.Object) (py.Object, error) { return py.None, nil },
	}, nil)
}

func init() { importlibInit() }
