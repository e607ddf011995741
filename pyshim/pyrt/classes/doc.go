// Package classes replaces gpython's class builder so that classes defined in Python behave as in CPython: dunder methods, super, classmethod, staticmethod, property, exception subclasses with attributes, isinstance and issubclass.
package classes

import "github.com/go-python/gpython/py"

// Install adds this layer's per-context state (builtins) to ctx. Process-wide
// additions (methods on gpython's built-in types, module registrations) are
// made once, in init functions.
func Install(ctx py.Context) error { return nil }
