package sysmods

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

func timeISO(hh, mm, ss, us int, spec string) (string, error) {
	switch spec {
	case "auto":
		if us != 0 {
			return fmt.Sprintf("%02d:%02d:%02d.%06d", hh, mm, ss, us), nil
		}
		return fmt.Sprintf("%02d:%02d:%02d", hh, mm, ss), nil
	case "hours":
		return fmt.Sprintf("%02d", hh), nil
	case "minutes":
		return fmt.Sprintf("%02d:%02d", hh, mm), nil
	case "seconds":
		return fmt.Sprintf("%02d:%02d:%02d", hh, mm, ss), nil
	case "milliseconds":
		return fmt.Sprintf("%02d:%02d:%02d.%03d", hh, mm, ss, us/1000), nil
	case "microseconds":
		return fmt.Sprintf("%02d:%02d:%02d.%06d", hh, mm, ss, us), nil
	}
	return "", py.ExceptionNewf(py.ValueError, "Unknown timespec value")
}

func offsetISO(off int64) string {
	s := fmtOffset(int(off/1000000), ":", false)
	if us := off % 1000000; us != 0 {
		if us < 0 {
			us = -us
		}
		s += fmt.Sprintf(".%06d", us)
	}
	return s
}

func timeFieldsRepr(hh, mm, ss, us int) string {
	s := fmt.Sprintf("%d, %d", hh, mm)
	if us != 0 {
		s += fmt.Sprintf(", %d, %d", ss, us)
	} else if ss != 0 {
		s += fmt.Sprintf(", %d", ss)
	}
	return s
}

func tzReprSuffix(tz py.Object) string {
	if tz == nil {
		return ""
	}
	r, _ := repr(tz)
	return ", tzinfo=" + r
}

// M__repr__ is datetime.time(H, M[, S[, US]][, tzinfo=...]).
func (t *Time) M__repr__() (py.Object, error) {
	return py.String("datetime.time(" + timeFieldsRepr(t.hh, t.mm, t.ss, t.us) + tzReprSuffix(t.tz) + ")"), nil
}

func (t *Time) isoformat(spec string) (string, error) {
	s, err := timeISO(t.hh, t.mm, t.ss, t.us, spec)
	if err != nil {
		return "", err
	}
	off, ok, err := utcOffset(t.tz, py.None)
	if err != nil {
		return "", err
	}
	if ok {
		s += offsetISO(off)
	}
	return s, nil
}

// M__str__ is the ISO format.
func (t *Time) M__str__() (py.Object, error) {
	s, err := t.isoformat("auto")
	return py.String(s), err
}

// M__format__ formats with strftime.
func (t *Time) M__format__(spec py.Object) (py.Object, error) {
	s, _ := spec.(py.String)
	if s == "" {
		return t.M__str__()
	}
	return py.String(strftime(string(s), tm{year: 1900, mon: 1, mday: 1, hour: t.hh, min: t.mm, sec: t.ss, us: t.us, yday: 1})), nil
}

func (t *Time) micros() int64 {
	return int64(((t.hh*60+t.mm)*60+t.ss)*1000000 + t.us)
}

// M__hash__ hashes the time.
func (t *Time) M__hash__() (py.Object, error) { return py.Int(t.micros()), nil }

func (t *Time) cmp(o py.Object, op string) (py.Object, error) {
	o = goBase(o)
	e, ok := o.(*Time)
	if !ok {
		if op == "==" {
			return py.False, nil
		}
		if op == "!=" {
			return py.True, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "'%s' not supported between instances of 'datetime.time' and '%s'", op, typeName(o))
	}
	a, b := t.micros(), e.micros()
	oa, aa, _ := utcOffset(t.tz, py.None)
	ob, ab, _ := utcOffset(e.tz, py.None)
	if aa != ab {
		if op == "==" || op == "!=" {
			return py.NewBool(op == "!="), nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "can't compare offset-naive and offset-aware times")
	}
	return cmpResult(cmpInt(a-oa, b-ob), op), nil
}

// M__eq__ compares times.
func (t *Time) M__eq__(o py.Object) (py.Object, error) { return t.cmp(o, "==") }

// M__ne__ compares times.
func (t *Time) M__ne__(o py.Object) (py.Object, error) { return t.cmp(o, "!=") }

// M__lt__ compares times.
func (t *Time) M__lt__(o py.Object) (py.Object, error) { return t.cmp(o, "<") }

// M__le__ compares times.
func (t *Time) M__le__(o py.Object) (py.Object, error) { return t.cmp(o, "<=") }

// M__gt__ compares times.
func (t *Time) M__gt__(o py.Object) (py.Object, error) { return t.cmp(o, ">") }

// M__ge__ compares times.
func (t *Time) M__ge__(o py.Object) (py.Object, error) { return t.cmp(o, ">=") }

// M__bool__ is always true (Python 3.5+).
func (t *Time) M__bool__() (py.Object, error) { return py.True, nil }
