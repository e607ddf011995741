package sysmods

import "github.com/go-python/gpython/py"

// glob is our Python (pysrc/glob.py), registered eagerly so that it
// replaces gpython's glob module (registered by its stdlib package, which
// sysmods imports first), whose glob() takes no keyword arguments and which
// has no iglob or escape.
func init() {
	py.RegisterModule(sourceImpl("glob", pySourceOf("glob")))
}
