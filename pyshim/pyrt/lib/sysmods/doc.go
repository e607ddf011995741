// Package sysmods provides the system standard library modules in Go: datetime, time, math, random, os.path, sys additions, io, pathlib, logging, argparse, contextlib, typing, enum and abc.
package sysmods

import "github.com/go-python/gpython/py"

// Install adds this layer's per-context state (builtins) to ctx. Process-wide
// additions (methods on gpython's built-in types, module registrations) are
// made once, in init functions.
func Install(ctx py.Context) error { return nil }
