package sysmods

import (
	"fmt"
	"math"
	"strings"

	"github.com/go-python/gpython/py"
)

func tdRepr(d *TimeDelta) string {
	days, secs, us := d.parts()
	var parts []string
	if days != 0 {
		parts = append(parts, fmt.Sprintf("days=%d", days))
	}
	if secs != 0 {
		parts = append(parts, fmt.Sprintf("seconds=%d", secs))
	}
	if us != 0 {
		parts = append(parts, fmt.Sprintf("microseconds=%d", us))
	}
	if len(parts) == 0 {
		return "datetime.timedelta(0)"
	}
	return "datetime.timedelta(" + strings.Join(parts, ", ") + ")"
}

func tdStr(d *TimeDelta) string {
	days, secs, us := d.parts()
	s := fmt.Sprintf("%d:%02d:%02d", secs/3600, secs/60%60, secs%60)
	if us != 0 {
		s += fmt.Sprintf(".%06d", us)
	}
	if days != 0 {
		plural := "s"
		if days == 1 || days == -1 {
			plural = ""
		}
		s = fmt.Sprintf("%d day%s, %s", days, plural, s)
	}
	return s
}

// M__repr__ is datetime.timedelta(days=..., seconds=..., microseconds=...).
func (d *TimeDelta) M__repr__() (py.Object, error) { return py.String(tdRepr(d)), nil }

// M__str__ is [D day[s], ]H:MM:SS[.UUUUUU].
func (d *TimeDelta) M__str__() (py.Object, error) { return py.String(tdStr(d)), nil }

// M__hash__ hashes the duration.
func (d *TimeDelta) M__hash__() (py.Object, error) { return py.Int(d.us ^ 0x5bd1e995), nil }

// M__bool__ is false for a zero duration.
func (d *TimeDelta) M__bool__() (py.Object, error) { return py.NewBool(d.us != 0), nil }

// M__add__ adds durations or a duration to a date.
func (d *TimeDelta) M__add__(o py.Object) (py.Object, error) {
	o = goBase(o)
	if e, ok := o.(*TimeDelta); ok {
		return newTD(d.us + e.us)
	}
	return py.NotImplemented, nil
}

// M__radd__ handles date + timedelta from the right.
func (d *TimeDelta) M__radd__(o py.Object) (py.Object, error) {
	switch v := o.(type) {
	case *DateTime:
		return v.M__add__(d)
	case *Date:
		return v.M__add__(d)
	}
	return d.M__add__(o)
}

// M__sub__ subtracts durations.
func (d *TimeDelta) M__sub__(o py.Object) (py.Object, error) {
	o = goBase(o)
	if e, ok := o.(*TimeDelta); ok {
		return newTD(d.us - e.us)
	}
	return py.NotImplemented, nil
}

// M__rsub__ handles date - timedelta from the right.
func (d *TimeDelta) M__rsub__(o py.Object) (py.Object, error) {
	o = goBase(o)
	switch v := o.(type) {
	case *DateTime:
		return v.M__sub__(d)
	case *Date:
		return v.M__sub__(d)
	}
	return py.NotImplemented, nil
}

// M__neg__ negates.
func (d *TimeDelta) M__neg__() (py.Object, error) { return newTD(-d.us) }

// M__pos__ returns the duration.
func (d *TimeDelta) M__pos__() (py.Object, error) { return d, nil }

// M__abs__ is the magnitude.
func (d *TimeDelta) M__abs__() (py.Object, error) {
	if d.us < 0 {
		return newTD(-d.us)
	}
	return d, nil
}

// M__mul__ multiplies by an int or float.
func (d *TimeDelta) M__mul__(o py.Object) (py.Object, error) {
	switch v := o.(type) {
	case py.Int:
		return newTD(d.us * int64(v))
	case py.Bool:
		if v {
			return d, nil
		}
		return newTD(0)
	case py.Float:
		return newTD(int64(math.RoundToEven(float64(d.us) * float64(v))))
	}
	return py.NotImplemented, nil
}

// M__rmul__ multiplies from the left.
func (d *TimeDelta) M__rmul__(o py.Object) (py.Object, error) { return d.M__mul__(o) }

// M__truediv__ divides by a number or a timedelta.
func (d *TimeDelta) M__truediv__(o py.Object) (py.Object, error) {
	switch v := o.(type) {
	case *TimeDelta:
		if v.us == 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "division by zero")
		}
		return py.Float(float64(d.us) / float64(v.us)), nil
	case py.Int:
		if v == 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
		}
		return newTD(roundDiv(d.us, int64(v)))
	case py.Float:
		if v == 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "division by zero")
		}
		return newTD(int64(math.RoundToEven(float64(d.us) / float64(v))))
	}
	return py.NotImplemented, nil
}

// M__floordiv__ divides by an int or a timedelta.
func (d *TimeDelta) M__floordiv__(o py.Object) (py.Object, error) {
	switch v := o.(type) {
	case *TimeDelta:
		if v.us == 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
		}
		return py.Int(floorDiv(d.us, v.us)), nil
	case py.Int:
		if v == 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
		}
		return newTD(floorDiv(d.us, int64(v)))
	}
	return py.NotImplemented, nil
}

// M__mod__ is the remainder of a division by a timedelta.
func (d *TimeDelta) M__mod__(o py.Object) (py.Object, error) {
	v, ok := o.(*TimeDelta)
	if !ok {
		return py.NotImplemented, nil
	}
	if v.us == 0 {
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
	}
	return newTD(d.us - floorDiv(d.us, v.us)*v.us)
}

// M__divmod__ is (d // o, d % o).
func (d *TimeDelta) M__divmod__(o py.Object) (py.Object, py.Object, error) {
	if _, ok := o.(*TimeDelta); !ok {
		return py.NotImplemented, py.NotImplemented, nil
	}
	q, err := d.M__floordiv__(o)
	if err != nil {
		return nil, nil, err
	}
	r, err := d.M__mod__(o)
	if err != nil {
		return nil, nil, err
	}
	return q, r, nil
}

// roundDiv divides rounding half to even, as CPython's timedelta / int.
func roundDiv(a, b int64) int64 {
	q := floorDiv(a, b)
	r := a - q*b
	// compare 2*r with b (same sign as b)
	twice := 2 * r
	if b < 0 {
		twice, b = -twice, -b
	}
	if twice > b || (twice == b && q%2 != 0) {
		q++
	}
	return q
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpResult(c int, op string) py.Object {
	switch op {
	case "<":
		return py.NewBool(c < 0)
	case "<=":
		return py.NewBool(c <= 0)
	case ">":
		return py.NewBool(c > 0)
	case ">=":
		return py.NewBool(c >= 0)
	case "==":
		return py.NewBool(c == 0)
	}
	return py.NewBool(c != 0)
}

func (d *TimeDelta) cmp(o py.Object, op string) (py.Object, error) {
	o = goBase(o)
	e, ok := o.(*TimeDelta)
	if !ok {
		if op == "==" {
			return py.False, nil
		}
		if op == "!=" {
			return py.True, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "'%s' not supported between instances of 'datetime.timedelta' and '%s'", op, typeName(o))
	}
	return cmpResult(cmpInt(d.us, e.us), op), nil
}

// M__eq__ compares durations.
func (d *TimeDelta) M__eq__(o py.Object) (py.Object, error) { return d.cmp(o, "==") }

// M__ne__ compares durations.
func (d *TimeDelta) M__ne__(o py.Object) (py.Object, error) { return d.cmp(o, "!=") }

// M__lt__ compares durations.
func (d *TimeDelta) M__lt__(o py.Object) (py.Object, error) { return d.cmp(o, "<") }

// M__le__ compares durations.
func (d *TimeDelta) M__le__(o py.Object) (py.Object, error) { return d.cmp(o, "<=") }

// M__gt__ compares durations.
func (d *TimeDelta) M__gt__(o py.Object) (py.Object, error) { return d.cmp(o, ">") }

// M__ge__ compares durations.
func (d *TimeDelta) M__ge__(o py.Object) (py.Object, error) { return d.cmp(o, ">=") }
