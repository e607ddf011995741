package methods

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// (see package upstream for the index) gpython v0.2.0's == and != raise
// TypeError ("unsupported operand type(s) for ==: 'function' and
// 'function'") for two objects of the same type when that type has no
// __eq__ of its own (functions, bound methods, modules, generators,
// NotImplemented, ...): py.Eq and py.Ne have no identity fallback, where
// CPython's object.__eq__ compares identity. `f in [g]` (gpython's list
// __contains__) still raises; list.count, index and remove do not.
//
// COMPARE_OP == and != whose right operand is not a constant loaded just
// before (a constant always has __eq__, which gpython handles) are
// rewritten into calls of these helpers, which keep fast paths for int
// and str and fall back to identity when neither operand has __eq__
// (__ne__).

const (
	cmpEQ = 2
	cmpNE = 3
)

// EqualObjects is a == b with CPython's identity fallback; two bound
// methods are equal when they bind the same object to equal functions.
func EqualObjects(a, b py.Object) (py.Object, error) {
	if isSlicePair(a, b) {
		r, err := pyobj.Equal(a, b)
		return py.NewBool(r), err
	}
	if _, ok := a.(py.I__eq__); !ok {
		if _, ok := b.(py.I__eq__); !ok {
			if x, ok := a.(*py.BoundMethod); ok {
				if y, ok := b.(*py.BoundMethod); ok {
					if !pyobj.Identical(x.Self, y.Self) {
						return py.False, nil
					}
					return EqualObjects(x.Method, y.Method)
				}
			}
			return py.NewBool(pyobj.Identical(a, b)), nil
		}
	}
	return py.Eq(a, b)
}

// notEqualObjects is a != b with CPython's identity fallback.
func notEqualObjects(a, b py.Object) (py.Object, error) {
	if isSlicePair(a, b) {
		r, err := pyobj.Equal(a, b)
		return py.NewBool(!r), err
	}
	if _, ok := a.(py.I__ne__); !ok {
		if _, ok := b.(py.I__ne__); !ok {
			if _, ok := a.(py.I__eq__); !ok {
				if _, ok := b.(py.I__eq__); !ok {
					r, err := EqualObjects(a, b)
					if err != nil {
						return nil, err
					}
					return py.NewBool(r != py.True), nil
				}
			}
		}
	}
	return py.Ne(a, b)
}

var (
	eqHelper = &helper{name: "__pyshim_eq__", fn: func(a, b py.Object) (py.Object, error) {
		switch x := a.(type) {
		case py.Int:
			if y, ok := b.(py.Int); ok {
				return py.NewBool(x == y), nil
			}
		case py.String:
			if y, ok := b.(py.String); ok {
				return py.NewBool(x == y), nil
			}
		}
		return EqualObjects(a, b)
	}}
	neHelper = &helper{name: "__pyshim_ne__", fn: func(a, b py.Object) (py.Object, error) {
		switch x := a.(type) {
		case py.Int:
			if y, ok := b.(py.Int); ok {
				return py.NewBool(x != y), nil
			}
		case py.String:
			if y, ok := b.(py.String); ok {
				return py.NewBool(x != y), nil
			}
		}
		return notEqualObjects(a, b)
	}}
)

// isEqCompare reports whether instruction k of ins is a == or != to
// rewrite (see above).
func isEqCompare(code *py.Code, ins []*instr, k int, jumpedTo map[int]bool) bool {
	in := ins[k]
	if in.op != opCompareOp || in.arg != cmpEQ && in.arg != cmpNE {
		return false
	}
	return k == 0 || jumpedTo[in.oldOff] || ins[k-1].op != opLoadConst
}

// gpython v0.2.0's `is` and `is not` compare the two Go interface values
// with ==, which panics ("comparing uncomparable type py.StringDict") when
// both hold the same map type: `globals() is vars(mod)`, two module
// namespaces (vm/eval.go do_COMPARE_OP, unchanged on upstream main; see
// package upstream). COMPARE_OP is / is not whose right operand is not a
// constant (a constant's Go type is comparable, so `x is None` is safe and
// stays as it is) are rewritten into these helpers, which use
// pyobj.Identical.
const (
	cmpIs    = 8
	cmpIsNot = 9
)

var (
	isHelper = &helper{name: "__pyshim_is__", fn: func(a, b py.Object) (py.Object, error) {
		return py.NewBool(pyobj.Identical(a, b)), nil
	}}
	isNotHelper = &helper{name: "__pyshim_is_not__", fn: func(a, b py.Object) (py.Object, error) {
		return py.NewBool(!pyobj.Identical(a, b)), nil
	}}
)

// isIdentityCompare reports whether instruction k of ins is an `is` or
// `is not` to rewrite (see above).
func isIdentityCompare(ins []*instr, k int, jumpedTo map[int]bool) bool {
	in := ins[k]
	if in.op != opCompareOp || in.arg != cmpIs && in.arg != cmpIsNot {
		return false
	}
	return k == 0 || jumpedTo[in.oldOff] || ins[k-1].op != opLoadConst
}

// isSlicePair reports whether a and b are both slices, which compare as
// the tuples (start, stop, step) (pyobj.Equal): gpython's Slice.__eq__
// compares the fields as Go values, so slice([1], 2) != slice([1], 2).
func isSlicePair(a, b py.Object) bool {
	if _, ok := a.(*py.Slice); ok {
		_, ok = b.(*py.Slice)
		return ok
	}
	return false
}
