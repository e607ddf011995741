package classes

import (
	"sync"

	"github.com/go-python/gpython/py"
)

// (see package upstream for the index)

// A bound method passes an attribute it does not have on to its function,
// as CPython's method_getattro does: `obj.meth.tag` after `meth.tag = 1` in
// the class body, the attributes functools.wraps copies, a classmethod's
// `Cls.meth.flag`. gpython v0.2.0's py.GetAttrString has no fallback for a
// *py.BoundMethod (its __getattr__ hook is only tried for *py.Type objects),
// and its attribute code finds only the bound method type's dict. So, as
// for exception instances (exceptions.go), one forwarding descriptor is
// put into that dict for every attribute name compiled code reads
// (registerCodeNames), and reads the name from the method's function: a
// name the function lacks is its AttributeError, CPython's message
// ("'function' object has no attribute 'x'"). Dunder names are left out
// (the ones CPython's methods pass on that code uses are named in
// initBoundMethod); dir() skips these descriptors.
type boundAttr struct{ name string }

var boundAttrType = py.NewType("method_attribute", "attribute of a bound method's function")

// Type returns the descriptor's type.
func (a *boundAttr) Type() *py.Type { return boundAttrType }

// M__get__ reads the attribute from the bound method's function.
func (a *boundAttr) M__get__(instance, owner py.Object) (py.Object, error) {
	if b, ok := instance.(*py.BoundMethod); ok {
		return GetAttr(b.Method, a.name)
	}
	if t, ok := owner.(*py.Type); ok && (instance == nil || instance == py.None) {
		return nil, pyErr(py.AttributeError, "type object '%s' has no attribute '%s'", t.Name, a.name)
	}
	return nil, noAttr(instance, a.name)
}

var boundNamesMu sync.Mutex

// registerBoundNames adds forwarding descriptors for names to the bound
// method type's dict (addTypeNames).
func registerBoundNames(names []string) {
	addTypeNames(&boundNamesMu, py.BoundMethodType, names, func(name string) py.Object { return &boundAttr{name: name} })
}

// addTypeNames adds the descriptor newAttr makes for each of names (but
// dunders, empty names and names t has) to t's dict, under mu. The dict is
// replaced, not modified, so interpreters running in other goroutines
// never see a map being written.
func addTypeNames(mu *sync.Mutex, t *py.Type, names []string, newAttr func(string) py.Object) {
	mu.Lock()
	defer mu.Unlock()
	old := t.Dict
	var nd py.StringDict
	for _, name := range names {
		if name == "" || isDunder(name) {
			continue
		}
		if _, ok := old[name]; ok {
			continue
		}
		if nd == nil {
			nd = make(py.StringDict, len(old)+len(names))
		} else if _, ok := nd[name]; ok {
			continue
		}
		nd[name] = newAttr(name)
	}
	if nd == nil {
		return
	}
	for k, v := range old {
		nd[k] = v
	}
	t.Dict = nd
}
