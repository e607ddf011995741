package sysmods

import (
	"os"
	"path/filepath"

	"github.com/go-python/gpython/py"
)

// namespacePortion returns dir/short when it is a directory, the portion
// of a PEP 420 namespace package that it would be (a directory without
// __init__.py; the caller has already looked for a regular package or
// module there), or "".
func namespacePortion(dir, short string) string {
	p := filepath.Join(dir, short)
	if st, err := os.Stat(p); err == nil && st.IsDir() {
		if abs, err := filepath.Abs(p); err == nil {
			return abs
		}
		return p
	}
	return ""
}

// namespacePackage makes the PEP 420 namespace package name from its
// portions (directories in sys.path order), as CPython does when no
// regular package or module of that name is found on the path: an empty
// module whose __path__ lists the portions, so that its submodules import
// from any of them. gpython v0.2.0's own importer knows only regular
// packages (a directory with __init__.py).
func (im *importer) namespacePackage(name string, portions []string) (*py.Module, error) {
	impl := &py.ModuleImpl{Info: py.ModuleInfo{Name: name}}
	m, err := im.ctx.Store().NewModule(im.ctx, impl)
	if err != nil {
		return nil, err
	}
	m.Globals["__doc__"] = py.None
	m.Globals["__file__"] = py.None
	m.Globals["__path__"] = py.NewListFromStrings(portions)
	m.Globals["__package__"] = py.String(name)
	im.note(name)
	im.setFailed(name, false)
	return m, nil
}
