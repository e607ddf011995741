package sysmods

import (
	"sync"

	"github.com/go-python/gpython/py"
)

// Objects other than modules put into sys.modules (six's lazy
// six.moves, module subclasses, plain class instances used as modules)
// are what later imports of that name return, as in CPython; gpython's
// module store holds only *py.Module, so the store keeps a wrapper and
// these maps the original object, per interpreter.
var (
	modObjectsMu sync.Mutex
	modObjects   = map[*importer]map[string]py.Object{}
)

func (im *importer) setObject(name string, obj py.Object) {
	modObjectsMu.Lock()
	defer modObjectsMu.Unlock()
	m := modObjects[im]
	if m == nil {
		m = map[string]py.Object{}
		modObjects[im] = m
	}
	m[name] = obj
}

func (im *importer) dropObject(name string) {
	modObjectsMu.Lock()
	defer modObjectsMu.Unlock()
	delete(modObjects[im], name)
}

// object returns the non-module object sys.modules[name] was set to.
func (im *importer) object(name string) (py.Object, bool) {
	modObjectsMu.Lock()
	defer modObjectsMu.Unlock()
	o, ok := modObjects[im][name]
	return o, ok
}

// asImported returns what an import of name yields: the object put into
// sys.modules under name if there is one, else m.
func (im *importer) asImported(name string, m py.Object) py.Object {
	if o, ok := im.object(name); ok {
		return o
	}
	return m
}

// installImportAttrs adds sys.meta_path, sys.path_hooks and
// sys.path_importer_cache (gpython has none), which packages such as six
// extend; gowikibot's importer does not consult them.
func installImportAttrs(sysm *py.Module) {
	for name, v := range map[string]func() py.Object{
		"meta_path":           func() py.Object { return py.NewList() },
		"path_hooks":          func() py.Object { return py.NewList() },
		"path_importer_cache": func() py.Object { return py.NewStringDict() },
		"dont_write_bytecode": func() py.Object { return py.True },
		"pycache_prefix":      func() py.Object { return py.None },
	} {
		if _, ok := sysm.Globals[name]; !ok {
			sysm.Globals[name] = v()
		}
	}
}
