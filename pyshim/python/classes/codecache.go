package classes

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/codecache"
)

// What this layer's compile step (install.go) leaves beside a code object,
// described to the code cache: the for-loop helpers among its constants
// (forloop.go), the keyword-only default fixes learnt from the source's AST
// (kwonly.go) and the qualified names of nested code objects
// (upstream_fixups.go), both side tables, and the registration redone from
// the code object alone when it is loaded: its attribute names as
// settable on exception instances (exceptions.go).
func init() {
	codecache.RegisterObject("classes.loopIter", loopIterFn)
	codecache.RegisterObject("classes.loopCheck", loopCheckFn)
	codecache.RegisterObject("classes.finContinue", finContinueFn)
	codecache.RegisterSideTable("classes.kwonly",
		func(c *py.Code) (py.Object, bool) {
			v, ok := kwFixes.Load(c)
			if !ok {
				return nil, false
			}
			names := v.([]string)
			t := make(py.Tuple, len(names))
			for i, n := range names {
				t[i] = py.String(n)
			}
			return t, true
		},
		func(c *py.Code, v py.Object) {
			t, _ := v.(py.Tuple)
			names := make([]string, 0, len(t))
			for _, n := range t {
				if s, ok := n.(py.String); ok {
					names = append(names, string(s))
				}
			}
			kwFixes.Store(c, names)
		})
	codecache.RegisterSideTable("classes.qualname",
		func(c *py.Code) (py.Object, bool) {
			v, ok := qualnames.Load(c)
			if !ok {
				return nil, false
			}
			return py.String(v.(string)), true
		},
		func(c *py.Code, v py.Object) {
			if s, ok := v.(py.String); ok {
				qualnames.Store(c, string(s))
			}
		})
	codecache.RegisterLoadHook(registerCodeNames)
}
