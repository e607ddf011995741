// Package pyobj provides the object model gpython lacks: dicts with any hashable key in insertion order, sets of any hashable value, ordering of tuples and lists, and the collections and json modules built on them.
package pyobj

import "github.com/go-python/gpython/py"

// Install adds this layer's per-context state (builtins) to ctx. Process-wide
// additions (methods on gpython's built-in types, module registrations) are
// made once, in init functions.
func Install(ctx py.Context) error { return nil }
