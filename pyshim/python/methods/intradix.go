package methods

import "github.com/go-python/gpython/py"

// installIndexRadix wraps the builtins bin, oct and hex so that they take
// any object with __index__, as CPython's do: gpython v0.2.0's accept only
// its own int types, so bin() of an int subclass instance (an IntEnum
// member) was "'I' object cannot be interpreted as an integer" (see package
// upstream: builtin bin/oct/hex ignore __index__).
func installIndexRadix(b py.StringDict) {
	for _, name := range []string{"bin", "oct", "hex"} {
		prev, ok := b[name]
		if !ok {
			continue
		}
		b[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) == 1 {
				switch args[0].(type) {
				case py.Int, *py.BigInt, py.Bool:
				default:
					// without __index__ gpython's own TypeError stands
					if i, err := py.Index(args[0]); err == nil {
						args = py.Tuple{i}
					}
				}
			}
			return py.Call(prev, args, nil)
		}, 0, "Return the "+name+" representation of an integer.")
	}
}
