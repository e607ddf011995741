package classes

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// Instance is an instance of a class defined in Python. Its special methods
// look the Python method up on the class's MRO and call it, so gpython's
// operator dispatch (which works on Go interfaces) reaches Python code.
type Instance struct {
	cls *py.Type
	// Dict holds the instance attributes.
	Dict py.StringDict
	// order is the order the attributes were first set in (see
	// dictorder.go).
	order []string
	// exposed is set once the dict's order is registered with pyobj.
	exposed bool
	// Base is the value of the Go-defined base type (a list for a
	// subclass of list, a str for a subclass of str, ...), or nil when the
	// class derives from object only.
	Base py.Object
	// slotVals holds the values of the class's __slots__ (slots.go).
	slotVals map[string]py.Object
}

// Type returns the instance's class.
func (o *Instance) Type() *py.Type { return o.cls }

// GetDict returns the instance attribute dict.
func (o *Instance) GetDict() py.StringDict { return o.Dict }

// GoBase returns the value of the Go-defined base type the instance
// carries (see Base), or nil. Go methods of that type, which gpython calls
// with the instance as the first argument when they are called through the
// class (datetime.datetime.strftime(ts, fmt)), use it to reach their value.
func (o *Instance) GoBase() py.Object { return o.Base }

// NewInstance makes a bare instance of cls (object.__new__(cls)).
func NewInstance(cls *py.Type) *Instance {
	return &Instance{cls: cls, Dict: py.NewStringDict()}
}

func unwrap(o py.Object) py.Object {
	if i, ok := o.(*Instance); ok && i.Base != nil {
		return i.Base
	}
	return o
}

// wrapResult returns o instead of its base when an in-place delegated
// operation returned the base itself.
func (o *Instance) wrapResult(r py.Object) py.Object {
	if o.Base != nil && sameObject(r, o.Base) {
		return o
	}
	return r
}

func sameObject(a, b py.Object) bool {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	if va.Kind() == reflect.Ptr && vb.Kind() == reflect.Ptr {
		return va.Pointer() == vb.Pointer()
	}
	return false
}

// InstanceReceiver is implemented by values of Go-defined types whose
// methods (in the type's dict) accept an instance of a Python subclass as
// their receiver and reach the value with GoBase (the datetime types).
// Such an instance is passed to them rather than its Base, so that they
// can call the subclass's overrides and build results of its class as
// CPython's do (str() of a datetime subclass calls self.isoformat(),
// ts + timedelta is of ts's class), and their special methods (__str__,
// __repr__, __format__, binary operators) are used for the instance.
type InstanceReceiver interface {
	MethodsTakeInstance()
}

// callOwn is call, then for an InstanceReceiver base the special method
// name of the Go base type, called with the instance.
func (o *Instance) callOwn(name string, args ...py.Object) (py.Object, bool, error) {
	if r, ok, err := o.call(name, args...); ok {
		return r, ok, err
	}
	if _, ok := o.Base.(InstanceReceiver); !ok {
		return nil, false, nil
	}
	attr, owner := info(o.cls).lookup(o.cls, name)
	if attr == nil || owner == nil || isHeap(owner) || owner == py.ObjectType {
		return nil, false, nil
	}
	r, err := callMeth(attr, o, args...)
	return r, true, err
}

// call invokes the Python special method name if the class defines one.
func (o *Instance) call(name string, args ...py.Object) (py.Object, bool, error) {
	if f := special(o.cls, name); f != nil {
		if f == py.None {
			return nil, true, pyErr(py.TypeError, "'%s' object is not callable", "NoneType")
		}
		r, err := callMeth(f, o, args...)
		return r, true, err
	}
	return nil, false, nil
}

func (o *Instance) binop(name string, other py.Object, deleg func(a, b py.Object) (py.Object, error)) (py.Object, error) {
	if r, ok, err := o.callOwn(name, other); ok {
		return r, err
	}
	if o.Base != nil && deleg != nil {
		return deleg(o.Base, unwrap(other))
	}
	return py.NotImplemented, nil
}

func rev(f func(a, b py.Object) (py.Object, error)) func(a, b py.Object) (py.Object, error) {
	return func(a, b py.Object) (py.Object, error) { return f(b, a) }
}

func (o *Instance) iop(name string, other py.Object, deleg func(a, b py.Object) (py.Object, error)) (py.Object, error) {
	if r, ok, err := o.call(name, other); ok {
		return r, err
	}
	if _, ok := o.Base.(InstanceReceiver); ok {
		// immutable values: x op= y is x = x op y, through the binary
		// special method
		return py.NotImplemented, nil
	}
	if o.Base != nil && deleg != nil {
		r, err := deleg(o.Base, unwrap(other))
		if err != nil {
			return nil, err
		}
		return o.wrapResult(r), nil
	}
	return py.NotImplemented, nil
}

// Arithmetic, forward.

func (o *Instance) M__add__(other py.Object) (py.Object, error) {
	return o.binop("__add__", other, py.Add)
}
func (o *Instance) M__sub__(other py.Object) (py.Object, error) {
	return o.binop("__sub__", other, py.Sub)
}
func (o *Instance) M__mul__(other py.Object) (py.Object, error) {
	return o.binop("__mul__", other, py.Mul)
}
func (o *Instance) M__truediv__(other py.Object) (py.Object, error) {
	return o.binop("__truediv__", other, py.TrueDiv)
}
func (o *Instance) M__floordiv__(other py.Object) (py.Object, error) {
	return o.binop("__floordiv__", other, py.FloorDiv)
}
func (o *Instance) M__mod__(other py.Object) (py.Object, error) {
	return o.binop("__mod__", other, py.Mod)
}
func (o *Instance) M__lshift__(other py.Object) (py.Object, error) {
	return o.binop("__lshift__", other, py.Lshift)
}
func (o *Instance) M__rshift__(other py.Object) (py.Object, error) {
	return o.binop("__rshift__", other, py.Rshift)
}
func (o *Instance) M__and__(other py.Object) (py.Object, error) {
	return o.binop("__and__", other, py.And)
}
func (o *Instance) M__xor__(other py.Object) (py.Object, error) {
	return o.binop("__xor__", other, py.Xor)
}
func (o *Instance) M__or__(other py.Object) (py.Object, error) {
	return o.binop("__or__", other, py.Or)
}

// M__pow__ implements ** (and pow with a modulus).
func (o *Instance) M__pow__(other, mod py.Object) (py.Object, error) {
	if f := special(o.cls, "__pow__"); f != nil {
		if mod == nil || mod == py.None {
			return callMeth(f, o, other)
		}
		return callMeth(f, o, other, mod)
	}
	if o.Base != nil {
		return py.Pow(o.Base, unwrap(other), mod)
	}
	return py.NotImplemented, nil
}

// M__divmod__ implements divmod().
func (o *Instance) M__divmod__(other py.Object) (py.Object, py.Object, error) {
	return o.divmod("__divmod__", other)
}

// M__rdivmod__ implements reflected divmod().
func (o *Instance) M__rdivmod__(other py.Object) (py.Object, py.Object, error) {
	return o.divmod("__rdivmod__", other)
}

func (o *Instance) divmod(name string, other py.Object) (py.Object, py.Object, error) {
	r, ok, err := o.call(name, other)
	if !ok {
		return py.NotImplemented, py.NotImplemented, nil
	}
	if err != nil {
		return nil, nil, err
	}
	if r == py.NotImplemented {
		return r, r, nil
	}
	t, isT := r.(py.Tuple)
	if !isT || len(t) != 2 {
		return nil, nil, pyErr(py.TypeError, "%s must return a 2-tuple", name)
	}
	return t[0], t[1], nil
}

// Arithmetic, reflected.

func (o *Instance) M__radd__(other py.Object) (py.Object, error) {
	return o.binop("__radd__", other, rev(py.Add))
}
func (o *Instance) M__rsub__(other py.Object) (py.Object, error) {
	return o.binop("__rsub__", other, rev(py.Sub))
}
func (o *Instance) M__rmul__(other py.Object) (py.Object, error) {
	return o.binop("__rmul__", other, rev(py.Mul))
}
func (o *Instance) M__rtruediv__(other py.Object) (py.Object, error) {
	return o.binop("__rtruediv__", other, rev(py.TrueDiv))
}
func (o *Instance) M__rfloordiv__(other py.Object) (py.Object, error) {
	return o.binop("__rfloordiv__", other, rev(py.FloorDiv))
}
func (o *Instance) M__rmod__(other py.Object) (py.Object, error) {
	return o.binop("__rmod__", other, rev(py.Mod))
}
func (o *Instance) M__rlshift__(other py.Object) (py.Object, error) {
	return o.binop("__rlshift__", other, rev(py.Lshift))
}
func (o *Instance) M__rrshift__(other py.Object) (py.Object, error) {
	return o.binop("__rrshift__", other, rev(py.Rshift))
}
func (o *Instance) M__rand__(other py.Object) (py.Object, error) {
	return o.binop("__rand__", other, rev(py.And))
}
func (o *Instance) M__rxor__(other py.Object) (py.Object, error) {
	return o.binop("__rxor__", other, rev(py.Xor))
}
func (o *Instance) M__ror__(other py.Object) (py.Object, error) {
	return o.binop("__ror__", other, rev(py.Or))
}
func (o *Instance) M__rpow__(other py.Object) (py.Object, error) {
	return o.binop("__rpow__", other, func(a, b py.Object) (py.Object, error) { return py.Pow(b, a, py.None) })
}

// Arithmetic, in place.

func (o *Instance) M__iadd__(other py.Object) (py.Object, error) {
	return o.iop("__iadd__", other, py.IAdd)
}
func (o *Instance) M__isub__(other py.Object) (py.Object, error) {
	return o.iop("__isub__", other, py.ISub)
}
func (o *Instance) M__imul__(other py.Object) (py.Object, error) {
	return o.iop("__imul__", other, py.IMul)
}
func (o *Instance) M__itruediv__(other py.Object) (py.Object, error) {
	return o.iop("__itruediv__", other, py.ITrueDiv)
}
func (o *Instance) M__ifloordiv__(other py.Object) (py.Object, error) {
	return o.iop("__ifloordiv__", other, py.IFloorDiv)
}
func (o *Instance) M__imod__(other py.Object) (py.Object, error) {
	return o.iop("__imod__", other, py.IMod)
}
func (o *Instance) M__ilshift__(other py.Object) (py.Object, error) {
	return o.iop("__ilshift__", other, py.ILshift)
}
func (o *Instance) M__irshift__(other py.Object) (py.Object, error) {
	return o.iop("__irshift__", other, py.IRshift)
}
func (o *Instance) M__iand__(other py.Object) (py.Object, error) {
	return o.iop("__iand__", other, py.IAnd)
}
func (o *Instance) M__ixor__(other py.Object) (py.Object, error) {
	return o.iop("__ixor__", other, py.IXor)
}
func (o *Instance) M__ior__(other py.Object) (py.Object, error) {
	return o.iop("__ior__", other, py.IOr)
}

// M__ipow__ implements **=.
func (o *Instance) M__ipow__(other, mod py.Object) (py.Object, error) {
	if r, ok, err := o.call("__ipow__", other); ok {
		return r, err
	}
	return py.NotImplemented, nil
}

// Unary operators.

func (o *Instance) unary(name, sym string, deleg func(py.Object) (py.Object, error)) (py.Object, error) {
	if r, ok, err := o.call(name); ok {
		return r, err
	}
	if o.Base != nil {
		return deleg(o.Base)
	}
	return nil, pyErr(py.TypeError, "bad operand type for %s: '%s'", sym, o.cls.Name)
}

func (o *Instance) M__neg__() (py.Object, error) { return o.unary("__neg__", "unary -", py.Neg) }
func (o *Instance) M__pos__() (py.Object, error) { return o.unary("__pos__", "unary +", py.Pos) }
func (o *Instance) M__abs__() (py.Object, error) { return o.unary("__abs__", "abs()", py.Abs) }
func (o *Instance) M__invert__() (py.Object, error) {
	return o.unary("__invert__", "unary ~", py.Invert)
}

func (o *Instance) conv(name string, deleg func(py.Object) (py.Object, error)) (py.Object, error) {
	if r, ok, err := o.call(name); ok {
		return r, err
	}
	if o.Base != nil {
		return deleg(o.Base)
	}
	return py.NotImplemented, nil
}

func (o *Instance) M__int__() (py.Object, error) {
	if r, ok, err := o.call("__int__"); ok {
		return r, err
	}
	if f := special(o.cls, "__index__"); f != nil {
		return callMeth(f, o)
	}
	if o.Base != nil {
		return py.MakeInt(o.Base)
	}
	return nil, pyErr(py.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", o.cls.Name)
}
func (o *Instance) M__float__() (py.Object, error) {
	if r, ok, err := o.call("__float__"); ok {
		return r, err
	}
	if f := special(o.cls, "__index__"); f != nil {
		r, err := callMeth(f, o)
		if err != nil {
			return nil, err
		}
		return py.MakeFloat(r)
	}
	if o.Base != nil {
		return py.MakeFloat(o.Base)
	}
	return nil, pyErr(py.TypeError, "float() argument must be a string or a real number, not '%s'", o.cls.Name)
}
func (o *Instance) M__complex__() (py.Object, error) { return o.conv("__complex__", py.MakeComplex) }

// M__index__ implements operator.index.
func (o *Instance) M__index__() (py.Int, error) {
	if r, ok, err := o.call("__index__"); ok {
		if err != nil {
			return 0, err
		}
		i, isInt := r.(py.Int)
		if !isInt {
			return 0, pyErr(py.TypeError, "__index__ returned non-int (type %s)", r.Type().Name)
		}
		return i, nil
	}
	if o.Base != nil {
		return py.Index(o.Base)
	}
	return 0, pyErr(py.TypeError, "'%s' object cannot be interpreted as an integer", o.cls.Name)
}

// M__round__ implements round().
func (o *Instance) M__round__(n py.Object) (py.Object, error) {
	f := special(o.cls, "__round__")
	if f == nil {
		if o.Base != nil {
			return Round(o.Base, n)
		}
		return nil, pyErr(py.TypeError, "type %s doesn't define __round__ method", o.cls.Name)
	}
	if n == nil || n == py.None {
		return callMeth(f, o)
	}
	return callMeth(f, o, n)
}

func (o *Instance) M__trunc__() (py.Object, error) { return o.conv("__trunc__", py.MakeInt) }
func (o *Instance) M__floor__() (py.Object, error) { return o.conv("__floor__", py.MakeInt) }
func (o *Instance) M__ceil__() (py.Object, error)  { return o.conv("__ceil__", py.MakeInt) }

// Comparisons.

// eqRaw calls a user __eq__ of o, or returns NotImplemented.
func eqRaw(o *Instance, other py.Object) (py.Object, error) {
	if r, ok, err := o.call("__eq__", other); ok {
		return r, err
	}
	return py.NotImplemented, nil
}

// M__eq__ implements == with CPython's reflection and identity fallback.
func (o *Instance) M__eq__(other py.Object) (py.Object, error) {
	if f := special(o.cls, "__eq__"); f == nil && o.Base != nil {
		return py.Eq(o.Base, unwrap(other))
	}
	r, err := eqRaw(o, other)
	if err != nil || r != py.NotImplemented {
		return r, err
	}
	switch x := other.(type) {
	case *Instance:
		if x != o {
			if r, err = eqRaw(x, o); err != nil || r != py.NotImplemented {
				return r, err
			}
		}
	case py.I__eq__:
		if r, err = x.M__eq__(o); err != nil || r != py.NotImplemented {
			return r, err
		}
	}
	return py.NewBool(o == other), nil
}

// M__ne__ implements !=: a user __ne__, else the inverse of ==.
func (o *Instance) M__ne__(other py.Object) (py.Object, error) {
	if r, ok, err := o.call("__ne__", other); ok && (err != nil || r != py.NotImplemented) {
		return r, err
	}
	if f := special(o.cls, "__eq__"); f == nil && o.Base != nil {
		return py.Ne(o.Base, unwrap(other))
	}
	if x, ok := other.(*Instance); ok && x != o {
		if r, ok, err := x.call("__ne__", o); ok && (err != nil || r != py.NotImplemented) {
			return r, err
		}
	}
	r, err := o.M__eq__(other)
	if err != nil {
		return nil, err
	}
	b, err := py.MakeBool(r)
	if err != nil {
		return nil, err
	}
	return py.NewBool(b != py.True), nil
}

var reflectedCmp = map[string]string{"__lt__": "__gt__", "__gt__": "__lt__", "__le__": "__ge__", "__ge__": "__le__"}
var cmpSym = map[string]string{"__lt__": "<", "__gt__": ">", "__le__": "<=", "__ge__": ">="}

func (o *Instance) cmp(name string, other py.Object, deleg func(a, b py.Object) (py.Object, error)) (py.Object, error) {
	if f := special(o.cls, name); f == nil && o.Base != nil {
		return deleg(o.Base, unwrap(other))
	}
	if r, ok, err := o.call(name, other); ok && (err != nil || r != py.NotImplemented) {
		return r, err
	}
	refl := reflectedCmp[name]
	switch x := other.(type) {
	case *Instance:
		if r, ok, err := x.call(refl, o); ok && (err != nil || r != py.NotImplemented) {
			return r, err
		}
		if special(x.cls, refl) == nil && x.Base != nil {
			// other wraps a Go value: let gpython try it.
			return py.NotImplemented, nil
		}
	default:
		var r py.Object
		var err error
		switch refl {
		case "__gt__":
			if i, ok := other.(py.I__gt__); ok {
				r, err = i.M__gt__(o)
			}
		case "__lt__":
			if i, ok := other.(py.I__lt__); ok {
				r, err = i.M__lt__(o)
			}
		case "__ge__":
			if i, ok := other.(py.I__ge__); ok {
				r, err = i.M__ge__(o)
			}
		case "__le__":
			if i, ok := other.(py.I__le__); ok {
				r, err = i.M__le__(o)
			}
		}
		if err != nil || (r != nil && r != py.NotImplemented) {
			return r, err
		}
	}
	return nil, pyErr(py.TypeError, "'%s' not supported between instances of '%s' and '%s'", cmpSym[name], o.cls.Name, other.Type().Name)
}

func (o *Instance) M__lt__(other py.Object) (py.Object, error) { return o.cmp("__lt__", other, py.Lt) }
func (o *Instance) M__le__(other py.Object) (py.Object, error) { return o.cmp("__le__", other, py.Le) }
func (o *Instance) M__gt__(other py.Object) (py.Object, error) { return o.cmp("__gt__", other, py.Gt) }
func (o *Instance) M__ge__(other py.Object) (py.Object, error) { return o.cmp("__ge__", other, py.Ge) }

// M__hash__ implements hash(): a user __hash__, None (unhashable) or the
// identity hash.
func (o *Instance) M__hash__() (py.Object, error) {
	if f := special(o.cls, "__hash__"); f != nil {
		if f == py.None {
			return nil, pyErr(py.TypeError, "unhashable type: '%s'", o.cls.Name)
		}
		r, err := callMeth(f, o)
		if err != nil {
			return nil, err
		}
		switch r.(type) {
		case py.Int, *py.BigInt:
			return r, nil
		case py.Bool:
			if r == py.True {
				return py.Int(1), nil
			}
			return py.Int(0), nil
		}
		return nil, pyErr(py.TypeError, "__hash__ method should return an integer")
	}
	if o.Base != nil {
		return Hash(o.Base)
	}
	return py.Int(int64(addr(o) >> 4)), nil
}

// M__bool__ implements truth testing: __bool__, else __len__, else True.
func (o *Instance) M__bool__() (py.Object, error) {
	if r, ok, err := o.call("__bool__"); ok {
		if err != nil {
			return nil, err
		}
		if _, isBool := r.(py.Bool); !isBool {
			return nil, pyErr(py.TypeError, "__bool__ should return bool, returned %s", r.Type().Name)
		}
		return r, nil
	}
	if special(o.cls, "__len__") != nil {
		n, err := o.M__len__()
		if err != nil {
			return nil, err
		}
		return py.NewBool(n != py.Int(0)), nil
	}
	if o.Base != nil {
		return py.MakeBool(o.Base)
	}
	return py.True, nil
}

// M__len__ implements len().
func (o *Instance) M__len__() (py.Object, error) {
	if r, ok, err := o.call("__len__"); ok {
		if err != nil {
			return nil, err
		}
		n, isInt := r.(py.Int)
		if !isInt {
			if b, isBool := r.(py.Bool); isBool {
				if b {
					return py.Int(1), nil
				}
				return py.Int(0), nil
			}
			return nil, pyErr(py.TypeError, "'%s' object cannot be interpreted as an integer", r.Type().Name)
		}
		if n < 0 {
			return nil, pyErr(py.ValueError, "__len__() should return >= 0")
		}
		return n, nil
	}
	if o.Base != nil {
		return py.Len(o.Base)
	}
	return nil, pyErr(py.TypeError, "object of type '%s' has no len()", o.cls.Name)
}

// M__call__ makes instances of classes with __call__ callable.
func (o *Instance) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	f := special(o.cls, "__call__")
	if f == nil || f == py.None {
		return nil, pyErr(py.TypeError, "'%s' object is not callable", o.cls.Name)
	}
	if fn, ok := f.(*py.Function); ok {
		a := make(py.Tuple, len(args)+1)
		a[0] = o
		copy(a[1:], args)
		return fn.M__call__(a, kwargs)
	}
	b, err := bindGet(f, o, o.cls)
	if err != nil {
		return nil, err
	}
	return py.Call(b, args, kwargs)
}

// M__iter__ implements iter(): __iter__, else the __getitem__ protocol.
func (o *Instance) M__iter__() (py.Object, error) {
	if r, ok, err := o.call("__iter__"); ok {
		if err != nil {
			return nil, err
		}
		if !isIterator(r) {
			return nil, pyErr(py.TypeError, "iter() returned non-iterator of type '%s'", r.Type().Name)
		}
		return r, nil
	}
	if special(o.cls, "__getitem__") != nil {
		return py.NewIterator(o), nil
	}
	if o.Base != nil {
		return py.Iter(o.Base)
	}
	return nil, pyErr(py.TypeError, "'%s' object is not iterable", o.cls.Name)
}

func isIterator(r py.Object) bool {
	if i, ok := r.(*Instance); ok {
		return special(i.cls, "__next__") != nil
	}
	if _, ok := r.(py.I__next__); ok {
		return true
	}
	if t, ok := r.(*py.Type); ok {
		return t.GetAttrOrNil("__next__") != nil
	}
	return false
}

// M__next__ implements next(); a StopIteration raised by Python code is
// turned into gpython's StopIteration sentinel so loops over the iterator
// end normally.
func (o *Instance) M__next__() (py.Object, error) {
	if r, ok, err := o.call("__next__"); ok {
		if err != nil && isStopIteration(err) {
			return nil, py.StopIteration
		}
		return r, err
	}
	if o.Base != nil {
		return py.Next(o.Base)
	}
	return nil, pyErr(py.TypeError, "'%s' object is not an iterator", o.cls.Name)
}

// M__reversed__ implements reversed() for classes defining __reversed__.
func (o *Instance) M__reversed__() (py.Object, error) {
	if r, ok, err := o.call("__reversed__"); ok {
		return r, err
	}
	return Reversed(o)
}

// M__contains__ implements "in": __contains__, else iteration.
func (o *Instance) M__contains__(item py.Object) (py.Object, error) {
	if r, ok, err := o.call("__contains__", item); ok {
		if err != nil {
			return nil, err
		}
		return py.MakeBool(r)
	}
	if o.Base != nil && special(o.cls, "__iter__") == nil && special(o.cls, "__getitem__") == nil {
		found, err := py.SequenceContains(o.Base, item)
		return py.NewBool(found), err
	}
	if special(o.cls, "__iter__") == nil && special(o.cls, "__getitem__") == nil {
		return nil, pyErr(py.TypeError, "argument of type '%s' is not iterable", o.cls.Name)
	}
	it, err := o.M__iter__()
	if err != nil {
		return nil, err
	}
	for {
		x, err := py.Next(it)
		if err != nil {
			if isStopIteration(err) {
				return py.False, nil
			}
			return nil, err
		}
		if x == item {
			return py.True, nil
		}
		eq, err := py.Eq(x, item)
		if err != nil {
			return nil, err
		}
		if eq == py.True {
			return py.True, nil
		}
	}
}

// Items.

func (o *Instance) M__getitem__(key py.Object) (py.Object, error) {
	if r, ok, err := o.call("__getitem__", key); ok {
		return r, err
	}
	if o.Base != nil {
		return py.GetItem(o.Base, key)
	}
	return nil, pyErr(py.TypeError, "'%s' object is not subscriptable", o.cls.Name)
}

func (o *Instance) M__setitem__(key, value py.Object) (py.Object, error) {
	if r, ok, err := o.call("__setitem__", key, value); ok {
		return r, err
	}
	if o.Base != nil {
		return py.SetItem(o.Base, key, value)
	}
	return nil, pyErr(py.TypeError, "'%s' object does not support item assignment", o.cls.Name)
}

func (o *Instance) M__delitem__(key py.Object) (py.Object, error) {
	if r, ok, err := o.call("__delitem__", key); ok {
		return r, err
	}
	if o.Base != nil {
		return py.DelItem(o.Base, key)
	}
	return nil, pyErr(py.TypeError, "'%s' object doesn't support item deletion", o.cls.Name)
}

// Text.

// M__repr__ implements repr().
func (o *Instance) M__repr__() (py.Object, error) {
	if r, ok, err := o.callOwn("__repr__"); ok {
		if err != nil {
			return nil, err
		}
		if _, isStr := r.(py.String); !isStr {
			return nil, pyErr(py.TypeError, "__repr__ returned non-string (type %s)", r.Type().Name)
		}
		return r, nil
	}
	if o.Base != nil {
		t := o.Base.Type()
		if t == pyobj.SetType || t == pyobj.FrozenSetType {
			return setSubclassRepr(o.cls, o.Base)
		}
		r, err := Repr(o.Base)
		if err == nil {
			switch t {
			case pyobj.DequeType, pyobj.OrderedDictType, pyobj.CounterType, pyobj.DefaultDictType:
				// these print their class's name, as CPython's do
				if s, ok := r.(py.String); ok && strings.HasPrefix(string(s), t.Name+"(") {
					r = py.String(o.cls.Name + string(s[len(t.Name):]))
				}
			}
		}
		return r, err
	}
	return py.String(defaultRepr(o)), nil
}

func defaultRepr(o py.Object) string {
	return fmt.Sprintf("<%s object at 0x%x>", qualifiedName(o.Type()), addr(o))
}

// M__str__ implements str(): __str__, else repr.
func (o *Instance) M__str__() (py.Object, error) {
	if r, ok, err := o.callOwn("__str__"); ok {
		if err != nil {
			return nil, err
		}
		if _, isStr := r.(py.String); !isStr {
			return nil, pyErr(py.TypeError, "__str__ returned non-string (type %s)", r.Type().Name)
		}
		return r, nil
	}
	if o.Base != nil && special(o.cls, "__repr__") == nil {
		switch o.Base.Type() {
		case pyobj.SetType, pyobj.FrozenSetType, pyobj.DequeType, pyobj.OrderedDictType, pyobj.CounterType, pyobj.DefaultDictType:
			// their str is the repr, with the class's name
		default:
			return Str(o.Base)
		}
	}
	return o.M__repr__()
}

// M__format__ implements format(): __format__, else str() for an empty
// spec. For a subclass of a Go-defined type the empty spec also gives
// str() of the instance, so an overridden __str__ is used: CPython's
// __format__ of int, float, str, date, datetime, ... and object return
// str(self) for an empty spec.
func (o *Instance) M__format__(spec py.Object) (py.Object, error) {
	if r, ok, err := o.callOwn("__format__", spec); ok {
		if err != nil {
			return nil, err
		}
		if _, isStr := r.(py.String); !isStr {
			return nil, pyErr(py.TypeError, "__format__ must return a str, not %s", r.Type().Name)
		}
		return r, nil
	}
	if o.Base != nil {
		if s, ok := spec.(py.String); ok && s == "" {
			return o.M__str__()
		}
		return Format(o.Base, spec)
	}
	if s, ok := spec.(py.String); ok && s != "" {
		return nil, pyErr(py.TypeError, "unsupported format string passed to %s.__format__", o.cls.Name)
	}
	return o.M__str__()
}

// Check the interfaces gpython dispatches on.
var (
	_ py.I__getattribute__ = (*Instance)(nil)
	_ py.I__setattr__      = (*Instance)(nil)
	_ py.I__delattr__      = (*Instance)(nil)
	_ py.I__eq__           = (*Instance)(nil)
	_ py.I__ne__           = (*Instance)(nil)
	_ py.I__lt__           = (*Instance)(nil)
	_ py.I__hash__         = (*Instance)(nil)
	_ py.I__bool__         = (*Instance)(nil)
	_ py.I__len__          = (*Instance)(nil)
	_ py.I__call__         = (*Instance)(nil)
	_ py.I__iter__         = (*Instance)(nil)
	_ py.I__next__         = (*Instance)(nil)
	_ py.I__getitem__      = (*Instance)(nil)
	_ py.I__setitem__      = (*Instance)(nil)
	_ py.I__delitem__      = (*Instance)(nil)
	_ py.I__contains__     = (*Instance)(nil)
	_ py.I__repr__         = (*Instance)(nil)
	_ py.I__str__          = (*Instance)(nil)
	_ py.I__format__       = (*Instance)(nil)
	_ py.I__add__          = (*Instance)(nil)
	_ py.I__radd__         = (*Instance)(nil)
	_ py.I__iadd__         = (*Instance)(nil)
	_ py.I__pow__          = (*Instance)(nil)
	_ py.I__divmod__       = (*Instance)(nil)
	_ py.I__index__        = (*Instance)(nil)
	_ py.I__round__        = (*Instance)(nil)
	_ py.I__reversed__     = (*Instance)(nil)
)
