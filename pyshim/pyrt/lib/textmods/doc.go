// Package textmods provides the text and functional standard library modules in Go: string, textwrap, html, unicodedata, urllib.parse, itertools, functools, operator and copy.
package textmods

import "github.com/go-python/gpython/py"

// Install adds this layer's per-context state (builtins) to ctx. Process-wide
// additions (methods on gpython's built-in types, module registrations) are
// made once, in init functions.
func Install(ctx py.Context) error { return nil }
