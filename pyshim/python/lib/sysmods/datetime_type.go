package sysmods

import (
	"fmt"
	"math"
	"time"

	"github.com/go-python/gpython/py"
)

// micros is microseconds since 0001-01-01 (local wall clock).
func (d *DateTime) micros() int64 {
	return int64(d.ordinal()-1)*usPerDay + int64(((d.hh*60+d.mm)*60+d.ss)*1000000+d.us)
}

func fromMicros(us int64, tz py.Object) (*DateTime, error) {
	days := floorDiv(us, usPerDay)
	rem := us - days*usPerDay
	if days < 0 || days >= int64(toOrdinal(9999, 12, 31)) {
		return nil, py.ExceptionNewf(py.OverflowError, "date value out of range")
	}
	y, m, dd := fromOrdinal(int(days) + 1)
	secs := rem / 1000000
	return &DateTime{Date{y, m, dd}, int(secs / 3600), int(secs / 60 % 60), int(secs % 60), int(rem % 1000000), tz}, nil
}

// M__repr__ is datetime.datetime(Y, M, D, H, M[, S[, US]][, tzinfo=...]).
func (d *DateTime) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("datetime.datetime(%d, %d, %d, ", d.y, d.m, d.d) + timeFieldsRepr(d.hh, d.mm, d.ss, d.us) + tzReprSuffix(d.tz) + ")"), nil
}

func (d *DateTime) isoformat(sep, spec string) (string, error) {
	t, err := timeISO(d.hh, d.mm, d.ss, d.us, spec)
	if err != nil {
		return "", err
	}
	s := d.iso() + sep + t
	off, ok, err := utcOffset(d.tz, d)
	if err != nil {
		return "", err
	}
	if ok {
		s += offsetISO(off)
	}
	return s, nil
}

// M__str__ is isoformat(' ').
func (d *DateTime) M__str__() (py.Object, error) {
	s, err := d.isoformat(" ", "auto")
	return py.String(s), err
}

func (d *DateTime) tm() (tm, error) {
	t := d.Date.tm()
	t.hour, t.min, t.sec, t.us = d.hh, d.mm, d.ss, d.us
	off, ok, err := utcOffset(d.tz, d)
	if err != nil {
		return t, err
	}
	if ok {
		t.hasOff, t.off = true, int(off/1000000)
		n, err := tzName(d.tz, d)
		if err != nil {
			return t, err
		}
		if s, ok := n.(py.String); ok {
			t.zone = string(s)
		}
	}
	return t, nil
}

// M__format__ formats with strftime.
func (d *DateTime) M__format__(spec py.Object) (py.Object, error) {
	s, _ := spec.(py.String)
	if s == "" {
		return d.M__str__()
	}
	t, err := d.tm()
	if err != nil {
		return nil, err
	}
	return py.String(strftime(string(s), t)), nil
}

// utcMicros returns the UTC instant (aware) or wall time (naive).
func (d *DateTime) utcMicros() (int64, bool, error) {
	off, ok, err := utcOffset(d.tz, d)
	return d.micros() - off, ok, err
}

// M__hash__ hashes the instant.
func (d *DateTime) M__hash__() (py.Object, error) {
	u, _, err := d.utcMicros()
	return py.Int(u), err
}

// M__add__ adds a timedelta.
func (d *DateTime) M__add__(o py.Object) (py.Object, error) {
	o = goBase(o)
	td, ok := o.(*TimeDelta)
	if !ok {
		return py.NotImplemented, nil
	}
	return fromMicros(d.micros()+td.us, d.tz)
}

// M__radd__ is timedelta + datetime.
func (d *DateTime) M__radd__(o py.Object) (py.Object, error) { return d.M__add__(o) }

// M__sub__ subtracts a timedelta or a datetime.
func (d *DateTime) M__sub__(o py.Object) (py.Object, error) {
	o = goBase(o)
	switch v := o.(type) {
	case *TimeDelta:
		return fromMicros(d.micros()-v.us, d.tz)
	case *DateTime:
		a, aa, err := d.utcMicros()
		if err != nil {
			return nil, err
		}
		b, ab, err := v.utcMicros()
		if err != nil {
			return nil, err
		}
		if aa != ab {
			return nil, py.ExceptionNewf(py.TypeError, "can't subtract offset-naive and offset-aware datetimes")
		}
		if d.tz == v.tz {
			a, b = d.micros(), v.micros()
		}
		return newTD(a - b)
	}
	return py.NotImplemented, nil
}

func (d *DateTime) cmp(o py.Object, op string) (py.Object, error) {
	o = goBase(o)
	e, ok := o.(*DateTime)
	if !ok {
		if op == "==" {
			return py.False, nil
		}
		if op == "!=" {
			return py.True, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "'%s' not supported between instances of 'datetime.datetime' and '%s'", op, typeName(o))
	}
	a, aa, err := d.utcMicros()
	if err != nil {
		return nil, err
	}
	b, ab, err := e.utcMicros()
	if err != nil {
		return nil, err
	}
	if aa != ab {
		if op == "==" || op == "!=" {
			return py.NewBool(op == "!="), nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "can't compare offset-naive and offset-aware datetimes")
	}
	return cmpResult(cmpInt(a, b), op), nil
}

// M__eq__ compares datetimes.
func (d *DateTime) M__eq__(o py.Object) (py.Object, error) { return d.cmp(o, "==") }

// M__ne__ compares datetimes.
func (d *DateTime) M__ne__(o py.Object) (py.Object, error) { return d.cmp(o, "!=") }

// M__lt__ compares datetimes.
func (d *DateTime) M__lt__(o py.Object) (py.Object, error) { return d.cmp(o, "<") }

// M__le__ compares datetimes.
func (d *DateTime) M__le__(o py.Object) (py.Object, error) { return d.cmp(o, "<=") }

// M__gt__ compares datetimes.
func (d *DateTime) M__gt__(o py.Object) (py.Object, error) { return d.cmp(o, ">") }

// M__ge__ compares datetimes.
func (d *DateTime) M__ge__(o py.Object) (py.Object, error) { return d.cmp(o, ">=") }

// timestamp returns POSIX seconds; naive datetimes are local time.
func (d *DateTime) timestamp() (float64, error) {
	u, aware, err := d.utcMicros()
	if err != nil {
		return 0, err
	}
	if !aware {
		t := time.Date(d.y, time.Month(d.m), d.d, d.hh, d.mm, d.ss, d.us*1000, pyLocal())
		return float64(t.Unix()) + float64(d.us)/1e6, nil
	}
	epoch := int64(toOrdinal(1970, 1, 1)-1) * usPerDay
	return float64(u-epoch) / 1e6, nil
}

func fromGoTime(t time.Time, tz py.Object) *DateTime {
	return &DateTime{Date{t.Year(), int(t.Month()), t.Day()}, t.Hour(), t.Minute(), t.Second(), t.Nanosecond() / 1000, tz}
}

// fromTimestamp converts POSIX seconds to local (tz nil) or tz's time.
func fromTimestamp(ts py.Object, tz py.Object, utc bool) (py.Object, error) {
	f, err := toFloat(ts)
	if err != nil {
		return nil, err
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil, py.ExceptionNewf(py.ValueError, "Invalid value %v", f)
	}
	sec := math.Floor(f)
	us := math.RoundToEven((f - sec) * 1e6)
	if us >= 1e6 {
		sec++
		us -= 1e6
	}
	t := time.Unix(int64(sec), int64(us)*1000)
	if utc || tz != nil {
		d := fromGoTime(t.UTC(), nil)
		if tz == nil {
			return d, nil
		}
		d.tz = tz
		off, _, err := utcOffset(tz, d)
		if err != nil {
			return nil, err
		}
		return fromMicros(d.micros()+off, tz)
	}
	return fromGoTime(t.In(pyLocal()), nil), nil
}
