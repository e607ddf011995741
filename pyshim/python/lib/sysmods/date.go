package sysmods

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

func (d *Date) ordinal() int { return toOrdinal(d.y, d.m, d.d) }

// M__repr__ is datetime.date(Y, M, D).
func (d *Date) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("datetime.date(%d, %d, %d)", d.y, d.m, d.d)), nil
}

func (d *Date) iso() string { return fmt.Sprintf("%04d-%02d-%02d", d.y, d.m, d.d) }

// M__str__ is the ISO format.
func (d *Date) M__str__() (py.Object, error) { return py.String(d.iso()), nil }

// M__format__ formats with strftime (empty spec: str()).
func (d *Date) M__format__(spec py.Object) (py.Object, error) {
	s, _ := spec.(py.String)
	if s == "" {
		return d.M__str__()
	}
	return py.String(strftime(string(s), d.tm())), nil
}

func (d *Date) tm() tm {
	return tm{year: d.y, mon: d.m, mday: d.d, wday: weekdayOf(d.y, d.m, d.d), yday: d.ordinal() - toOrdinal(d.y, 1, 1) + 1}
}

// M__hash__ hashes the date.
func (d *Date) M__hash__() (py.Object, error) { return py.Int(d.ordinal()), nil }

// M__add__ adds a timedelta.
func (d *Date) M__add__(o py.Object) (py.Object, error) {
	o = goBase(o)
	td, ok := o.(*TimeDelta)
	if !ok {
		return py.NotImplemented, nil
	}
	n := int64(d.ordinal()) + floorDiv(td.us, usPerDay)
	if n < 1 || n > int64(toOrdinal(9999, 12, 31)) {
		return nil, py.ExceptionNewf(py.OverflowError, "date value out of range")
	}
	y, m, dd := fromOrdinal(int(n))
	return &Date{y, m, dd}, nil
}

// M__radd__ is timedelta + date.
func (d *Date) M__radd__(o py.Object) (py.Object, error) { return d.M__add__(o) }

// M__sub__ subtracts a timedelta or a date.
func (d *Date) M__sub__(o py.Object) (py.Object, error) {
	o = goBase(o)
	switch v := o.(type) {
	case *TimeDelta:
		// only the whole days count, as in CPython
		return d.M__add__(&TimeDelta{-floorDiv(v.us, usPerDay) * usPerDay})
	case *Date:
		return newTD(int64(d.ordinal()-v.ordinal()) * usPerDay)
	}
	return py.NotImplemented, nil
}

func (d *Date) cmp(o py.Object, op string) (py.Object, error) {
	o = goBase(o)
	e, ok := o.(*Date)
	if !ok {
		if op == "==" {
			return py.False, nil
		}
		if op == "!=" {
			return py.True, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "'%s' not supported between instances of 'datetime.date' and '%s'", op, typeName(o))
	}
	return cmpResult(cmpInt(int64(d.ordinal()), int64(e.ordinal())), op), nil
}

// M__eq__ compares dates.
func (d *Date) M__eq__(o py.Object) (py.Object, error) { return d.cmp(o, "==") }

// M__ne__ compares dates.
func (d *Date) M__ne__(o py.Object) (py.Object, error) { return d.cmp(o, "!=") }

// M__lt__ compares dates.
func (d *Date) M__lt__(o py.Object) (py.Object, error) { return d.cmp(o, "<") }

// M__le__ compares dates.
func (d *Date) M__le__(o py.Object) (py.Object, error) { return d.cmp(o, "<=") }

// M__gt__ compares dates.
func (d *Date) M__gt__(o py.Object) (py.Object, error) { return d.cmp(o, ">") }

// M__ge__ compares dates.
func (d *Date) M__ge__(o py.Object) (py.Object, error) { return d.cmp(o, ">=") }
