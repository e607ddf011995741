package methods

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/codecache"
)

// The bytecode rewrite (bytecode.go, kwcall.go, genthrow.go,
// upstream_gaps.go) puts Go helpers among the constants of every code
// object it patches. They are registered with the code cache so that a
// patched code object can be stored and loaded again: the shared helpers
// by name, the per-use ones (comparison constants, call shapes, bytes) by
// their fields. The comparison helpers are made by an init function of
// their own, hence the late registration.
func init() { codecache.RegisterLate(registerCodecache) }

func registerCodecache() {
	for _, h := range []*helper{modHelper, addHelper, iaddHelper, excTracebackHelper, eqHelper, neHelper, isHelper, isNotHelper, inHelper, notInHelper} {
		codecache.RegisterObject("methods."+h.name, h)
	}
	for _, h := range cmpHelpers {
		if h != nil {
			codecache.RegisterObject("methods."+h.name, h)
		}
	}
	for _, table := range []map[byte]*helper{bitHelpers, boolArithHelpers} {
		for _, h := range table {
			codecache.RegisterObject("methods."+h.name, h)
		}
	}
	for _, h := range boolUnaryHelpers {
		codecache.RegisterObject("methods."+h.name, h)
	}
	for _, h := range dictAttrHelpers {
		codecache.RegisterObject("methods."+h.name, h)
	}
	codecache.RegisterObject("methods.yieldResume", yieldResumeHelper)
	for _, h := range []*stackHook{finallyHook, withEndHook, leaveHook, leaveLoopHook} {
		codecache.RegisterObject("methods."+h.name, h)
	}
	codecache.RegisterObject("methods.kwBuild", kwBuild)
	codecache.RegisterObject("methods.kwPrologue", kwPrologue)
	codecache.RegisterObject("methods.kwCellPrologue", kwCellPrologue)
	codecache.RegisterKind("methods.constCompare", &constCompare{},
		func(o py.Object) (py.Tuple, error) {
			c := o.(*constCompare)
			return py.Tuple{py.Int(c.op), c.c}, nil
		},
		func(t py.Tuple) (py.Object, error) {
			if len(t) == 2 {
				if op, ok := t[0].(py.Int); ok {
					return newConstCompare(int(op), t[1]), nil
				}
			}
			return nil, fmt.Errorf("methods: bad comparison constant %v", t)
		})
	codecache.RegisterKind("methods.kwCall", &kwCall{},
		func(o py.Object) (py.Tuple, error) {
			c := o.(*kwCall)
			return py.Tuple{py.Int(c.npos), py.Int(c.nkw), py.NewBool(c.star), py.NewBool(c.dstar)}, nil
		},
		func(t py.Tuple) (py.Object, error) {
			if len(t) == 4 {
				npos, ok1 := t[0].(py.Int)
				nkw, ok2 := t[1].(py.Int)
				star, ok3 := t[2].(py.Bool)
				dstar, ok4 := t[3].(py.Bool)
				if ok1 && ok2 && ok3 && ok4 {
					return kwCallFor(int(npos), int(nkw), bool(star), bool(dstar)), nil
				}
			}
			return nil, fmt.Errorf("methods: bad call shape %v", t)
		})
	codecache.RegisterKind("methods.Bytes", Bytes(nil),
		func(o py.Object) (py.Tuple, error) { return py.Tuple{py.Bytes(o.(Bytes))}, nil },
		func(t py.Tuple) (py.Object, error) {
			if len(t) == 1 {
				if b, ok := t[0].(py.Bytes); ok {
					return Bytes(b), nil
				}
			}
			return nil, fmt.Errorf("methods: bad bytes constant %v", t)
		})
	// The rewrite's switches decide what it does.
	codecache.RegisterKeyPart(func() string {
		return fmt.Sprintf("methods:%t,%t,%t", PatchCompare, PatchInplaceAdd, PatchKwOrder)
	})
}
