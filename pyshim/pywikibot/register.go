package pywikibot

import (
	"io/fs"
	"path"
	"strings"
	"sync"
	"unsafe"

	"github.com/gowikibot/gowikibot/pyshim/python"
)

var registerOnce sync.Once

// Register registers every .py file of FS with the interpreter as a module
// of the package pywikibot: x/y.py as "pywikibot.x.y", x/__init__.py as the
// package "pywikibot.x" (with __path__, so that submodules and relative
// imports resolve). Modules are registered lazily: the source is read and
// compiled (through the pre-pass) on first import, so programs pay only for
// what they use; tracebacks show the file as "<gowikibot>/pywikibot/x/y.py"
// with its source lines. The script bridge (pyshim/bridge) and the config
// and family loaders (pyshim/pyconfig) both call it; it runs once.
func Register() {
	registerOnce.Do(func() { registerFS(FS, "pywikibot") })
}

func registerFS(fsys fs.FS, root string) {
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
		python.RegisterLazySource(name, "<gowikibot>/"+full, isPkg, "<gowikibot>/"+path.Dir(full), func() string {
			src, err := fs.ReadFile(fsys, p)
			if err != nil {
				panic("pywikibot: embedded source " + p + ": " + err.Error()) // listed by WalkDir of the same FS
			}
			// src is this call's own copy and never written: the
			// string shares it rather than copying it again.
			return unsafe.String(unsafe.SliceData(src), len(src))
		})
		return nil
	})
	if err != nil {
		panic("pywikibot: embedded sources: " + err.Error())
	}
}
