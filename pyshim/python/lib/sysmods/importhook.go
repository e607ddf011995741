package sysmods

import (
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/classes"
	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
)

// ModuleNotFoundError is CPython's ImportError subclass for a missing
// module. If the builtins of a context already define one (another layer
// may), that one is used instead.
var ModuleNotFoundError = newExceptionType("ModuleNotFoundError", "Module not found.", py.ImportError)

// newExceptionType makes an exception type that Python code can catch by
// its base and subclass.
func newExceptionType(name, doc string, base *py.Type) *py.Type {
	t := base.NewType(name, doc, nil, nil)
	t.ObjectType = py.TypeType
	t.Base = base
	t.Flags &^= py.TPFLAGS_READY
	if err := t.Ready(); err != nil {
		panic(err)
	}
	return t
}

// importer is the per-context state of the import hook.
type importer struct {
	ctx      py.Context
	mu       sync.Mutex
	names    []string // modules known to be loaded, in load order
	loaded   map[string]bool
	failed   map[string]bool // modules whose body raised: re-run on the next import
	notFound *py.Type
}

var (
	importersMu sync.Mutex
	importers   = map[py.Context]*importer{}
)

// importerFor returns ctx's importer (nil before Install).
func importerFor(ctx py.Context) *importer {
	importersMu.Lock()
	defer importersMu.Unlock()
	return importers[ctx]
}

// installImportHook replaces builtins.__import__ in ctx with an
// implementation with CPython's package semantics: `import a.b` binds `a`
// and sets `a.b`; `from a import b` imports the submodule a.b when a has no
// attribute b; relative imports resolve against __package__/__name__;
// packages get __path__; a missing module raises ModuleNotFoundError.
func installImportHook(ctx py.Context) *importer {
	im := &importer{ctx: ctx, loaded: map[string]bool{}, failed: map[string]bool{}}
	b := ctx.Store().Builtins
	if t, ok := b.Globals["ModuleNotFoundError"].(*py.Type); ok {
		im.notFound = t
	} else {
		im.notFound = ModuleNotFoundError
		b.Globals["ModuleNotFoundError"] = ModuleNotFoundError
	}
	for _, n := range []string{"builtins", "sys"} {
		im.note(n)
	}
	b.Globals["__import__"] = py.MustNewMethod("__import__", im.importFunc, 0, "__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module")
	importersMu.Lock()
	importers[ctx] = im
	importersMu.Unlock()
	return im
}

func (im *importer) note(name string) {
	im.mu.Lock()
	defer im.mu.Unlock()
	if !im.loaded[name] {
		im.loaded[name] = true
		im.names = append(im.names, name)
	}
}

func (im *importer) isFailed(name string) bool {
	im.mu.Lock()
	defer im.mu.Unlock()
	return im.failed[name]
}

func (im *importer) setFailed(name string, v bool) {
	im.mu.Lock()
	defer im.mu.Unlock()
	if v {
		im.failed[name] = true
	} else {
		delete(im.failed, name)
	}
}

// moduleNames returns the names of the modules loaded so far.
func (im *importer) moduleNames() []string {
	im.mu.Lock()
	defer im.mu.Unlock()
	out := []string{}
	for _, n := range im.names {
		if _, err := im.ctx.GetModule(n); err == nil {
			out = append(out, n)
		}
	}
	if _, err := im.ctx.GetModule("__main__"); err == nil && !im.loaded["__main__"] {
		out = append(out, "__main__")
	}
	return out
}

func (im *importer) importFunc(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var name, globals, locals, fromlist, level py.Object = nil, py.None, py.None, py.Tuple{}, py.Int(0)
	if err := py.ParseTupleAndKeywords(args, kwargs, "U|OOOO:__import__", []string{"name", "globals", "locals", "fromlist", "level"}, &name, &globals, &locals, &fromlist, &level); err != nil {
		return nil, err
	}
	g, _ := globals.(py.StringDict)
	lvl, err := toInt(level, "")
	if err != nil {
		return nil, err
	}
	var from []string
	if !isNone(fromlist) {
		items, err := toSlice(fromlist)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			s, ok := it.(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "Item in from list must be str, not %s", typeName(it))
			}
			from = append(from, string(s))
		}
	}
	return im.Import(string(name.(py.String)), g, from, lvl)
}

// Import is __import__ with CPython's semantics.
func (im *importer) Import(name string, globals py.StringDict, fromlist []string, level int) (py.Object, error) {
	if level < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "level must be >= 0")
	}
	full := name
	if level > 0 {
		pkg := packageOf(globals)
		if pkg == "" {
			return nil, py.ExceptionNewf(py.ImportError, "attempted relative import with no known parent package")
		}
		parts := strings.Split(pkg, ".")
		if level-1 >= len(parts) {
			return nil, py.ExceptionNewf(py.ImportError, "attempted relative import beyond top-level package")
		}
		base := strings.Join(parts[:len(parts)-(level-1)], ".")
		if name == "" {
			full = base
		} else {
			full = base + "." + name
		}
	} else if name == "" {
		return nil, py.ExceptionNewf(py.ValueError, "Empty module name")
	}
	mod, err := im.importDotted(full)
	if err != nil {
		return nil, err
	}
	if len(fromlist) == 0 {
		if level > 0 && name == "" {
			return mod, nil
		}
		top := full
		if level == 0 {
			top = strings.SplitN(full, ".", 2)[0]
		} else {
			// `from . import x` always has a fromlist; return the
			// first component relative to the package.
			top = full[:len(full)-len(name)] + strings.SplitN(name, ".", 2)[0]
		}
		if o, ok := im.object(top); ok {
			return o, nil
		}
		return im.ctx.GetModule(top)
	}
	if o, ok := im.object(full); ok {
		if _, isMod := o.(*GetattrModule); !isMod {
			return o, nil
		}
	}
	if m, ok := AsModule(mod); ok {
		pkg := isPackage(m)
		for _, f := range fromlist {
			if f == "*" {
				continue
			}
			if v, ok := m.Globals[f]; ok && !lazySubmodule(v) {
				continue
			}
			if gm, isMod := mod.(*GetattrModule); isMod && pkg {
				// CPython's _handle_fromlist: hasattr(package, name)
				// asks the package's __getattr__ before a submodule is
				// looked for.
				if _, err := gm.M__getattr__(f); err == nil {
					continue
				} else if !py.IsException(py.AttributeError, err) {
					return nil, err
				}
			}
			if pkg || lazymod.ModuleImpl(full+"."+f) != nil {
				if _, err := im.importDotted(full + "." + f); err != nil && !im.isNotFoundOf(err, full+"."+f) {
					return nil, err
				}
				if v, ok := m.Globals[f]; ok && !lazySubmodule(v) {
					continue
				}
			}
			// PEP 562 for `from mod import name`: the module's own
			// __getattr__ supplies a name it lacks (a module defining it
			// is a GetattrModule, returned above; this is for one whose
			// __getattr__ appeared after it was imported).
			if _, isMod := mod.(*GetattrModule); isMod {
				continue // IMPORT_FROM asks its __getattr__
			}
			if ga, ok := m.Globals["__getattr__"]; ok {
				v, err := py.Call(ga, py.Tuple{py.String(f)}, nil)
				if err != nil && !py.IsException(py.AttributeError, err) {
					return nil, err
				}
				if err == nil {
					m.Globals[f] = v
				}
			}
		}
	}
	return mod, nil
}

// packageOf returns the package a module's relative imports start from.
func packageOf(globals py.StringDict) string {
	if p, ok := globals["__package__"].(py.String); ok && p != "" {
		return string(p)
	}
	n, _ := globals["__name__"].(py.String)
	if _, ok := globals["__path__"]; ok {
		return string(n)
	}
	if i := strings.LastIndex(string(n), "."); i >= 0 {
		return string(n[:i])
	}
	return ""
}

func isPackage(m *py.Module) bool {
	_, ok := m.Globals["__path__"]
	return ok
}

// autoChildren are submodules bound as attributes when their parent is
// imported, as CPython's os does for os.path.
var autoChildren = map[string]string{"os": "path"}

// moduleAliases are module names that import another module, the same
// object under both names (os.path is posixpath, as on CPython's POSIX
// builds: os.path.__name__ == 'posixpath').
var moduleAliases = map[string]string{"os.path": "posixpath"}

// importAlias imports target and makes name a second name of it: the
// module store gets an entry sharing its globals (gpython looks modules
// up there) and sys.modules[name] and imports of name yield target's
// module object.
func (im *importer) importAlias(name, target string) (*py.Module, error) {
	m, err := im.importOne(target, nil)
	if err != nil {
		return nil, err
	}
	nm, err := im.ctx.Store().NewModule(im.ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: name}})
	if err != nil {
		return nil, err
	}
	nm.Globals = m.Globals
	im.setObject(name, m)
	im.note(name)
	im.setFailed(name, false)
	return nm, nil
}

// importDotted imports every prefix of full, binding each submodule as an
// attribute of its parent, and returns the module full.
func (im *importer) importDotted(full string) (py.Object, error) {
	parts := strings.Split(full, ".")
	var parent *py.Module
	var mod *py.Module
	for i := range parts {
		sub := strings.Join(parts[:i+1], ".")
		m, err := im.importOne(sub, parent)
		if err != nil && i < len(parts)-1 && py.IsException(im.notFound, err) && lazymod.ModuleImpl(full) != nil {
			// A Go module registered as a.b without a module a: make a an
			// empty package, as gpython's own importer would have found a.b.
			m, err = im.ctx.Store().NewModule(im.ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: sub}})
			if err == nil {
				m.Globals["__path__"] = py.NewList()
				im.note(sub)
			}
		}
		if err != nil {
			return nil, err
		}
		im.withGetattr(sub, m)
		if parent != nil {
			parent.Globals[parts[i]] = im.asImported(sub, m)
		}
		parent, mod = m, m
	}
	return im.asImported(full, mod), nil
}

// isNotFoundOf reports whether err is the ModuleNotFoundError for module
// name itself (`from pkg import name` then looks for an attribute), not
// one raised while running that module, which must propagate.
func (im *importer) isNotFoundOf(err error, name string) bool {
	if !py.IsException(im.notFound, err) {
		return false
	}
	var exc *py.Exception
	switch e := err.(type) {
	case *py.Exception:
		exc = e
	case py.ExceptionInfo:
		exc, _ = e.Value.(*py.Exception)
	case *py.ExceptionInfo:
		exc, _ = e.Value.(*py.Exception)
	}
	if exc == nil {
		return true
	}
	args, _ := exc.Args.(py.Tuple)
	if len(args) != 1 {
		return true
	}
	msg, _ := args[0].(py.String)
	return string(msg) == "No module named '"+name+"'"
}

func (im *importer) notFoundErr(name string) error {
	e := py.ExceptionNewf(im.notFound, "No module named '%s'", name)
	e.Dict["name"] = py.String(name)
	return e
}

// importOne imports the single module name whose parent package (already
// imported) is parent.
func (im *importer) importOne(name string, parent *py.Module) (*py.Module, error) {
	if m, err := im.ctx.GetModule(name); err == nil && !im.isFailed(name) {
		return m, nil
	}
	if target, ok := moduleAliases[name]; ok {
		return im.importAlias(name, target)
	}
	if impl := lazymod.ModuleImpl(name); impl != nil {
		// Importable while its body runs, as in CPython (and as a file
		// module below): a module forgotten by `del sys.modules[name]`
		// whose body imports itself (pywikibot's submodules import
		// pywikibot) finds the module being made instead of running it
		// again without end.
		wasFailed := im.isFailed(name)
		im.setFailed(name, false)
		m, err := im.ctx.ModuleInit(impl)
		if err != nil {
			im.setFailed(name, wasFailed)
			return nil, err
		}
		im.note(name)
		if i := strings.LastIndex(name, "."); i >= 0 {
			m.Globals["__package__"] = py.String(name[:i])
		}
		// Submodules CPython binds on import of the parent (os.path).
		if child, ok := autoChildren[name]; ok {
			if c, err := im.importOne(name+"."+child, m); err == nil {
				m.Globals[child] = im.asImported(name+"."+child, c)
			}
		}
		return m, nil
	}
	var dirs []string
	short := name
	if parent != nil {
		short = name[strings.LastIndex(name, ".")+1:]
		pl, ok := parent.Globals["__path__"].(*py.List)
		if !ok {
			if m, ok, err := im.fromMetaPath(name, parent); ok {
				return m, err
			}
			pname, _ := parent.Globals["__name__"].(py.String)
			e := py.ExceptionNewf(im.notFound, "No module named '%s'; '%s' is not a package", name, string(pname))
			e.Dict["name"] = py.String(name)
			return nil, e
		}
		for _, p := range pl.Items {
			if s, ok := p.(py.String); ok {
				dirs = append(dirs, string(s))
			}
		}
	} else {
		sysm, err := im.ctx.GetModule("sys")
		if err == nil {
			if pl, ok := sysm.Globals["path"].(*py.List); ok {
				for _, p := range pl.Items {
					if s, ok := p.(py.String); ok {
						dirs = append(dirs, string(s))
					}
				}
			}
		}
	}
	ext := ""
	var portions []string // PEP 420 namespace package portions
	for _, d := range dirs {
		if d == "" {
			d = "."
		}
		pkgInit := filepath.Join(d, short, "__init__.py")
		if st, err := os.Stat(pkgInit); err == nil && !st.IsDir() {
			return im.load(name, pkgInit, filepath.Join(d, short))
		}
		file := filepath.Join(d, short+".py")
		if st, err := os.Stat(file); err == nil && !st.IsDir() {
			return im.load(name, file, "")
		}
		if ext == "" {
			ext = extensionModule(d, short)
		}
		if p := namespacePortion(d, short); p != "" {
			portions = append(portions, p)
		}
	}
	if ext == "" && len(portions) > 0 {
		return im.namespacePackage(name, portions)
	}
	if m, ok, err := im.fromMetaPath(name, parent); ok {
		return m, err
	}
	if ext != "" {
		// CPython would load the compiled extension; a package that has a
		// pure-Python fallback catches this ImportError and uses it.
		return nil, py.ExceptionNewf(py.ImportError, "No module named '%s': %s is a C extension module, which gowikibot's interpreter cannot load (only pure-Python modules)", name, ext)
	}
	return nil, im.notFoundErr(name)
}

// extensionModule returns the path of a compiled extension module short
// in dir (short.cpython-311-x86_64-linux-gnu.so, short.abi3.so, short.so),
// or "".
func extensionModule(dir, short string) string {
	m, _ := filepath.Glob(filepath.Join(dir, short+".*.so"))
	if len(m) == 0 {
		if st, err := os.Stat(filepath.Join(dir, short+".so")); err == nil && !st.IsDir() {
			return filepath.Join(dir, short+".so")
		}
		return ""
	}
	return m[0]
}

// load compiles and runs a module from a file; pkgDir is set for packages.
func (im *importer) load(name, file, pkgDir string) (*py.Module, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, py.ExceptionNewf(py.OSError, "%v", err)
	}
	abs, _ := filepath.Abs(file)
	code, err := py.Compile(string(src), abs, py.ExecMode, 0, true)
	if err != nil {
		return nil, err
	}
	impl := &py.ModuleImpl{Info: py.ModuleInfo{Name: name, FileDesc: abs}, Code: code}
	m, err := im.ctx.Store().NewModule(im.ctx, impl)
	if err != nil {
		return nil, err
	}
	if pkgDir != "" {
		absDir, _ := filepath.Abs(pkgDir)
		m.Globals["__path__"] = py.NewListFromStrings([]string{absDir})
		m.Globals["__package__"] = py.String(name)
	} else if i := strings.LastIndex(name, "."); i >= 0 {
		m.Globals["__package__"] = py.String(name[:i])
	} else {
		m.Globals["__package__"] = py.String("")
	}
	im.note(name)
	im.setFailed(name, false)
	if _, err := classes.RunModuleCode(im.ctx, code, m.Globals, m.Globals, py.VmRunFrame); err != nil {
		im.setFailed(name, true)
		return nil, err
	}
	return m, nil
}

// lazySubmodule reports whether v stands in a package's namespace for a
// submodule not imported yet (pywikibot's _lazy._Submodule): `from pkg
// import name` then imports the module, which takes its place.
func lazySubmodule(v py.Object) bool {
	if _, ok := v.(*py.Module); ok {
		return false
	}
	t := v.Type()
	return t != nil && t.Dict != nil && t.Dict["_gwb_lazy_submodule"] != nil
}
