package methods

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// (see package upstream for the index) gpython v0.2.0's list and tuple
// have no __contains__: `x in seq` falls back to py.SequenceContains,
// which compares with py.Eq, so `f in [g]` raises TypeError for two
// functions (or any objects without __eq__) and `x in [x]` is False when
// x's __eq__ says so. CPython's list and tuple compare each item by
// identity first, then with ==, falling back to identity.
//
// list and tuple get a __contains__ method, and COMPARE_OP in / not in
// whose right operand is not a constant (a constant container holds
// constants, which gpython compares) is rewritten by PatchCode into a
// call of inHelper / notInHelper: a list or tuple is searched as CPython
// does, any other container as gpython does.

// cmpNotIn is COMPARE_OP's operator number of `not in`.
const cmpNotIn = 7

// seqContains reports whether x is among items as CPython's list and tuple
// __contains__ find it.
func seqContains(items []py.Object, x py.Object) (py.Object, error) {
	switch v := x.(type) {
	case py.String:
		// fast path: str items compare as strings, others as usual
		for _, it := range items {
			if s, ok := it.(py.String); ok {
				if s == v {
					return py.True, nil
				}
				continue
			}
			if ok, err := eq(it, x); err != nil || ok {
				return py.NewBool(ok), err
			}
		}
		return py.False, nil
	case py.Int:
		for _, it := range items {
			if i, ok := it.(py.Int); ok {
				if i == v {
					return py.True, nil
				}
				continue
			}
			if ok, err := eq(it, x); err != nil || ok {
				return py.NewBool(ok), err
			}
		}
		return py.False, nil
	}
	for _, it := range items {
		ok, err := eq(it, x)
		if err != nil {
			return nil, err
		}
		if ok {
			return py.True, nil
		}
	}
	return py.False, nil
}

// containsAny is `x in seq`.
func containsAny(x, seq py.Object) (py.Object, error) {
	switch s := seq.(type) {
	case *py.List:
		return seqContains(s.Items, x)
	case py.Tuple:
		return seqContains(s, x)
	}
	found, err := py.SequenceContains(seq, x)
	if err != nil {
		name := seq.Type().Name
		if py.IsException(py.TypeError, err) && strings.Contains(err.Error(), "'"+name+"' object is not iterable") {
			return nil, py.ExceptionNewf(py.TypeError, "argument of type '%s' is not iterable", name)
		}
		return nil, err
	}
	return py.NewBool(found), nil
}

var (
	inHelper    = &helper{name: "__pyshim_in__", fn: containsAny}
	notInHelper = &helper{name: "__pyshim_not_in__", fn: func(x, seq py.Object) (py.Object, error) {
		r, err := containsAny(x, seq)
		if err != nil {
			return nil, err
		}
		return py.NewBool(r != py.True), nil
	}}
)

// isInCompare reports whether instruction k of ins is an `in` or `not in`
// to rewrite (see above).
func isInCompare(ins []*instr, k int, jumpedTo map[int]bool) bool {
	in := ins[k]
	if in.op != opCompareOp || in.arg != cmpIn && in.arg != cmpNotIn {
		return false
	}
	return k == 0 || jumpedTo[in.oldOff] || ins[k-1].op != opLoadConst
}

func init() {
	listMethod("__contains__", func(l *py.List, args py.Tuple) (py.Object, error) {
		if err := nargs("__contains__", args, 1, 1); err != nil {
			return nil, err
		}
		return seqContains(l.Items, args[0])
	})
	py.TupleType.Dict["__contains__"] = py.MustNewMethod("__contains__", func(self py.Object, args py.Tuple) (py.Object, error) {
		t, ok := self.(py.Tuple)
		if !ok {
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "unbound method tuple.__contains__() needs an argument")
			}
			if t, ok = args[0].(py.Tuple); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '__contains__' for 'tuple' objects doesn't apply to a '%s' object", args[0].Type().Name)
			}
			args = args[1:]
		}
		if err := nargs("__contains__", args, 1, 1); err != nil {
			return nil, err
		}
		return seqContains(t, args[0])
	}, 0, "Return key in self.")
}
