package sysmods

import (
	"fmt"
	"strings"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// gpython calls a Go method stored in a type's dict in two ways: bound
// (d.strftime('%Y'): self is the value) and through the class
// (datetime.datetime.strftime(d, '%Y'): self is the method's module, nil,
// and the value is the first argument). dtClass turns both into a call
// with the value as the receiver, unwraps instances of Python subclasses
// (class Timestamp(datetime.datetime)) to the Go value they carry, and
// checks the receiver's type with CPython's messages.

// goBased is implemented by instances of Python classes derived from a
// Go-defined type (the class layer's Instance): GoBase returns the value of
// the Go base type, or nil.
type goBased interface {
	GoBase() py.Object
}

// goBase returns the datetime value o stands for: o itself, or the Go
// value an instance of a Python subclass carries.
func goBase(o py.Object) py.Object {
	if b, ok := o.(goBased); ok {
		if v := b.GoBase(); v != nil {
			return v
		}
	}
	return o
}

// dtClass describes the class that defines a method, for receiver checks
// and error messages.
type dtClass struct {
	t       *py.Type
	short   string // "date", "datetime", ...
	accepts func(py.Object) bool
}

var (
	dtDate = &dtClass{DateType, "date", func(o py.Object) bool { return asDate(o) != nil }}
	dtDT   = &dtClass{DateTimeType, "datetime", func(o py.Object) bool { _, ok := o.(*DateTime); return ok }}
	dtTime = &dtClass{TimeType, "time", func(o py.Object) bool { _, ok := o.(*Time); return ok }}
	dtTD   = &dtClass{TimeDeltaType, "timedelta", func(o py.Object) bool { _, ok := o.(*TimeDelta); return ok }}
	dtTZ   = &dtClass{TimeZoneType, "timezone", func(o py.Object) bool { _, ok := o.(*TimeZone); return ok }}
)

// unboundSelf reports whether gpython called a type-dict method through
// the class (self is a module or nil) rather than bound to a value.
func unboundSelf(self py.Object) bool {
	if self == nil {
		return true
	}
	_, ok := self.(*py.Module)
	return ok
}

// recv returns the receiver of method name: v is the datetime value, orig
// the object the method was called on (an instance of a Python subclass,
// or v itself), rest the remaining arguments.
func (c *dtClass) recv(name string, self py.Object, args py.Tuple) (v, orig py.Object, rest py.Tuple, err error) {
	rest = args
	if unboundSelf(self) {
		if len(args) == 0 {
			return nil, nil, nil, py.ExceptionNewf(py.TypeError, "unbound method %s.%s() needs an argument", c.short, name)
		}
		self, rest = args[0], args[1:]
	}
	v = goBase(self)
	if !c.accepts(v) {
		return nil, nil, nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, c.t.Name, typeName(self))
	}
	return v, self, rest, nil
}

// slotRecv is recv for special methods (CPython's slot wrappers), which
// word their errors differently and check the argument count.
func (c *dtClass) slotRecv(name string, self py.Object, args py.Tuple, want int) (v, orig py.Object, rest py.Tuple, err error) {
	rest = args
	if unboundSelf(self) {
		if len(args) == 0 {
			return nil, nil, nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' of '%s' object needs an argument", name, c.t.Name)
		}
		self, rest = args[0], args[1:]
	}
	v = goBase(self)
	if !c.accepts(v) {
		return nil, nil, nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name, c.t.Name, typeName(self))
	}
	if len(rest) != want {
		s := "s"
		if want == 1 {
			s = ""
		}
		return nil, nil, nil, py.ExceptionNewf(py.TypeError, "expected %d argument%s, got %d", want, s, len(rest))
	}
	return v, self, rest, nil
}

// m makes the method name of the class. fn takes the receiver first and
// has one of the shapes func(v), func(v, arg), func(v, args),
// func(v, args, kwargs), or func(v, orig, args, kwargs) when it needs the
// object the method was called on.
func (c *dtClass) m(name string, fn interface{}) *py.Method {
	var impl interface{}
	switch f := fn.(type) {
	case func(py.Object) (py.Object, error):
		impl = func(self py.Object, args py.Tuple) (py.Object, error) {
			v, _, rest, err := c.recv(name, self, args)
			if err != nil {
				return nil, err
			}
			if len(rest) != 0 {
				return nil, py.ExceptionNewf(py.TypeError, "%s.%s() takes no arguments (%d given)", c.short, name, len(rest))
			}
			return f(v)
		}
	case func(py.Object, py.Object) (py.Object, error):
		impl = func(self py.Object, args py.Tuple) (py.Object, error) {
			v, _, rest, err := c.recv(name, self, args)
			if err != nil {
				return nil, err
			}
			if len(rest) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "%s.%s() takes exactly one argument (%d given)", c.short, name, len(rest))
			}
			return f(v, rest[0])
		}
	case func(py.Object, py.Tuple) (py.Object, error):
		impl = func(self py.Object, args py.Tuple) (py.Object, error) {
			v, _, rest, err := c.recv(name, self, args)
			if err != nil {
				return nil, err
			}
			return f(v, rest)
		}
	case func(py.Object, py.Tuple, py.StringDict) (py.Object, error):
		impl = func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			v, _, rest, err := c.recv(name, self, args)
			if err != nil {
				return nil, err
			}
			return f(v, rest, kwargs)
		}
	case func(py.Object, py.Object, py.Tuple, py.StringDict) (py.Object, error):
		impl = func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if name == "__format__" && onType(self, args) {
				return typeSlot(name, args, kwargs)
			}
			v, orig, rest, err := c.recv(name, self, args)
			if err != nil {
				return nil, err
			}
			return f(v, orig, rest, kwargs)
		}
	default:
		panic(fmt.Sprintf("datetime: method %s.%s has unsupported shape %T", c.short, name, fn))
	}
	return py.MustNewMethod(name, impl, 0, "")
}

// onType reports whether a special method was called with a class as the
// receiver: gpython looks the special methods of a class object up in the
// class's own dict (str(datetime.date), datetime.date == x, bool(cls),
// ...), where CPython uses the metaclass.
func onType(self py.Object, args py.Tuple) bool {
	if !unboundSelf(self) || len(args) == 0 {
		return false
	}
	_, ok := args[0].(*py.Type)
	return ok
}

// typeSlot answers a special method called on a class object as CPython's
// type and object do.
func typeSlot(name string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if f, ok := py.ObjectType.Dict[name]; ok {
		return py.Call(f, args, kwargs)
	}
	t := args[0].(*py.Type)
	switch name {
	case "__str__", "__repr__":
		return py.String("<class '" + t.Name + "'>"), nil
	case "__format__":
		if len(args) == 2 && args[1] == py.String("") {
			return py.String("<class '" + t.Name + "'>"), nil
		}
	case "__bool__":
		return py.True, nil
	case "__eq__", "__ne__":
		if len(args) == 2 {
			o, ok := args[1].(*py.Type)
			return py.NewBool((ok && o == t) == (name == "__eq__")), nil
		}
	case "__hash__":
		return py.Int(int64(uintptr(unsafe.Pointer(t)) >> 4)), nil
	}
	return py.NotImplemented, nil
}

// slot0 makes the special method name taking no argument besides the
// receiver; fn gets the value and the object the method was called on.
func (c *dtClass) slot0(name string, fn func(v, orig py.Object) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		if onType(self, args) {
			return typeSlot(name, args, nil)
		}
		v, orig, _, err := c.slotRecv(name, self, args, 0)
		if err != nil {
			return nil, err
		}
		return fn(v, orig)
	}, 0, "")
}

// slot1 makes the special method name taking one operand, unwrapped like
// the receiver; fn also gets the object the method was called on.
func (c *dtClass) slot1(name string, fn func(v, orig, other py.Object) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		if onType(self, args) {
			return typeSlot(name, args, nil)
		}
		v, orig, rest, err := c.slotRecv(name, self, args, 1)
		if err != nil {
			return nil, err
		}
		return fn(v, orig, goBase(rest[0]))
	}, 0, "")
}

// binarySlots adds the special methods that gpython dispatches through Go
// interfaces (a + b, a == b, ...) to the class dict, so that they can also
// be called as Type.__add__(a, b) or found by super(). Operands of another
// type give NotImplemented, as CPython's slot wrappers do.
func (c *dtClass) binarySlots(names ...string) {
	for _, name := range names {
		name := name
		c.t.Dict[name] = c.slot1(name, func(v, orig, other py.Object) (py.Object, error) {
			switch name {
			case "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__":
				if !c.accepts(other) || (c == dtDate && !sameKind(v, other)) {
					return py.NotImplemented, nil
				}
			}
			r, err := callBinary(name, v, other)
			if err != nil || orig == v {
				return r, err
			}
			switch name {
			case "__add__", "__radd__", "__sub__":
				// date and datetime arithmetic keeps a subclass's class
				return asClass(orig.Type(), r)
			}
			return r, nil
		})
	}
}

// sameKind reports whether a and b are both dates or both datetimes.
func sameKind(a, b py.Object) bool {
	_, ad := a.(*DateTime)
	_, bd := b.(*DateTime)
	return ad == bd
}

// callBinary calls the Go implementation of the binary special method
// name on v.
func callBinary(name string, v, other py.Object) (py.Object, error) {
	var r py.Object
	var err error
	ok := true
	switch name {
	case "__eq__":
		if i, yes := v.(py.I__eq__); yes {
			r, err = i.M__eq__(other)
		} else {
			ok = false
		}
	case "__ne__":
		if i, yes := v.(py.I__ne__); yes {
			r, err = i.M__ne__(other)
		} else {
			ok = false
		}
	case "__lt__":
		if i, yes := v.(py.I__lt__); yes {
			r, err = i.M__lt__(other)
		} else {
			ok = false
		}
	case "__le__":
		if i, yes := v.(py.I__le__); yes {
			r, err = i.M__le__(other)
		} else {
			ok = false
		}
	case "__gt__":
		if i, yes := v.(py.I__gt__); yes {
			r, err = i.M__gt__(other)
		} else {
			ok = false
		}
	case "__ge__":
		if i, yes := v.(py.I__ge__); yes {
			r, err = i.M__ge__(other)
		} else {
			ok = false
		}
	case "__add__":
		if i, yes := v.(py.I__add__); yes {
			r, err = i.M__add__(other)
		} else {
			ok = false
		}
	case "__radd__":
		if i, yes := v.(py.I__radd__); yes {
			r, err = i.M__radd__(other)
		} else {
			ok = false
		}
	case "__sub__":
		if i, yes := v.(py.I__sub__); yes {
			r, err = i.M__sub__(other)
		} else {
			ok = false
		}
	case "__rsub__":
		if i, yes := v.(py.I__rsub__); yes {
			r, err = i.M__rsub__(other)
		} else {
			ok = false
		}
	case "__mul__":
		if i, yes := v.(py.I__mul__); yes {
			r, err = i.M__mul__(other)
		} else {
			ok = false
		}
	case "__rmul__":
		if i, yes := v.(py.I__rmul__); yes {
			r, err = i.M__rmul__(other)
		} else {
			ok = false
		}
	case "__truediv__":
		if i, yes := v.(py.I__truediv__); yes {
			r, err = i.M__truediv__(other)
		} else {
			ok = false
		}
	case "__floordiv__":
		if i, yes := v.(py.I__floordiv__); yes {
			r, err = i.M__floordiv__(other)
		} else {
			ok = false
		}
	case "__mod__":
		if i, yes := v.(py.I__mod__); yes {
			r, err = i.M__mod__(other)
		} else {
			ok = false
		}
	default:
		ok = false
	}
	if !ok {
		return py.NotImplemented, nil
	}
	return r, err
}

// unarySlots adds special methods without operands (hash, -x, ...) to the
// class dict.
func (c *dtClass) unarySlots(names ...string) {
	for _, name := range names {
		name := name
		c.t.Dict[name] = c.slot0(name, func(v, _ py.Object) (py.Object, error) {
			switch name {
			case "__hash__":
				if h, ok := v.(py.I__hash__); ok {
					return h.M__hash__()
				}
			case "__neg__":
				return py.Neg(v)
			case "__pos__":
				return py.Pos(v)
			case "__abs__":
				return py.Abs(v)
			case "__bool__":
				if b, ok := v.(py.I__bool__); ok {
					return b.M__bool__()
				}
				return py.True, nil
			}
			return py.NotImplemented, nil
		})
	}
}

// callMethodOf calls orig.name(*args, **kwargs) with attribute lookup, so
// that a Python subclass's override is used (as CPython's C datetime does
// for str(), format() and strftime()).
func callMethodOf(orig py.Object, name string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	f, err := py.GetAttrString(orig, name)
	if err != nil {
		return nil, err
	}
	return py.Call(f, args, kwargs)
}

// formatSpec checks __format__'s argument.
func formatSpec(args py.Tuple) (string, error) {
	if len(args) != 1 {
		return "", py.ExceptionNewf(py.TypeError, "__format__() takes exactly 1 argument (%d given)", len(args))
	}
	s, ok := args[0].(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "__format__() argument 1 must be str, not %s", typeName(args[0]))
	}
	return string(s), nil
}

// strftimeArg parses strftime's one argument, format, by position or name.
func strftimeArg(args py.Tuple, kwargs py.StringDict) (string, error) {
	var f py.Object
	if len(args) > 1 {
		return "", py.ExceptionNewf(py.TypeError, "strftime() takes at most 1 argument (%d given)", len(args)+len(kwargs))
	}
	if len(args) == 1 {
		f = args[0]
	}
	for k, v := range kwargs {
		if k != "format" {
			return "", py.ExceptionNewf(py.TypeError, "strftime() got an unexpected keyword argument '%s'", k)
		}
		if f != nil {
			return "", py.ExceptionNewf(py.TypeError, "argument for strftime() given by name ('format') and position (1)")
		}
		f = v
	}
	if f == nil {
		return "", py.ExceptionNewf(py.TypeError, "strftime() missing required argument 'format' (pos 1)")
	}
	s, ok := f.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "strftime() argument 1 must be str, not %s", typeName(f))
	}
	return string(s), nil
}

// dateTM returns the broken-down time strftime formats for a date or a
// datetime.
func dateTM(v py.Object) (tm, error) {
	if d, ok := v.(*DateTime); ok {
		return d.tm()
	}
	return asDate(v).tm(), nil
}

// tm returns the broken-down time strftime formats for a time (on
// 1900-01-01, as CPython).
func (t *Time) tm() tm {
	return tm{year: 1900, mon: 1, mday: 1, hour: t.hh, min: t.mm, sec: t.ss, us: t.us, yday: 1}
}

// dateFormat is date.__format__ (inherited by datetime): str(self) for an
// empty spec, else self.strftime(spec). orig is the object the method was
// called on; an instance of a Python subclass gets its own __str__ and
// strftime, as in CPython.
func dateFormat(v, orig py.Object, spec string) (py.Object, error) {
	if orig != v {
		if spec == "" {
			return py.Str(orig)
		}
		return callMethodOf(orig, "strftime", py.Tuple{py.String(spec)}, nil)
	}
	if spec == "" {
		return py.Str(v)
	}
	t, err := dateTM(v)
	if err != nil {
		return nil, err
	}
	return py.String(strftime(spec, t)), nil
}

// timeFormat is time.__format__, as dateFormat.
func timeFormat(t *Time, orig py.Object, spec string) (py.Object, error) {
	if orig != py.Object(t) {
		if spec == "" {
			return py.Str(orig)
		}
		return callMethodOf(orig, "strftime", py.Tuple{py.String(spec)}, nil)
	}
	if spec == "" {
		return t.M__str__()
	}
	return py.String(strftime(spec, t.tm())), nil
}

// reprNamed is repr() with name for "datetime.date" (an instance of a
// Python subclass shows its class's name, as in CPython).
func (d *Date) reprNamed(name string) (py.Object, error) {
	return py.String(fmt.Sprintf("%s(%d, %d, %d)", name, d.y, d.m, d.d)), nil
}

// reprNamed is repr() with name for "datetime.datetime".
func (d *DateTime) reprNamed(name string) (py.Object, error) {
	return py.String(fmt.Sprintf("%s(%d, %d, %d, ", name, d.y, d.m, d.d) + timeFieldsRepr(d.hh, d.mm, d.ss, d.us) + tzReprSuffix(d.tz) + ")"), nil
}

// reprNamed is repr() with name for "datetime.time".
func (t *Time) reprNamed(name string) (py.Object, error) {
	return py.String(name + "(" + timeFieldsRepr(t.hh, t.mm, t.ss, t.us) + tzReprSuffix(t.tz) + ")"), nil
}

// reprNamed is repr() with name for "datetime.timedelta".
func (d *TimeDelta) reprNamed(name string) (py.Object, error) {
	return py.String(name + strings.TrimPrefix(tdRepr(d), "datetime.timedelta")), nil
}

// classMethod makes the class method name of t: fn (any py.Method shape)
// builds a value of t, and a call through a Python subclass
// (Timestamp.fromisoformat(s)) returns an instance of the subclass, made
// as CPython does by calling the class with the value's fields.
func classMethod(t *py.Type, name string, fn interface{}) *py.Method {
	inner := py.MustNewMethod(name, fn, 0, "")
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		r, err := inner.CallWithKeywords(nil, args, kwargs)
		if err != nil {
			return nil, err
		}
		return asClass(classOf(self, t), r)
	}, py.METH_CLASS, "")
}

// classOf returns the class a class method was called on: self when the
// class layer bound it to the class, the type of an instance it was
// called on, else def.
func classOf(self py.Object, def *py.Type) *py.Type {
	if unboundSelf(self) {
		return def
	}
	if c, ok := self.(*py.Type); ok {
		return c
	}
	return self.Type()
}

// asClass converts the date, datetime or time v to an instance of cls
// when cls is not v's own type, by calling cls with v's fields (year,
// month, day[, hour, minute, second, microsecond, tzinfo]), as CPython
// builds results for subclasses.
func asClass(cls *py.Type, v py.Object) (py.Object, error) {
	if cls == nil || v == nil || cls == v.Type() {
		return v, nil
	}
	var args py.Tuple
	switch d := v.(type) {
	case *DateTime:
		var tz py.Object = py.None
		if d.tz != nil {
			tz = d.tz
		}
		args = py.Tuple{py.Int(d.y), py.Int(d.m), py.Int(d.d), py.Int(d.hh), py.Int(d.mm), py.Int(d.ss), py.Int(d.us), tz}
	case *Date:
		args = py.Tuple{py.Int(d.y), py.Int(d.m), py.Int(d.d)}
	case *Time:
		var tz py.Object = py.None
		if d.tz != nil {
			tz = d.tz
		}
		args = py.Tuple{py.Int(d.hh), py.Int(d.mm), py.Int(d.ss), py.Int(d.us), tz}
	default:
		return v, nil
	}
	return py.Call(cls, args, nil)
}

// MethodsTakeInstance marks date as a type whose methods take an instance
// of a Python subclass as their receiver (see goBase).
func (d *Date) MethodsTakeInstance() {}

// MethodsTakeInstance marks datetime likewise.
func (d *DateTime) MethodsTakeInstance() {}

// MethodsTakeInstance marks time likewise.
func (t *Time) MethodsTakeInstance() {}

// MethodsTakeInstance marks timedelta likewise.
func (d *TimeDelta) MethodsTakeInstance() {}

// MethodsTakeInstance marks timezone likewise.
func (z *TimeZone) MethodsTakeInstance() {}

// dtGetter makes a read-only attribute of a datetime type; the receiver
// may be an instance of a Python subclass.
func dtGetter(fn func(self py.Object) (py.Object, error)) *py.Property {
	return &py.Property{Fget: func(self py.Object) (py.Object, error) { return fn(goBase(self)) }}
}

// fullMro gives t CPython's method resolution order, ending with object
// (datetime.datetime: datetime, date, object), so that attribute lookup
// on its values finds object's (__class__, ...) after its own.
func fullMro(t *py.Type) {
	m := py.Tuple{t}
	for b := t.Base; b != nil && b != py.ObjectType && len(m) < 8; b = b.Base {
		m = append(m, b)
		if b.Base == b {
			break
		}
	}
	t.Mro = append(m, py.ObjectType)
}
