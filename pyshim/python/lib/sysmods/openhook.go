package sysmods

import "github.com/go-python/gpython/py"

// OpenFile, set by the runtime (python.go: methods.Open), is the builtin
// open of this layer (modes, encodings, binary files); pathlib's
// Path.open calls it, having no interpreter context of its own.
var OpenFile func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error)
