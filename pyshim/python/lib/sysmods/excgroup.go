package sysmods

import (
	"github.com/go-python/gpython/py"
)

// excGroupNames are the builtins pysrc/_gwb_excgroup.py provides.
var excGroupNames = []string{"BaseExceptionGroup", "ExceptionGroup"}

// MentionsExceptionGroups reports whether code or a code object nested in
// it names BaseExceptionGroup or ExceptionGroup (as a global, a builtin or
// an attribute).
func MentionsExceptionGroups(code *py.Code) bool {
	for _, n := range code.Names {
		if n == "ExceptionGroup" || n == "BaseExceptionGroup" {
			return true
		}
	}
	for _, c := range code.Consts {
		if sub, ok := c.(*py.Code); ok && MentionsExceptionGroups(sub) {
			return true
		}
	}
	return false
}

// InstallExceptionGroups makes BaseExceptionGroup and ExceptionGroup
// (PEP 654, new in 3.11) builtins of ctx, once: the classes of
// pysrc/_gwb_excgroup.py. gpython v0.2.0 has neither (see package upstream
// for the index of gaps). The compile layer calls it for code that names
// them, before that code runs, so that a program that does not use them
// does not pay for the module at start-up.
func InstallExceptionGroups(b py.StringDict) error {
	if b == nil {
		return nil
	}
	if _, ok := b["ExceptionGroup"]; ok {
		return nil
	}
	imp, ok := b["__import__"]
	if !ok {
		return nil
	}
	mod, err := py.Call(imp, py.Tuple{py.String("_gwb_excgroup")}, nil)
	if err != nil {
		return err
	}
	m, ok := mod.(*py.Module)
	if !ok {
		return py.ExceptionNewf(py.ImportError, "cannot import _gwb_excgroup")
	}
	for _, n := range excGroupNames {
		b[n] = m.Globals[n]
	}
	return nil
}
