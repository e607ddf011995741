package methods

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/lib/sysmods"
)

// gpython's bool has no &, | and ^ of its own (True ^ False is a
// TypeError). BINARY_AND, BINARY_OR, BINARY_XOR and their in-place forms
// are therefore rewritten into calls of these helpers, which give bool
// results for two bools and treat a bool as 0 or 1 next to an int, as
// CPython does; everything else goes to gpython's operator.

const (
	opBinaryAnd  = 64
	opBinaryXor  = 65
	opBinaryOr   = 66
	opInplaceAnd = 77
	opInplaceXor = 78
	opInplaceOr  = 79
)

// isBitOp reports whether op is one of the rewritten bitwise operators.
func isBitOp(op byte) bool {
	switch op {
	case opBinaryAnd, opBinaryXor, opBinaryOr, opInplaceAnd, opInplaceXor, opInplaceOr:
		return true
	}
	return false
}

func bitHelper(name string, onBools func(a, b bool) bool, op func(a, b py.Object) (py.Object, error)) *helper {
	return &helper{name: name, fn: func(a, b py.Object) (py.Object, error) {
		x, aBool := a.(py.Bool)
		y, bBool := b.(py.Bool)
		switch {
		case aBool && bBool:
			return py.NewBool(onBools(bool(x), bool(y))), nil
		case aBool:
			if _, ok := b.(py.Int); ok {
				return op(boolInt(x), b)
			}
			if _, ok := b.(*py.BigInt); ok {
				return op(boolInt(x), b)
			}
		case bBool:
			if _, ok := a.(py.Int); ok {
				return op(a, boolInt(y))
			}
			if _, ok := a.(*py.BigInt); ok {
				return op(a, boolInt(y))
			}
		}
		return op(a, b)
	}}
}

func boolInt(b py.Bool) py.Int {
	if b {
		return 1
	}
	return 0
}

// unionOr is a | b, with a PEP 604 union of two classes (int | None) where
// gpython has none (see package upstream for the index: py.Or finds no
// __or__ on a class).
func unionOr(or func(a, b py.Object) (py.Object, error)) func(a, b py.Object) (py.Object, error) {
	return func(a, b py.Object) (py.Object, error) {
		r, err := or(a, b)
		if err != nil && py.IsException(py.TypeError, err) {
			if sysmods.Unionable(a) && sysmods.Unionable(b) {
				return sysmods.NewUnionType(a, b), nil
			}
			_, at := a.(*py.Type)
			_, bt := b.(*py.Type)
			if at || bt {
				// gpython names a class operand's type 'object'
				return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for |: '%s' and '%s'",
					operandTypeName(a), operandTypeName(b))
			}
		}
		return r, err
	}
}

var bitHelpers = map[byte]*helper{
	opBinaryAnd:  bitHelper("__pyshim_and__", func(a, b bool) bool { return a && b }, py.And),
	opBinaryXor:  bitHelper("__pyshim_xor__", func(a, b bool) bool { return a != b }, py.Xor),
	opBinaryOr:   bitHelper("__pyshim_or__", func(a, b bool) bool { return a || b }, unionOr(py.Or)),
	opInplaceAnd: bitHelper("__pyshim_iand__", func(a, b bool) bool { return a && b }, py.IAnd),
	opInplaceXor: bitHelper("__pyshim_ixor__", func(a, b bool) bool { return a != b }, py.IXor),
	opInplaceOr:  bitHelper("__pyshim_ior__", func(a, b bool) bool { return a || b }, unionOr(py.IOr)),
}

// operandTypeName is the name CPython gives o's type in operator errors:
// a class's metaclass ("type") for a class.
func operandTypeName(o py.Object) string {
	if t, ok := o.(*py.Type); ok {
		if meta := t.Type(); meta != nil && meta != py.ObjectType {
			return meta.Name
		}
		return "type"
	}
	return o.Type().Name
}
