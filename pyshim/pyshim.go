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
		name := strings.TrimSuffix(p, ".py")
		isPkg := path.Base(name) == "__init__"
		if isPkg {
			name = path.Dir(name)
		}
		name = strings.ReplaceAll(name, "/", ".")
		// Registered lazily: a module's source is read when it is first
		// imported, so programs pay (heap, GC marking) only for what they use.
		pyrt.RegisterLazySource(name, "<gowikibot>/"+p, isPkg, "<gowikibot>/"+path.Dir(p), func() string {
			src, err := fs.ReadFile(fsys, p)
			if err != nil {
				panic("pyshim: embedded source " + p + ": " + err.Error()) // listed by WalkDir of the same FS
			}
			return string(src)
		})
		return nil
	})
	if err != nil {
		panic("pyshim: embedded sources: " + err.Error())
	}
}
