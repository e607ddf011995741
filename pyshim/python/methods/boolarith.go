package methods

import (
	"math"
	"strings"

	"github.com/go-python/gpython/py"
)

// gpython v0.2.0's bool is not an int for arithmetic (see package
// upstream for the index): py.Bool has no __add__, __sub__, __neg__, ... of its
// own, so True + True, True - False, -True, ~True and True / 2 raise
// TypeError, where CPython computes with 1 and 0 and gives an int (or a
// float for /). An int operand next to a bool works already (int's
// reflected methods convert the bool), except for /.
//
// The arithmetic instructions are therefore rewritten into calls of these
// helpers, which turn bool operands into ints and otherwise call gpython's
// operator: BINARY_SUBTRACT, BINARY_MULTIPLY, BINARY_FLOOR_DIVIDE,
// BINARY_POWER and their in-place forms, unless the right operand is a
// constant (not a bool) loaded just before, which gpython handles and
// which keeps `n - 1` in hot code untouched; BINARY_TRUE_DIVIDE and
// INPLACE_TRUE_DIVIDE always; UNARY_NEGATIVE, UNARY_POSITIVE and
// UNARY_INVERT unless their operand is such a constant. + and % already go
// through helpers (addHelper, iaddHelper, modHelper), which convert bools
// when gpython's operator refuses them.

const (
	opUnaryPositive   = 10
	opUnaryNegative   = 11
	opUnaryInvert     = 15
	opBinaryPower     = 19
	opBinaryMultiply  = 20
	opBinarySubtract  = 24
	opBinaryFloorDiv  = 26
	opBinaryTrueDiv   = 27
	opInplaceFloorDiv = 28
	opInplaceTrueDiv  = 29
	opInplaceSubtract = 56
	opInplaceMultiply = 57
	opInplacePower    = 67
)

// boolArithOp reports whether op is an arithmetic instruction this file
// rewrites, and whether it is unary.
func boolArithOp(op byte) (ok, unary bool) {
	switch op {
	case opUnaryPositive, opUnaryNegative, opUnaryInvert:
		return true, true
	case opBinaryPower, opBinaryMultiply, opBinarySubtract, opBinaryFloorDiv, opBinaryTrueDiv,
		opInplaceFloorDiv, opInplaceTrueDiv, opInplaceSubtract, opInplaceMultiply, opInplacePower:
		return true, false
	}
	return false, false
}

// boolArithAlways reports whether op is rewritten even after a constant
// operand (gpython's int refuses a bool for /).
func boolArithAlways(op byte) bool {
	return op == opBinaryTrueDiv || op == opInplaceTrueDiv
}

// isBoolArith reports whether instruction k of ins is an arithmetic
// instruction to rewrite: not one whose operand is a constant loaded just
// before it (and not jumped to).
func isBoolArith(code *py.Code, ins []*instr, k int, jumpedTo map[int]bool) bool {
	in := ins[k]
	ok, _ := boolArithOp(in.op)
	if !ok {
		return false
	}
	if boolArithAlways(in.op) || k == 0 || jumpedTo[in.oldOff] {
		return true
	}
	return ins[k-1].op != opLoadConst || !nonBoolConst(code, ins[k-1].arg)
}

// nonBoolConst reports whether the constant at index i of code is one
// gpython's operators already combine with a bool (anything but a bool),
// and not a zero or negative number (zerodiv.go checks those).
func nonBoolConst(code *py.Code, i int) bool {
	if i < 0 || i >= len(code.Consts) {
		return false
	}
	c := code.Consts[i]
	_, isBool := c.(py.Bool)
	return !isBool && !isZero(c) && !isNegative(c)
}

// asInt returns o as an int when it is a bool.
func asInt(o py.Object) (py.Object, bool) {
	if b, ok := o.(py.Bool); ok {
		return boolInt(b), true
	}
	return o, false
}

// boolOperands converts bool operands to ints when the other operand is
// a built-in number too (a str or a class's reflected method sees the
// bool, as in CPython); changed is false when nothing was converted.
func boolOperands(a, b py.Object) (x, y py.Object, changed bool) {
	if !isNumber(a) || !isNumber(b) {
		return a, b, false
	}
	x, ca := asInt(a)
	y, cb := asInt(b)
	return x, y, ca || cb
}

// isNumber reports whether o is a built-in number (bool included).
func isNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, py.Float, *py.BigInt, py.Complex:
		return true
	}
	return false
}

// boolBinary makes the helper of one binary operator.
func boolBinary(name string, op func(a, b py.Object) (py.Object, error)) *helper {
	return &helper{name: name, fn: func(a, b py.Object) (py.Object, error) {
		if x, ok := a.(py.Int); ok {
			if _, ok := b.(py.Int); ok {
				return op(x, b)
			}
		}
		a, b, _ = boolOperands(a, b)
		return op(a, b)
	}}
}

// boolArithHelpers holds the helper of each rewritten binary instruction.
var boolArithHelpers = map[byte]*helper{
	opBinaryPower:     boolBinary("__pyshim_pow__", checkedBinary("**", func(a, b py.Object) (py.Object, error) { return py.Pow(a, b, py.None) })),
	opBinaryMultiply:  boolBinary("__pyshim_mul__", py.Mul),
	opBinarySubtract:  boolBinary("__pyshim_sub__", py.Sub),
	opBinaryFloorDiv:  boolBinary("__pyshim_floordiv__", checkedBinary("//", py.FloorDiv)),
	opBinaryTrueDiv:   boolBinary("__pyshim_truediv__", checkedBinary("/", py.TrueDiv)),
	opInplacePower:    boolBinary("__pyshim_ipow__", checkedBinary("**", func(a, b py.Object) (py.Object, error) { return py.IPow(a, b, py.None) })),
	opInplaceMultiply: boolBinary("__pyshim_imul__", py.IMul),
	opInplaceSubtract: boolBinary("__pyshim_isub__", py.ISub),
	opInplaceFloorDiv: boolBinary("__pyshim_ifloordiv__", checkedBinary("//", py.IFloorDiv)),
	opInplaceTrueDiv:  boolBinary("__pyshim_itruediv__", checkedBinary("/", py.ITrueDiv)),
}

// unaryHelper is a Go function called by rewritten bytecode with exactly
// one argument (the operand of a unary operator).
type unaryHelper struct {
	name string
	fn   func(a py.Object) (py.Object, error)
}

// Type returns builtin_function_or_method.
func (h *unaryHelper) Type() *py.Type { return helperType }

// M__call__ calls the helper.
func (h *unaryHelper) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 1 || len(kwargs) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s expected 1 argument, got %d", h.name, len(args))
	}
	return h.fn(args[0])
}

// boolUnaryHelpers holds the helper of each rewritten unary instruction.
var boolUnaryHelpers = map[byte]*unaryHelper{
	opUnaryNegative: {name: "__pyshim_neg__", fn: func(a py.Object) (py.Object, error) {
		if x, ok := a.(py.Int); ok && x != math.MinInt64 {
			return -x, nil
		}
		a, _ = asInt(a)
		return unaryMessage(py.Neg(a))("-", a)
	}},
	opUnaryPositive: {name: "__pyshim_pos__", fn: func(a py.Object) (py.Object, error) {
		a, _ = asInt(a)
		return unaryMessage(py.Pos(a))("+", a)
	}},
	opUnaryInvert: {name: "__pyshim_invert__", fn: func(a py.Object) (py.Object, error) {
		a, _ = asInt(a)
		return unaryMessage(py.Invert(a))("~", a)
	}},
}

// unaryMessage gives gpython's TypeError for an operand without the unary
// operator CPython's wording ("bad operand type for unary -: 'str'").
func unaryMessage(r py.Object, err error) func(op string, a py.Object) (py.Object, error) {
	return func(op string, a py.Object) (py.Object, error) {
		if err != nil && py.IsException(py.TypeError, err) && strings.HasPrefix(errString(err), "unsupported operand type(s) for "+op+": ") {
			return nil, py.ExceptionNewf(py.TypeError, "bad operand type for unary %s: '%s'", op, a.Type().Name)
		}
		return r, err
	}
}

// errString is the message of a Python exception error.
func errString(err error) string {
	if e, ok := err.(*py.Exception); ok {
		if args, ok := e.Args.(py.Tuple); ok && len(args) > 0 {
			if s, ok := args[0].(py.String); ok {
				return string(s)
			}
		}
	}
	return ""
}

// installBoolDivmod wraps the builtin divmod so that bools count as ints
// (gpython's divmod(True, True) is a TypeError).
func installBoolDivmod(b py.StringDict) {
	prev, ok := b["divmod"]
	if !ok {
		return
	}
	b["divmod"] = py.MustNewMethod("divmod", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) == 2 {
			if err := zeroDivCheck("divmod", args[0], args[1]); err != nil {
				return nil, err
			}
			if x, y, ok := boolOperands(args[0], args[1]); ok {
				args = py.Tuple{x, y}
			}
		}
		return py.Call(prev, args, nil)
	}, 0, "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.")
}
