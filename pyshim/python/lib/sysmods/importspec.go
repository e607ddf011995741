package sysmods

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
)

// locate finds where module name would be imported from, without
// importing it: ("builtin", "") for a module gowikibot provides, ("file",
// path) for a .py module, ("package", path of __init__.py) for a package,
// or ("", "") when there is none. A parent package is imported first, as
// importlib.util.find_spec does.
func (im *importer) locate(name string) (kind, origin string, err error) {
	if lazymod.ModuleImpl(name) != nil {
		return "builtin", "", nil
	}
	var dirs []string
	short := name
	if i := strings.LastIndex(name, "."); i >= 0 {
		short = name[i+1:]
		p, err := im.importDotted(name[:i])
		if err != nil {
			return "", "", err
		}
		pm, ok := AsModule(p)
		if !ok {
			return "", "", nil
		}
		pl, ok := pm.Globals["__path__"].(*py.List)
		if !ok {
			return "", "", nil
		}
		for _, x := range pl.Items {
			if s, ok := x.(py.String); ok {
				dirs = append(dirs, string(s))
			}
		}
	} else if sysm, err := im.ctx.GetModule("sys"); err == nil {
		if pl, ok := sysm.Globals["path"].(*py.List); ok {
			for _, x := range pl.Items {
				if s, ok := x.(py.String); ok {
					dirs = append(dirs, string(s))
				}
			}
		}
	}
	for _, d := range dirs {
		if d == "" {
			d = "."
		}
		init := filepath.Join(d, short, "__init__.py")
		if st, err := os.Stat(init); err == nil && !st.IsDir() {
			abs, _ := filepath.Abs(init)
			return "package", abs, nil
		}
		file := filepath.Join(d, short+".py")
		if st, err := os.Stat(file); err == nil && !st.IsDir() {
			abs, _ := filepath.Abs(file)
			return "file", abs, nil
		}
	}
	return "", "", nil
}

func init() {
	register("_gwb_import", "gowikibot: helpers for importlib.util.", map[string]interface{}{
		// locate(name) -> (kind, origin): see importer.locate.
		"locate": func(self, name py.Object) (py.Object, error) {
			n, ok := name.(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "module name must be str")
			}
			im := importerFor(ctxOf(self))
			if im == nil {
				return nil, py.ExceptionNewf(py.ImportError, "import machinery not installed")
			}
			kind, origin, err := im.locate(string(n))
			if err != nil {
				return nil, err
			}
			return py.Tuple{py.String(kind), py.String(origin)}, nil
		},
	}, nil)
}
