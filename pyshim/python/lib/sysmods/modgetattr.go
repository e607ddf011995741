package sysmods

import "github.com/go-python/gpython/py"

// (see package upstream for the index) PEP 562: a module's own
// __getattr__(name) supplies the attributes the module lacks. gpython
// v0.2.0 looks an attribute of a module up in its globals and its type
// only (py.GetAttrString; a *py.Module has no M__getattr__ and is not a
// *py.Type, so TypeCall1 finds none), raising "'module' has no attribute".
//
// A module whose namespace defines __getattr__ is therefore imported as a
// GetattrModule: the same module (its globals, repr and type) with the
// M__getattr__ gpython calls when the usual look-up fails. It takes the
// module's place in sys.modules and its parent package, so every import
// returns the same object. `from mod import name` reaches it through
// gpython's IMPORT_FROM, which gets the attribute.

// GetattrModule is a module whose namespace defines __getattr__.
type GetattrModule struct{ *py.Module }

// Unwrap is the module itself (for code that reads a module's globals
// without calling its __getattr__, as classes' error rewording).
func (m *GetattrModule) Unwrap() *py.Module { return m.Module }

// M__getattr__ calls the module's __getattr__ for a name its namespace
// lacks.
func (m *GetattrModule) M__getattr__(name string) (py.Object, error) {
	if fn, ok := m.Globals["__getattr__"]; ok {
		res, err := py.Call(fn, py.Tuple{py.String(name)}, nil)
		if err != nil {
			nameAttributeError(err, m, name)
		}
		return res, err
	}
	return nil, py.ExceptionNewf(py.AttributeError, "module '%s' has no attribute '%s'", moduleName(m.Module), name)
}

// nameAttributeError gives an AttributeError the module's __getattr__
// raised without them the name and obj that a missing module attribute
// has in CPython, so that an uncaught one ends with "Did you mean: ...?"
// as it does where the module has no __getattr__: gowikibot's pywikibot
// modules load names lazily through __getattr__ (pywikibot/_lazy.py),
// pywikibot 9.6.3's (pagegenerators, ...) have none, and
// `pagegenerators.ReferringPageGenerator` ends with "Did you mean:
// 'PrefixingPageGenerator'?" there.
func nameAttributeError(err error, m *GetattrModule, name string) {
	var e *py.Exception
	switch x := err.(type) {
	case *py.Exception:
		e = x
	case py.ExceptionInfo:
		e, _ = x.Value.(*py.Exception)
	case *py.ExceptionInfo:
		e, _ = x.Value.(*py.Exception)
	}
	if e == nil || !e.Type().IsSubtype(py.AttributeError) {
		return
	}
	if e.Dict == nil {
		e.Dict = py.NewStringDict()
	}
	if v, ok := e.Dict["name"]; !ok || v == py.None {
		e.Dict["name"] = py.String(name)
	}
	if v, ok := e.Dict["obj"]; !ok || v == py.None {
		e.Dict["obj"] = m
	}
}

// AsModule returns the module o is: a *py.Module or a GetattrModule.
func AsModule(o py.Object) (*py.Module, bool) {
	switch m := o.(type) {
	case *py.Module:
		return m, true
	case *GetattrModule:
		return m.Module, true
	}
	return nil, false
}

// moduleName is a module's __name__.
func moduleName(m *py.Module) string {
	if n, ok := m.Globals["__name__"].(py.String); ok {
		return string(n)
	}
	return m.ModuleImpl.Info.Name
}

// withGetattr registers m, imported as name, as a GetattrModule when its
// namespace defines __getattr__ and nothing else stands for it in
// sys.modules.
func (im *importer) withGetattr(name string, m *py.Module) {
	if _, ok := m.Globals["__getattr__"]; !ok {
		return
	}
	if _, ok := im.object(name); ok {
		return
	}
	im.setObject(name, &GetattrModule{m})
}
