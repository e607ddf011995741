// Package lazymod registers Python modules whose implementation is made on
// first import.
package lazymod

import (
	"sync"

	"github.com/go-python/gpython/py"
)

// Modules registered lazily: only their names are known at start-up and
// their implementation (source text, module tables) is made on first
// import. This keeps the process's start-up heap small, which matters
// beyond start-up time: the garbage collector marks that heap on every
// cycle of every program, however little of it the program uses.
var (
	lazyMu   sync.Mutex
	lazyMods = map[string]func() *py.ModuleImpl{}
)

// Register registers module name, whose implementation build makes
// when the module is first imported (or looked up by ModuleImpl). A module
// registered eagerly under the same name wins.
func Register(name string, build func() *py.ModuleImpl) {
	lazyMu.Lock()
	lazyMods[name] = build
	lazyMu.Unlock()
}

// ModuleImpl returns the registered implementation of module name, making
// a lazily registered one first; nil if there is none.
func ModuleImpl(name string) *py.ModuleImpl {
	if impl := py.GetModuleImpl(name); impl != nil {
		return impl
	}
	lazyMu.Lock()
	defer lazyMu.Unlock()
	if impl := py.GetModuleImpl(name); impl != nil {
		return impl
	}
	build, ok := lazyMods[name]
	if !ok {
		return nil
	}
	delete(lazyMods, name)
	impl := build()
	py.RegisterModule(impl)
	return impl
}

// Names reports the names of lazily registered modules not yet made.
func Names() []string {
	lazyMu.Lock()
	defer lazyMu.Unlock()
	names := make([]string, 0, len(lazyMods))
	for n := range lazyMods {
		names = append(names, n)
	}
	return names
}
