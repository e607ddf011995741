package pyobj

import (
	"math"
	"math/big"
	"reflect"

	"github.com/go-python/gpython/py"
)

// Comparison operators for RichCompare.
const (
	OpLT = iota
	OpLE
	OpEQ
	OpNE
	OpGT
	OpGE
)

var opSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}

// Identical reports whether a and b are the same object (Python's `is`),
// without panicking on Go values that are not comparable (tuples, bytes).
func Identical(a, b py.Object) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	switch x := a.(type) {
	case py.Int:
		y, ok := b.(py.Int)
		return ok && x == y
	case py.String:
		y, ok := b.(py.String)
		return ok && x == y
	case *py.List:
		y, ok := b.(*py.List)
		return ok && x == y
	case *Dict:
		y, ok := b.(*Dict)
		return ok && x == y
	}
	ta := reflect.TypeOf(a)
	if ta != reflect.TypeOf(b) {
		return false
	}
	if ta.Comparable() {
		return a == b
	}
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	switch va.Kind() {
	case reflect.Slice:
		return va.Len() == vb.Len() && (va.Len() == 0 || va.Pointer() == vb.Pointer())
	case reflect.Map:
		return va.Pointer() == vb.Pointer()
	}
	return false
}

// numeric converts a Python number (bool, int, float) to a value for
// mixed comparisons. kind is 0 for non-numbers, 1 for exact integers
// (i or bi set), 2 for floats.
func numeric(o py.Object) (kind int, i int64, bi *big.Int, f float64) {
	switch v := o.(type) {
	case py.Int:
		return 1, int64(v), nil, 0
	case py.Bool:
		if v {
			return 1, 1, nil, 0
		}
		return 1, 0, nil, 0
	case *py.BigInt:
		b := (*big.Int)(v)
		if b.IsInt64() {
			return 1, b.Int64(), nil, 0
		}
		return 1, 0, b, 0
	case py.Float:
		return 2, 0, nil, float64(v)
	}
	return 0, 0, nil, 0
}

// numCompare compares two numbers; ok is false when either is not a number.
// The result is -1, 0, 1, or 2 when unordered (NaN).
func numCompare(a, b py.Object) (res int, ok bool) {
	ka, ia, ba, fa := numeric(a)
	if ka == 0 {
		return 0, false
	}
	kb, ib, bb, fb := numeric(b)
	if kb == 0 {
		return 0, false
	}
	if ka == 1 && kb == 1 {
		if ba == nil && bb == nil {
			switch {
			case ia < ib:
				return -1, true
			case ia > ib:
				return 1, true
			}
			return 0, true
		}
		x, y := ba, bb
		if x == nil {
			x = big.NewInt(ia)
		}
		if y == nil {
			y = big.NewInt(ib)
		}
		return x.Cmp(y), true
	}
	if ka == 2 && kb == 2 {
		return floatCmp(fa, fb), true
	}
	// int vs float
	if ka == 2 {
		r, _ := numCompare(b, a)
		if r == 2 {
			return 2, true
		}
		return -r, true
	}
	// a int, b float
	if math.IsNaN(fb) {
		return 2, true
	}
	if math.IsInf(fb, 0) {
		if fb > 0 {
			return -1, true
		}
		return 1, true
	}
	x := ba
	if x == nil {
		x = big.NewInt(ia)
	}
	y, _ := new(big.Float).SetFloat64(fb).Rat(nil)
	return new(big.Rat).SetInt(x).Cmp(y), true
}

func floatCmp(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case a == b:
		return 0
	}
	return 2
}

// Equal reports whether a == b with CPython's semantics: identity first
// (so a NaN equals itself inside containers), numbers compare by value
// across int, float and bool, tuples and lists compare element-wise, and
// other objects are asked through gpython's __eq__ dispatch.
func Equal(a, b py.Object) (bool, error) {
	switch x := a.(type) {
	case py.Int:
		if y, ok := b.(py.Int); ok {
			return x == y, nil
		}
	case py.String:
		if y, ok := b.(py.String); ok {
			return x == y, nil
		}
	}
	if Identical(a, b) {
		return true, nil
	}
	return equalNoIdentity(a, b)
}

func equalNoIdentity(a, b py.Object) (bool, error) {
	switch x := a.(type) {
	case py.String:
		if y, ok := b.(py.String); ok {
			return x == y, nil
		}
	case py.Tuple:
		if y, ok := b.(py.Tuple); ok {
			return seqEqual(x, y)
		}
	case *py.List:
		if y, ok := b.(*py.List); ok {
			return seqEqual(x.Items, y.Items)
		}
	case *py.Slice:
		if y, ok := b.(*py.Slice); ok {
			return seqEqual(sliceTuple(x), sliceTuple(y))
		}
	case *py.BoundMethod:
		// two bound methods are equal when they bind the same object to
		// equal functions (as == says: methods.EqualObjects), so that
		// they are one key of a set or dict
		if y, ok := b.(*py.BoundMethod); ok {
			if !Identical(x.Self, y.Self) {
				return false, nil
			}
			return Equal(x.Method, y.Method)
		}
	}
	if r, ok := numCompare(a, b); ok {
		return r == 0, nil
	}
	r, err := richEq(a, b)
	if err != nil {
		return false, err
	}
	return truth(r)
}

func richEq(a, b py.Object) (py.Object, error) {
	if A, ok := a.(py.I__eq__); ok {
		res, err := A.M__eq__(b)
		if err != nil {
			return nil, err
		}
		if res != py.NotImplemented {
			return res, nil
		}
	}
	if B, ok := b.(py.I__eq__); ok {
		res, err := B.M__eq__(a)
		if err != nil {
			return nil, err
		}
		if res != py.NotImplemented {
			return res, nil
		}
	}
	return py.NewBool(Identical(a, b)), nil
}

func truth(o py.Object) (bool, error) {
	switch v := o.(type) {
	case py.Bool:
		return bool(v), nil
	}
	r, err := py.MakeBool(o)
	if err != nil {
		return false, err
	}
	return r == py.True, nil
}

func seqEqual(x, y []py.Object) (bool, error) {
	if len(x) != len(y) {
		return false, nil
	}
	for i := range x {
		eq, err := Equal(x[i], y[i])
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// RichCompare evaluates `a <op> b` (op is one of OpLT..OpGE) as CPython
// does, including lexicographic ordering of tuples and lists, numbers of
// mixed types, and strings. It returns a Python object (normally a bool).
func RichCompare(a, b py.Object, op int) (py.Object, error) {
	if op == OpEQ || op == OpNE {
		eq, err := Equal(a, b)
		if err != nil {
			return nil, err
		}
		return py.NewBool(eq == (op == OpEQ)), nil
	}
	if r, ok := numCompare(a, b); ok {
		return py.NewBool(cmpResult(r, op)), nil
	}
	switch x := a.(type) {
	case py.String:
		if y, ok := b.(py.String); ok {
			r := 0
			if x < y {
				r = -1
			} else if x > y {
				r = 1
			}
			return py.NewBool(cmpResult(r, op)), nil
		}
	case py.Tuple:
		if y, ok := b.(py.Tuple); ok {
			return seqCompare(x, y, op)
		}
	case *py.List:
		if y, ok := b.(*py.List); ok {
			return seqCompare(x.Items, y.Items, op)
		}
	case *py.Slice:
		if y, ok := b.(*py.Slice); ok {
			return seqCompare(sliceTuple(x), sliceTuple(y), op)
		}
	}
	if t, ok := a.(*NamedTuple); ok {
		if u, ok := asTuple(b); ok {
			return seqCompare(t.Items, u, op)
		}
	}
	if _, ok := a.(py.Tuple); ok {
		if u, ok := b.(*NamedTuple); ok {
			return seqCompare(a.(py.Tuple), u.Items, op)
		}
	}
	return tryCmp(a, b, op)
}

// tryCmp dispatches an ordering comparison through gpython's interfaces
// (a.__op__(b), then the reflected b.__rop__(a)), raising CPython's
// TypeError when neither side supports it.
func tryCmp(a, b py.Object, op int) (py.Object, error) {
	call := func(x, y py.Object, op int) (py.Object, bool, error) {
		switch op {
		case OpLT:
			if X, ok := x.(py.I__lt__); ok {
				r, err := X.M__lt__(y)
				return r, true, err
			}
		case OpLE:
			if X, ok := x.(py.I__le__); ok {
				r, err := X.M__le__(y)
				return r, true, err
			}
		case OpGT:
			if X, ok := x.(py.I__gt__); ok {
				r, err := X.M__gt__(y)
				return r, true, err
			}
		case OpGE:
			if X, ok := x.(py.I__ge__); ok {
				r, err := X.M__ge__(y)
				return r, true, err
			}
		}
		return nil, false, nil
	}
	reflected := [...]int{OpGT, OpGE, OpEQ, OpNE, OpLT, OpLE}
	if r, ok, err := call(a, b, op); ok && (err != nil || r != py.NotImplemented) {
		return r, err
	}
	if r, ok, err := call(b, a, reflected[op]); ok && (err != nil || r != py.NotImplemented) {
		return r, err
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' not supported between instances of '%s' and '%s'", opSymbols[op], a.Type().Name, b.Type().Name)
}

func cmpResult(r, op int) bool {
	if r == 2 {
		return op == OpNE
	}
	switch op {
	case OpLT:
		return r < 0
	case OpLE:
		return r <= 0
	case OpEQ:
		return r == 0
	case OpNE:
		return r != 0
	case OpGT:
		return r > 0
	case OpGE:
		return r >= 0
	}
	return false
}

func seqCompare(x, y []py.Object, op int) (py.Object, error) {
	i := 0
	for ; i < len(x) && i < len(y); i++ {
		eq, err := Equal(x[i], y[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
	}
	if i >= len(x) || i >= len(y) {
		r := 0
		if len(x) < len(y) {
			r = -1
		} else if len(x) > len(y) {
			r = 1
		}
		return py.NewBool(cmpResult(r, op)), nil
	}
	return RichCompare(x[i], y[i], op)
}

// Less reports whether a < b (CPython semantics, see RichCompare).
func Less(a, b py.Object) (bool, error) {
	r, err := RichCompare(a, b, OpLT)
	if err != nil {
		return false, err
	}
	return truth(r)
}
