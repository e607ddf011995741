package sysmods

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// errnoAliases are the second names Linux gives some error numbers; as in
// CPython, errorcode maps the number to the first name.
var errnoAliases = map[string]string{"EWOULDBLOCK": "EAGAIN", "EDEADLOCK": "EDEADLK", "ENOTSUP": "EOPNOTSUPP"}

// errnoModule is errno: the platform's error numbers by name (from
// golang.org/x/sys/unix, so the values are this system's) and errorcode,
// the number-to-name dict.
func errnoModule() *py.ModuleImpl {
	g := py.StringDict{}
	codes := pyobj.NewDict()
	for n := 1; n < 4096; n++ {
		name := errnoName(n)
		if name == "" {
			continue
		}
		g[name] = py.Int(n)
		_ = codes.SetItem(py.Int(n), py.String(name))
	}
	for alias, name := range errnoAliases {
		if v, ok := g[name]; ok {
			g[alias] = v
		}
	}
	g["errorcode"] = codes
	return &py.ModuleImpl{Info: py.ModuleInfo{Name: "errno", Doc: "Symbolic error numbers of this system."}, Globals: g}
}

func init() { lazymod.Register("errno", errnoModule) }
