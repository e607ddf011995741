package sysmods

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
)

// registerLazy registers the Go module name whose functions and globals
// build makes on first import: what register does, without the start-up
// cost (the methods' allocations, system calls made to fill the module)
// for programs that never import it.
func registerLazy(name, doc string, build func() (map[string]interface{}, py.StringDict)) {
	lazymod.Register(name, func() *py.ModuleImpl {
		fns, globals := build()
		if globals == nil {
			globals = py.StringDict{}
		}
		return &py.ModuleImpl{
			Info:    py.ModuleInfo{Name: name, Doc: doc},
			Methods: newMethods(fns),
			Globals: globals,
		}
	})
}
