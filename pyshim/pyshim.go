// Package pyshim is gowikibot's pywikibot package for the embedded Python
// interpreter (pyshim/pyrt): Python sources under pywikibot/ (embedded in
// the binary and registered as the modules pywikibot, pywikibot.page, ...)
// on top of a Go bridge module, _gowikibot, through which the Go core
// (site, auth, family, userconfig) does the HTTP, batching, throttling and
// authentication. Python-visible objects are thin.
package pyshim

import (
	"embed"
	"io/fs"
	"path"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/pyrt"
)

//go:embed all:pywikibot
var pkgFS embed.FS

func init() {
	registerEmbedded(pkgFS, "pywikibot")
}

// registerEmbedded registers every .py file below root in fsys as a module:
// root/x/y.py as "root.x.y", root/x/__init__.py as the package "root.x"
// (with __path__, so that submodules and relative imports resolve). The
// source is compiled on first import, through the pre-pass; tracebacks
// show the file as "<gowikibot>/root/x/y.py" with its source lines.
func registerEmbedded(fsys fs.FS, root string) {
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".py") {
			return err
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		name := strings.TrimSuffix(p, ".py")
		globals := py.StringDict{}
		if path.Base(name) == "__init__" {
			name = path.Dir(name)
			globals["__path__"] = py.NewListFromStrings([]string{"<gowikibot>/" + path.Dir(p)})
		}
		name = strings.ReplaceAll(name, "/", ".")
		file := "<gowikibot>/" + p
		pyrt.RegisterSource(file, string(src))
		py.RegisterModule(&py.ModuleImpl{
			Info:    py.ModuleInfo{Name: name, FileDesc: file},
			CodeSrc: string(src),
			Globals: globals,
		})
		return nil
	})
	if err != nil {
		panic("pyshim: embedded sources: " + err.Error())
	}
}
