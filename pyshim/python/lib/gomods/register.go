package gomods

import (
	"embed"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
)

//go:embed pysrc/*.py
var pySources embed.FS

// registerGo registers the Go module name lazily: build returns its
// functions (name → Go function of a shape py.MustNewMethod accepts) and
// globals when the module is first imported.
func registerGo(name, doc string, build func() (map[string]any, py.StringDict)) {
	lazymod.Register(name, func() *py.ModuleImpl {
		fns, globals := build()
		if globals == nil {
			globals = py.StringDict{}
		}
		names := make([]string, 0, len(fns))
		for n := range fns {
			names = append(names, n)
		}
		sort.Strings(names)
		methods := make([]*py.Method, 0, len(names))
		for _, n := range names {
			methods = append(methods, py.MustNewMethod(n, fns[n], 0, ""))
		}
		return &py.ModuleImpl{Info: py.ModuleInfo{Name: name, Doc: doc}, Methods: methods, Globals: globals}
	})
}

// registerPySources registers every pysrc/*.py module lazily.
func registerPySources() {
	ents, err := pySources.ReadDir("pysrc")
	if err != nil {
		panic(err) // embedded at build time
	}
	// A module with submodules is a package (it gets __path__): every
	// dotted prefix of a module's name is one.
	pkgs := map[string]bool{}
	for _, e := range ents {
		name := strings.ReplaceAll(strings.TrimSuffix(e.Name(), ".py"), "__", ".")
		for i := strings.LastIndexByte(name, '.'); i > 0; i = strings.LastIndexByte(name[:i], '.') {
			pkgs[name[:i]] = true
		}
	}
	for _, e := range ents {
		file := "pysrc/" + e.Name()
		name := strings.ReplaceAll(strings.TrimSuffix(e.Name(), ".py"), "__", ".")
		pkg := pkgs[name]
		lazymod.Register(name, func() *py.ModuleImpl {
			data, err := pySources.ReadFile(file)
			if err != nil {
				panic(err) // listed by ReadDir of the same FS
			}
			globals := py.StringDict{}
			if pkg {
				globals["__path__"] = py.NewList()
			}
			return &py.ModuleImpl{
				Info:    py.ModuleInfo{Name: name, FileDesc: "<frozen " + name + ">"},
				CodeSrc: string(data),
				Globals: globals,
			}
		})
	}
}

func init() { registerPySources() }

// method makes a method for a type's Dict.
func method(name string, fn any) *py.Method { return py.MustNewMethod(name, fn, 0, "") }
