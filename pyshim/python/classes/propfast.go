package classes

import "github.com/go-python/gpython/py"

// A property whose getter is only `return self.NAME` (pywikibot's
// page.site, link.title, site.code, site.family...: a third of the Python
// calls of listing a page) is read without running the getter when NAME is
// in the instance's own dict and nothing else can answer first (no
// __getattribute__ of the class, no data descriptor NAME on it): the value
// is then what the getter's LOAD_ATTR would find, and it cannot fail or
// recurse. A Python call costs a frame, an evaluator and a generator
// (frames.go); this costs two cached lookups and a map read. In every
// other case (a class attribute, __getattr__, a missing attribute whose
// error needs the getter's frame in the traceback) the getter runs.

// fastGetter is what a getter's code was found to be: attr is the NAME of
// `return self.NAME`, "" for any other code.
type fastGetter struct {
	code *py.Code
	attr string
}

// getterAttr returns NAME when code is a plain function of one positional
// parameter whose bytecode is LOAD_FAST 0, LOAD_ATTR NAME, RETURN_VALUE.
func getterAttr(code *py.Code) string {
	const coAsync = 0x80 | 0x100 | 0x200 // CO_COROUTINE, CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR
	if code.Argcount != 1 || code.Kwonlyargcount != 0 || len(code.Cellvars) != 0 || len(code.Freevars) != 0 {
		return ""
	}
	if f := VisibleFlags(code); f&py.CO_NEWLOCALS == 0 || f&(py.CO_VARARGS|py.CO_VARKEYWORDS|py.CO_GENERATOR|coAsync) != 0 {
		return ""
	}
	const loadFast, loadAttr, returnValue = 124, 106, 83
	c := code.Code
	if len(c) != 7 || c[0] != loadFast || c[1] != 0 || c[2] != 0 || c[3] != loadAttr || c[6] != returnValue {
		return ""
	}
	k := int(c[4]) | int(c[5])<<8
	if k >= len(code.Names) {
		return ""
	}
	return code.Names[k]
}

// fastGet reads the property of obj without calling its getter when the
// getter is `return self.NAME` and NAME is in obj's dict as above; ok is
// false when the getter must run.
func (p *Property) fastGet(obj py.Object) (v py.Object, ok bool) {
	f, isFunc := p.fget.(*py.Function)
	if !isFunc {
		return nil, false
	}
	inst, isInst := obj.(*Instance)
	if !isInst {
		return nil, false
	}
	g := p.fast.Load()
	if g == nil || g.code != f.Code {
		// first read, or the function's __code__ was replaced
		g = &fastGetter{code: f.Code, attr: getterAttr(f.Code)}
		p.fast.Store(g)
	}
	if g.attr == "" {
		return nil, false
	}
	ci := info(inst.cls)
	if ci.special(inst.cls, "__getattribute__") != nil {
		return nil, false
	}
	if attr, _ := ci.lookup(inst.cls, g.attr); attr != nil && isDataDescr(attr) {
		return nil, false
	}
	v, ok = inst.Dict[g.attr]
	return v, ok
}
