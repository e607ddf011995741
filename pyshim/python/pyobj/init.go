package pyobj

import (
	"log"

	"github.com/go-python/gpython/py"
)

// init is the package's only init function, so that the order is written
// here rather than implied by file names: first each file fills in its
// types' methods, then the types this package made are readied (gpython
// readies the types created before its own init only), then the set-ups
// that need ready types (MROs, ABC registrations) run, and last the
// modules are registered.
func init() {
	initChainMap()
	initCollections()
	initDeque()
	initDictType()
	initInstall()
	initJSON()
	initJSONClasses()
	initMappingProxy()
	initSetMethods()
	initViews()
	if err := py.TypeMakeReady(); err != nil {
		log.Fatal(err)
	}
	setupStringDict()
	setupABCs()
	setupGenerics()
	setupABCMixins()
	registerModules()
}

// newSubtype makes a Go-defined subtype of base with the metatype type (not
// base, as gpython's Type.NewType would) and a proper MRO. When ready is
// false the type is readied with the others at init time.
func newSubtype(base *py.Type, name, doc string, ready bool) *py.Type {
	t := &py.Type{
		ObjectType: py.TypeType,
		Name:       name,
		Doc:        doc,
		Dict:       py.StringDict{},
		Base:       base,
		Bases:      py.Tuple{base},
		New:        base.New,
		Init:       base.Init,
		Flags:      py.TPFLAGS_DEFAULT | py.TPFLAGS_BASETYPE,
	}
	if ready {
		if err := t.Ready(); err != nil {
			panic(err)
		}
	} else {
		py.TypeDelayReady(t)
	}
	return t
}
