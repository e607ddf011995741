// Package pyre is Python's re module written in Go on
// github.com/dlclark/regexp2, with Python's syntax and semantics.
//
// Patterns are parsed by a Python-syntax translator (translate.go) that
// reports CPython's re.error messages and positions and emits regexp2 (.NET)
// syntax: every capture group is explicitly numbered so that Python's group
// numbering holds, (?P<name>..)/(?P=name)/(?(name)..) map to numbered
// groups, \Z becomes \z, verbose mode is applied by the translator, \w \d
// \s \b follow Python's Unicode definitions (or ASCII under re.A),
// possessive quantifiers become atomic groups, {,n} becomes {0,n}, and a
// '{' that is not a repeat is a literal. Offsets are code points.
//
// Searching follows Python 3.7+ rules for empty matches (after an empty
// match a non-empty match at the same position is tried first). Compiled
// patterns are cached (re.purge clears the cache); each search has a
// MatchTimeout guard. Plain literal patterns are searched without the regex
// engine, and a literal every match must contain is checked with
// strings.Contains before any conversion.
//
// Known differences from CPython: look-behind bodies of variable width are
// accepted (CPython rejects them); flags are plain ints (re.I prints as 2);
// re.LOCALE and re.DEBUG have no effect beyond CPython's errors.
package pyre

import "github.com/go-python/gpython/py"

// Install adds this layer's per-context state (builtins) to ctx. The re
// module is registered process-wide in an init function, so there is
// nothing to add per context.
func Install(ctx py.Context) error { return nil }
