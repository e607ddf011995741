// Package pyshim is gowikibot's pywikibot package for the embedded Python
// interpreter (pyshim/python): Python sources under pywikibot/ (embedded in
// the binary and registered as the modules pywikibot, pywikibot.page, ...)
// on top of a Go bridge module, _gowikibot, through which the Go core
// (site, auth, family, userconfig) does the HTTP, batching, throttling and
// authentication. Python-visible objects are thin.
package bridge

import (
	"io/fs"
	"path"
	"strings"

	"github.com/gowikibot/gowikibot/pyshim/python"
	"github.com/gowikibot/gowikibot/pyshim/pywikibot"
)

func init() {
	registerEmbedded(pywikibot.FS, "pywikibot")
}

// registerEmbedded registers every .py file of fsys as a module of the
// package root: x/y.py as "root.x.y", x/__init__.py as the package "root.x"
// (with __path__, so that submodules and relative imports resolve). The
// source is compiled on first import, through the pre-pass; tracebacks
// show the file as "<gowikibot>/root/x/y.py" with its source lines.
func registerEmbedded(fsys fs.FS, root string) {
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".py") {
			return err
		}
		full := path.Join(root, p)
		name := strings.TrimSuffix(full, ".py")
		isPkg := path.Base(name) == "__init__"
		if isPkg {
			name = path.Dir(name)
		}
		name = strings.ReplaceAll(name, "/", ".")
		// Registered lazily: a module's source is read when it is first
		// imported, so programs pay (heap, GC marking) only for what they use.
		python.RegisterLazySource(name, "<gowikibot>/"+full, isPkg, "<gowikibot>/"+path.Dir(full), func() string {
			src, err := fs.ReadFile(fsys, p)
			if err != nil {
				panic("bridge: embedded source " + p + ": " + err.Error()) // listed by WalkDir of the same FS
			}
			return string(src)
		})
		return nil
	})
	if err != nil {
		panic("bridge: embedded sources: " + err.Error())
	}
}
