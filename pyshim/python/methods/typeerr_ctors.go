package methods

// CPython 3.11's TypeError wordings for int(), float() and complex() given an
// argument of the wrong type (see package upstream for the index). gpython
// v0.2.0 (py/arithmetic.go MakeInt, MakeFloat; py/int.go IntNew;
// py/complex.go ComplexNew) says "unsupported operand type(s) for int:
// 'NoneType'" and "cant convert complex to int", checks the base with
// MakeGoInt and refuses complex() of a complex. The wrappers here are the
// outermost of each constructor (this file's init runs after numbers.go's
// and after package pyobj's): they check the arguments as CPython does,
// delegate, and reword the gpython errors that remain.

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// Messages of the three constructors for an argument of type %s.
const (
	intArgTypeMsg     = "int() argument must be a string, a bytes-like object or a real number, not '%s'"
	floatArgTypeMsg   = "float() argument must be a string or a real number, not '%s'"
	complexFirstMsg   = "complex() first argument must be a string or a number, not '%s'"
	complexSecondMsg  = "complex() second argument must be a number, not '%s'"
	intBaseRangeMsg   = "int() base must be >= 2 and <= 36, or 0"
	notAnIntegerMsg   = "'%s' object cannot be interpreted as an integer"
	complexSecondStrs = "complex() second arg can't be a string"
)

// isConversionTypeError reports whether err is gpython's TypeError for
// converting an object of type typeName with the operation op ("int",
// "float"): the error the constructors reword.
func isConversionTypeError(err error, op, typeName string) bool {
	if err == nil || !py.IsException(py.TypeError, err) {
		return false
	}
	switch errString(err) {
	case "unsupported operand type(s) for " + op + ": '" + typeName + "'",
		"cant convert complex to " + op,
		"float() argument must be a string or a real number, not '" + typeName + "'":
		return true
	}
	return false
}

func init() {
	prevInt := py.IntType.New
	py.IntType.New = func(meta *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		for k := range kw {
			if k != "base" {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for int()", k)
			}
		}
		if len(args)+len(kw) > 2 || len(args) == 0 {
			return prevInt(meta, args, kw)
		}
		var base py.Object
		if len(args) > 1 {
			base = args[1]
		} else if b, ok := kw["base"]; ok {
			base = b
		}
		if base != nil {
			n, err := py.IndexInt(base)
			if err != nil {
				if py.IsException(py.TypeError, err) {
					return nil, py.ExceptionNewf(py.TypeError, notAnIntegerMsg, base.Type().Name)
				}
				return nil, err
			}
			if n != 0 && (n < 2 || n > 36) {
				return nil, py.ExceptionNewf(py.ValueError, intBaseRangeMsg)
			}
		}
		r, err := prevInt(meta, args, kw)
		if base == nil && isConversionTypeError(err, "int", args[0].Type().Name) {
			return nil, py.ExceptionNewf(py.TypeError, intArgTypeMsg, args[0].Type().Name)
		}
		return r, err
	}

	prevFloat := py.FloatType.New
	py.FloatType.New = func(meta *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(kw) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "float() takes no keyword arguments")
		}
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "float expected at most 1 argument, got %d", len(args))
		}
		r, err := prevFloat(meta, args, kw)
		if len(args) == 1 && isConversionTypeError(err, "float", args[0].Type().Name) {
			return nil, py.ExceptionNewf(py.TypeError, floatArgTypeMsg, args[0].Type().Name)
		}
		return r, err
	}

	prevComplex := py.ComplexType.New
	py.ComplexType.New = func(meta *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var reArg, imArg py.Object
		if err := py.ParseTupleAndKeywords(args, kw, "|OO:complex", []string{"real", "imag"}, &reArg, &imArg); err != nil {
			return nil, err
		}
		if reArg == nil {
			return prevComplex(meta, args, kw)
		}
		if _, ok := reArg.(py.String); ok {
			return prevComplex(meta, args, kw)
		}
		if _, ok := imArg.(py.String); ok {
			return nil, py.ExceptionNewf(py.TypeError, complexSecondStrs)
		}
		re, reOK := plainNumber(reArg)
		im, imOK := complex128(0), true
		if imArg != nil {
			im, imOK = plainNumber(imArg)
		}
		if reOK && imOK {
			// CPython: complex(a, b) is a + b*1j, also when a or b is
			// complex; the parts of real numbers are taken as they are
			// (complex(0, -0.0) keeps the sign)
			r, i := real(re), real(im)
			if _, ok := imArg.(py.Complex); ok {
				r -= imag(im)
			}
			if _, ok := reArg.(py.Complex); ok {
				if imArg != nil {
					i += imag(re)
				} else {
					i = imag(re)
				}
			}
			return py.Complex(complex(r, i)), nil
		}
		r, err := prevComplex(meta, args, kw)
		if err != nil && py.IsException(py.TypeError, err) {
			msg := errString(err)
			switch {
			case !reOK && strings.Contains(msg, "'"+reArg.Type().Name+"'"):
				return nil, py.ExceptionNewf(py.TypeError, complexFirstMsg, reArg.Type().Name)
			case !imOK && strings.Contains(msg, "'"+imArg.Type().Name+"'"):
				return nil, py.ExceptionNewf(py.TypeError, complexSecondMsg, imArg.Type().Name)
			}
		}
		return r, err
	}
}

// plainNumber converts a builtin number (bool, int, float, complex) for
// complex(); ok is false for anything else.
func plainNumber(o py.Object) (c complex128, ok bool) {
	switch v := o.(type) {
	case py.Complex:
		return complex128(v), true
	case py.Float:
		return complex(float64(v), 0), true
	case py.Int:
		return complex(float64(v), 0), true
	case py.Bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// argTypeName is how CPython's argument clinic names an argument's type in
// "must be str, not X": None as "None", anything else by its type's name.
func argTypeName(o py.Object) string {
	if o == py.None {
		return "None"
	}
	return o.Type().Name
}
