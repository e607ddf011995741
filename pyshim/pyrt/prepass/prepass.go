// Package prepass rewrites Python 3 source that gpython v0.2.0 (a Python 3.4
// grammar) cannot compile into equivalent 3.4 source, keeping every line
// number, so that tracebacks point at the original lines.
package prepass

import "github.com/go-python/gpython/py"

// Rewrite returns src rewritten for gpython. filename is used in errors.
func Rewrite(src, filename string) (string, error) {
	return src, nil
}

// Install adds the runtime helpers that rewritten source calls (for example
// for * and ** unpacking) to ctx's builtins.
func Install(ctx py.Context) error { return nil }
