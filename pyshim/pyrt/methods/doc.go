// Package methods adds the methods of str, bytes, list, int and float that gpython v0.2.0 lacks, str.format and % formatting as CPython does them, file objects with readline and iteration, input() and round().
package methods

import "github.com/go-python/gpython/py"

// Install adds this layer's per-context state (builtins) to ctx. Process-wide
// additions (methods on gpython's built-in types, module registrations) are
// made once, in init functions.
func Install(ctx py.Context) error { return nil }
