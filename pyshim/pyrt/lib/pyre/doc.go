// Package pyre is Python's re module written in Go on github.com/dlclark/regexp2, with Python's syntax and semantics (backreferences, lookaround, named groups, flags, Match objects, re.error).
package pyre

import "github.com/go-python/gpython/py"

// Install adds this layer's per-context state (builtins) to ctx. Process-wide
// additions (methods on gpython's built-in types, module registrations) are
// made once, in init functions.
func Install(ctx py.Context) error { return nil }
