package classes

import (
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// Function annotations. The source pre-pass keeps a def's parameter and
// return annotations, each as __pyshim_pann__(position, thunk, source)
// (prepass/stmt.go): CPython 3.11 evaluates them when the def runs (or,
// under `from __future__ import annotations`, keeps their source text; the
// thunk is then None). The value is marked with its position in the
// signature, because gpython v0.2.0 keeps a function's annotations in a
// Go map (py.Function.Annotations, a StringDict: no order; see package
// upstream for the index), where CPython's __annotations__ lists them in
// signature order. An annotation whose evaluation fails here is kept as
// its source text rather than failing the def (where CPython succeeds,
// this layer may lack a typing form).
//
// Function.__annotations__ is then an insertion-ordered dict built on
// first access from the marked values and kept in Annotations under
// annKey, so that changes to it persist; a function without annotations
// gets an empty one (gpython's getter returned its nil map, and storing
// into it was a Go panic).

// annKey is the key of Function.Annotations holding __annotations__.
const annKey = "\x00annotations"

// annMark is an annotation value with its position in the signature.
type annMark struct {
	pos   int
	value py.Object
}

var annMarkType = py.NewType("annotation", "an annotation of a def, marked with its position")

// Type returns the marker's type.
func (m *annMark) Type() *py.Type { return annMarkType }

// pann is __pyshim_pann__(position, thunk, source): thunk's value, or
// source when thunk fails.
func pann(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 3 {
		return nil, pyErr(py.TypeError, "__pyshim_pann__ takes 3 arguments")
	}
	pos, _ := args[0].(py.Int)
	value := args[2]
	if v, err := py.Call(args[1], nil, nil); err == nil {
		value = v
	}
	return &annMark{pos: int(pos), value: value}, nil
}

// functionAnnotations returns f.__annotations__ (see above).
func functionAnnotations(f *py.Function) py.Object {
	if d, ok := f.Annotations[annKey]; ok {
		return d
	}
	type entry struct {
		name string
		pos  int
		v    py.Object
	}
	// Unmarked annotations (string constants under `from __future__ import
	// annotations`) are ordered as the code object lists the parameters.
	order := map[string]int{"return": 1 << 20}
	if c := f.Code; c != nil {
		names := c.Varnames
		n := int(c.Argcount)
		k := int(c.Kwonlyargcount)
		at := func(i int) string {
			if i < len(names) {
				return names[i]
			}
			return ""
		}
		pos := 0
		add := func(name string) {
			if _, ok := order[name]; !ok && name != "" {
				order[name] = pos
				pos++
			}
		}
		for i := 0; i < n; i++ {
			add(at(i))
		}
		if c.Flags&py.CO_VARARGS != 0 {
			add(at(n + k))
		}
		for i := n; i < n+k; i++ {
			add(at(i))
		}
		if c.Flags&py.CO_VARKEYWORDS != 0 {
			extra := n + k
			if c.Flags&py.CO_VARARGS != 0 {
				extra++
			}
			add(at(extra))
		}
	}
	var es []entry
	for k, v := range f.Annotations {
		e := entry{name: k, pos: 1 << 30, v: v}
		if p, ok := order[k]; ok {
			e.pos = p
		}
		if m, ok := v.(*annMark); ok {
			e.pos, e.v = m.pos, m.value
		}
		es = append(es, e)
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].pos != es[j].pos {
			return es[i].pos < es[j].pos
		}
		return es[i].name < es[j].name
	})
	d := pyobj.NewDict()
	for _, e := range es {
		d.SetStr(e.name, e.v)
	}
	f.Annotations = py.StringDict{annKey: d}
	return d
}

func init() {
	py.FunctionType.Dict["__annotations__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			f, ok := self.(*py.Function)
			if !ok {
				return nil, noAttr(self, "__annotations__")
			}
			return functionAnnotations(f), nil
		},
		Fset: func(self, value py.Object) error {
			f, ok := self.(*py.Function)
			if !ok {
				return noAttr(self, "__annotations__")
			}
			switch value.(type) {
			case *pyobj.Dict, py.StringDict:
			default:
				return pyErr(py.TypeError, "__annotations__ must be set to a dict object")
			}
			f.Annotations = py.StringDict{annKey: value}
			return nil
		},
		Fdel: func(self py.Object) error {
			if f, ok := self.(*py.Function); ok {
				f.Annotations = nil
			}
			return nil
		},
	}
}
