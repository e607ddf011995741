package methods

import (
	"math/big"

	"github.com/go-python/gpython/py"
)

// gpython v0.2.0's arithmetic by zero (see package upstream for the
// index): float // 0 and float % 0 return inf/nan instead of raising,
// 0 ** -1 returns inf, and every ZeroDivisionError says "division by
// zero". zeroDivCheck gives CPython 3.11's error for the built-in numbers
// before the operator runs: the /, //, % and ** helpers and divmod call
// it (and a constant zero operand does not skip the helper, see
// nonBoolConst).

// isZero reports whether o is a built-in number equal to zero.
func isZero(o py.Object) bool {
	switch v := o.(type) {
	case py.Int:
		return v == 0
	case py.Bool:
		return !bool(v)
	case py.Float:
		return v == 0
	case *py.BigInt:
		return (*big.Int)(v).Sign() == 0
	}
	return false
}

// isNegative reports whether o is a built-in number below zero.
func isNegative(o py.Object) bool {
	switch v := o.(type) {
	case py.Int:
		return v < 0
	case py.Float:
		return v < 0
	case *py.BigInt:
		return (*big.Int)(v).Sign() < 0
	}
	return false
}

// isIntegral reports whether o is an int (bool and big int included).
func isIntegral(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return true
	}
	return false
}

// zeroDivCheck returns CPython's ZeroDivisionError for a op b, or nil when
// there is none to raise here. op is "/", "//", "%", "divmod" or "**".
func zeroDivCheck(op string, a, b py.Object) error {
	if !isRealNumber(a) || !isRealNumber(b) {
		return nil
	}
	if op == "**" {
		if isZero(a) && isNegative(b) {
			return py.ExceptionNewf(py.ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		return nil
	}
	if !isZero(b) {
		return nil
	}
	ints := isIntegral(a) && isIntegral(b)
	msg := ""
	switch op {
	case "/":
		msg = "float division by zero"
		if ints {
			msg = "division by zero"
		}
	case "//":
		msg = "float floor division by zero"
		if ints {
			msg = "integer division or modulo by zero"
		}
	case "%":
		msg = "float modulo"
		if ints {
			msg = "integer modulo by zero"
		}
	case "divmod":
		msg = "float divmod()"
		if ints {
			msg = "integer division or modulo by zero"
		}
	default:
		return nil
	}
	return py.ExceptionNewf(py.ZeroDivisionError, "%s", msg)
}

// isRealNumber reports whether o is an int, bool, big int or float.
func isRealNumber(o py.Object) bool {
	return isIntegral(o) || isFloat(o)
}

func isFloat(o py.Object) bool {
	_, ok := o.(py.Float)
	return ok
}

// checkedBinary wraps op with zeroDivCheck.
func checkedBinary(sym string, op func(a, b py.Object) (py.Object, error)) func(a, b py.Object) (py.Object, error) {
	return func(a, b py.Object) (py.Object, error) {
		if err := zeroDivCheck(sym, a, b); err != nil {
			return nil, err
		}
		return op(a, b)
	}
}
