package methods

import (
	"math/big"

	"github.com/go-python/gpython/py"
)

// powModInverse is pow(base, exp, mod) for a negative integer exp (3.8):
// the modular inverse of base raised to -exp, which gpython refuses
// ("2nd argument cannot be negative"); ok is false for other arguments.
func powModInverse(base, exp, mod py.Object) (py.Object, bool, error) {
	e, ok := bigInt(exp)
	if !ok || e.Sign() >= 0 {
		return nil, false, nil
	}
	b, ok1 := bigInt(base)
	m, ok2 := bigInt(mod)
	if !ok1 || !ok2 {
		return nil, false, nil
	}
	if m.Sign() == 0 {
		return nil, true, py.ExceptionNewf(py.ValueError, "pow() 3rd argument cannot be 0")
	}
	am := new(big.Int).Abs(m)
	inv := new(big.Int).ModInverse(new(big.Int).Mod(b, am), am)
	if inv == nil {
		return nil, true, py.ExceptionNewf(py.ValueError, "base is not invertible for the given modulus")
	}
	r := new(big.Int).Exp(inv, new(big.Int).Neg(e), am)
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	if r.IsInt64() {
		return py.Int(r.Int64()), true, nil
	}
	return (*py.BigInt)(r), true, nil
}

// bigInt is o as a big integer when it is an int (not a bool's float).
func bigInt(o py.Object) (*big.Int, bool) {
	switch x := o.(type) {
	case py.Int:
		return big.NewInt(int64(x)), true
	case py.Bool:
		if x {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case *py.BigInt:
		return new(big.Int).Set((*big.Int)(x)), true
	}
	return nil, false
}
