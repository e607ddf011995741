package pyobj

import (
	"strings"

	"github.com/go-python/gpython/py"
)

var abcImpl = &py.ModuleImpl{
	Info:    py.ModuleInfo{Name: "collections.abc", Doc: "Abstract Base Classes (ABCs) for collections, according to PEP 3119."},
	Globals: py.StringDict{},
}

func registerModules() {
	for _, t := range abcTypes {
		abcImpl.Globals[t.Name] = t
	}
	py.RegisterModule(abcImpl)
	abcModule := &py.Module{ModuleImpl: abcImpl, Globals: abcImpl.Globals.Copy()}
	abcModule.Globals["__name__"] = py.String("collections.abc")
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "collections", Doc: "High performance data structures.", FileDesc: "<frozen collections>"},
		Methods: []*py.Method{
			py.MustNewMethod("namedtuple", namedtupleFactory, 0, "Returns a new subclass of tuple with named fields."),
		},
		Globals: py.StringDict{
			"OrderedDict": OrderedDictType,
			"defaultdict": DefaultDictType,
			"Counter":     CounterType,
			"deque":       DequeType,
			"ChainMap":    ChainMapType,
			"abc":         abcModule,

			"_Mapping":         ABCMapping,
			"_MutableMapping":  ABCMutableMapping,
			"_MutableSequence": ABCMutableSequence,
		},
		CodeSrc: guardedSource(userClassesSrc),
	})
}

// guardedSource wraps module source in try/except, so that the module
// still imports (without the classes it defines) where the class layer is
// not installed, as in bare gpython.
func guardedSource(src string) string {
	lines := strings.Split(strings.Trim(src, "\n"), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = "    " + l
		}
	}
	return "try:\n" + strings.Join(lines, "\n") + "\nexcept Exception:\n    pass\n"
}
