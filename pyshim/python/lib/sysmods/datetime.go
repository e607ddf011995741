package sysmods

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/go-python/gpython/py"
)

// The datetime module's types.
var (
	DateType      = py.NewTypeX("datetime.date", "date(year, month, day) --> date object", dateNew, nil)
	DateTimeType  = py.NewTypeX("datetime.datetime", "datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])", dateTimeNew, nil)
	TimeType      = py.NewTypeX("datetime.time", "time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object", timeNew, nil)
	TimeDeltaType = py.NewTypeX("datetime.timedelta", "Difference between two datetime values.", timeDeltaNew, nil)
	TZInfoType    = py.NewType("datetime.tzinfo", "Abstract base class for time zone info objects.")
	TimeZoneType  = py.NewTypeX("datetime.timezone", "Fixed offset from UTC implementation of tzinfo.", timeZoneNew, nil)
	IsoCalType    = py.NewType("datetime.IsoCalendarDate", "")
)

const usPerDay = 86400 * 1000000

// TimeDelta is datetime.timedelta, held as microseconds.
type TimeDelta struct{ us int64 }

// Type returns TimeDeltaType.
func (d *TimeDelta) Type() *py.Type { return TimeDeltaType }

func (d *TimeDelta) parts() (days, secs, us int64) {
	days = floorDiv(d.us, usPerDay)
	rem := d.us - days*usPerDay
	return days, rem / 1000000, rem % 1000000
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// Date is datetime.date.
type Date struct{ y, m, d int }

// Type returns DateType.
func (d *Date) Type() *py.Type { return DateType }

// DateTime is datetime.datetime.
type DateTime struct {
	Date
	hh, mm, ss, us int
	tz             py.Object // nil when naive
}

// Type returns DateTimeType.
func (d *DateTime) Type() *py.Type { return DateTimeType }

// Time is datetime.time.
type Time struct {
	hh, mm, ss, us int
	tz             py.Object
}

// Type returns TimeType.
func (t *Time) Type() *py.Type { return TimeType }

// TimeZone is datetime.timezone.
type TimeZone struct {
	off  int64 // microseconds
	name string
	utc  bool
}

// Type returns TimeZoneType.
func (z *TimeZone) Type() *py.Type { return TimeZoneType }

// UTC is datetime.timezone.utc.
var UTC = &TimeZone{utc: true}

// ---- constructors ----

func intArg(o py.Object) (int, error) {
	if _, ok := o.(py.Float); ok {
		return 0, py.ExceptionNewf(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	return toInt(o, "")
}

func checkDate(y, m, d int) error {
	if y < 1 || y > 9999 {
		return py.ExceptionNewf(py.ValueError, "year %d is out of range", y)
	}
	if m < 1 || m > 12 {
		return py.ExceptionNewf(py.ValueError, "month must be in 1..12")
	}
	if d < 1 || d > daysInMonth(y, m) {
		return py.ExceptionNewf(py.ValueError, "day is out of range for month")
	}
	return nil
}

func checkTime(hh, mm, ss, us int) error {
	switch {
	case hh < 0 || hh > 23:
		return py.ExceptionNewf(py.ValueError, "hour must be in 0..23")
	case mm < 0 || mm > 59:
		return py.ExceptionNewf(py.ValueError, "minute must be in 0..59")
	case ss < 0 || ss > 59:
		return py.ExceptionNewf(py.ValueError, "second must be in 0..59")
	case us < 0 || us > 999999:
		return py.ExceptionNewf(py.ValueError, "microsecond must be in 0..999999")
	}
	return nil
}

func checkTZ(tz py.Object) (py.Object, error) {
	if isNone(tz) {
		return nil, nil
	}
	if _, ok := tz.(*TimeZone); ok {
		return tz, nil
	}
	if _, ok, _ := py.TypeCall1(tz, "utcoffset", py.None); ok {
		return tz, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "tzinfo argument must be None or of a tzinfo subclass, not type '%s'", typeName(tz))
}

func parseInts(name string, args py.Tuple, kwargs py.StringDict, names []string, required int) ([]int, py.Object, error) {
	objs := make([]py.Object, len(names)+1)
	all := append(append([]string{}, names...), "tzinfo")
	if len(args) > len(all) {
		return nil, nil, py.ExceptionNewf(py.TypeError, "function takes at most %d arguments (%d given)", len(all), len(args))
	}
	copy(objs, args)
	for k, v := range kwargs {
		found := false
		for i, n := range all {
			if n == k {
				if objs[i] != nil {
					return nil, nil, py.ExceptionNewf(py.TypeError, "argument for %s() given by name ('%s') and position (%d)", name, k, i+1)
				}
				objs[i] = v
				found = true
			}
		}
		if !found {
			return nil, nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, name)
		}
	}
	out := make([]int, len(names))
	for i := range names {
		if objs[i] == nil {
			if i < required {
				return nil, nil, py.ExceptionNewf(py.TypeError, "function missing required argument '%s' (pos %d)", names[i], i+1)
			}
			continue
		}
		v, err := intArg(objs[i])
		if err != nil {
			return nil, nil, err
		}
		out[i] = v
	}
	return out, objs[len(names)], nil
}

func dateNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) == 0 && len(args) > 3 {
		return nil, py.ExceptionNewf(py.TypeError, "function takes at most 3 arguments (%d given)", len(args))
	}
	if _, ok := kwargs["tzinfo"]; ok {
		return nil, py.ExceptionNewf(py.TypeError, "'tzinfo' is an invalid keyword argument for date()")
	}
	v, _, err := parseInts("date", args, kwargs, []string{"year", "month", "day"}, 3)
	if err != nil {
		return nil, err
	}
	if err := checkDate(v[0], v[1], v[2]); err != nil {
		return nil, err
	}
	return &Date{v[0], v[1], v[2]}, nil
}

func dateTimeNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	v, tz, err := parseInts("datetime", args, kwargs, []string{"year", "month", "day", "hour", "minute", "second", "microsecond"}, 3)
	if err != nil {
		return nil, err
	}
	return newDateTime(v[0], v[1], v[2], v[3], v[4], v[5], v[6], tz)
}

func newDateTime(y, m, d, hh, mm, ss, us int, tz py.Object) (*DateTime, error) {
	if err := checkDate(y, m, d); err != nil {
		return nil, err
	}
	if err := checkTime(hh, mm, ss, us); err != nil {
		return nil, err
	}
	tz, err := checkTZ(tz)
	if err != nil {
		return nil, err
	}
	return &DateTime{Date{y, m, d}, hh, mm, ss, us, tz}, nil
}

func timeNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	v, tz, err := parseInts("time", args, kwargs, []string{"hour", "minute", "second", "microsecond"}, 0)
	if err != nil {
		return nil, err
	}
	if err := checkTime(v[0], v[1], v[2], v[3]); err != nil {
		return nil, err
	}
	tz, err = checkTZ(tz)
	if err != nil {
		return nil, err
	}
	return &Time{v[0], v[1], v[2], v[3], tz}, nil
}

func timeDeltaNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	names := []string{"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"}
	mult := []float64{usPerDay, 1e6, 1, 1e3, 60e6, 3600e6, 7 * usPerDay}
	objs := make([]py.Object, len(names))
	if len(args) > len(names) {
		return nil, py.ExceptionNewf(py.TypeError, "function takes at most 7 arguments (%d given)", len(args))
	}
	copy(objs, args)
	for k, v := range kwargs {
		found := false
		for i, n := range names {
			if n == k {
				objs[i] = v
				found = true
			}
		}
		if !found {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for __new__()", k)
		}
	}
	var total int64
	var frac float64
	for i, o := range objs {
		if o == nil {
			continue
		}
		switch v := o.(type) {
		case py.Int:
			total += int64(v) * int64(mult[i])
		case py.Bool:
			if v {
				total += int64(mult[i])
			}
		case py.Float:
			f := float64(v) * mult[i]
			w := math.Trunc(f)
			total += int64(w)
			frac += f - w
		default:
			if n, err := toInt(o, ""); err == nil {
				total += int64(n) * int64(mult[i])
				continue
			}
			return nil, py.ExceptionNewf(py.TypeError, "unsupported type for timedelta %s component: %s", names[i], typeName(o))
		}
	}
	total += int64(math.RoundToEven(frac))
	return newTD(total)
}

func newTD(us int64) (*TimeDelta, error) {
	days := floorDiv(us, usPerDay)
	if days > 999999999 || days < -999999999 {
		return nil, py.ExceptionNewf(py.OverflowError, "days=%d; must have magnitude <= 999999999", days)
	}
	return &TimeDelta{us}, nil
}

func timeZoneNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var off, name py.Object = nil, nil
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:timezone", []string{"offset", "name"}, &off, &name); err != nil {
		return nil, err
	}
	td, ok := off.(*TimeDelta)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "timezone() argument 1 must be datetime.timedelta, not %s", typeName(off))
	}
	if td.us <= -usPerDay || td.us >= usPerDay {
		return nil, py.ExceptionNewf(py.ValueError, "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %s.", tdRepr(td))
	}
	z := &TimeZone{off: td.us}
	if name != nil {
		s, ok := name.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "timezone() argument 2 must be str, not %s", typeName(name))
		}
		z.name = string(s)
	} else if td.us == 0 {
		return UTC, nil
	}
	return z, nil
}

// ---- timedelta ----

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

// ---- timezone ----

func (z *TimeZone) String() string {
	if z.name != "" {
		return z.name
	}
	if z.utc || z.off == 0 {
		return "UTC"
	}
	secs := z.off / 1000000
	s := "UTC" + fmtOffset(int(secs), ":", false)
	if us := z.off % 1000000; us != 0 {
		if us < 0 {
			us = -us
		}
		s += fmt.Sprintf(".%06d", us)
	}
	return s
}

// M__repr__ is datetime.timezone.utc or datetime.timezone(timedelta(...)).
func (z *TimeZone) M__repr__() (py.Object, error) {
	if z.utc {
		return py.String("datetime.timezone.utc"), nil
	}
	s := "datetime.timezone(" + tdRepr(&TimeDelta{z.off})
	if z.name != "" {
		s += ", " + pyQuote(z.name)
	}
	return py.String(s + ")"), nil
}

// M__str__ is the tzname.
func (z *TimeZone) M__str__() (py.Object, error) { return py.String(z.String()), nil }

// M__eq__ compares offsets.
func (z *TimeZone) M__eq__(o py.Object) (py.Object, error) {
	o = goBase(o)
	w, ok := o.(*TimeZone)
	return py.NewBool(ok && w.off == z.off), nil
}

// M__ne__ compares offsets.
func (z *TimeZone) M__ne__(o py.Object) (py.Object, error) {
	o = goBase(o)
	w, ok := o.(*TimeZone)
	return py.NewBool(!ok || w.off != z.off), nil
}

// M__hash__ hashes the offset.
func (z *TimeZone) M__hash__() (py.Object, error) { return py.Int(z.off), nil }

// utcOffset returns the tz's offset in microseconds for dt (ok false if
// the tz returns None).
func utcOffset(tz py.Object, dt py.Object) (int64, bool, error) {
	if tz == nil {
		return 0, false, nil
	}
	if z, ok := tz.(*TimeZone); ok {
		return z.off, true, nil
	}
	r, ok, err := py.TypeCall1(tz, "utcoffset", dt)
	if err != nil || !ok {
		return 0, false, err
	}
	if isNone(r) {
		return 0, false, nil
	}
	td, ok := r.(*TimeDelta)
	if !ok {
		return 0, false, py.ExceptionNewf(py.TypeError, "tzinfo.utcoffset() must return None or timedelta, not '%s'", typeName(r))
	}
	return td.us, true, nil
}

func tzName(tz py.Object, dt py.Object) (py.Object, error) {
	if tz == nil {
		return py.None, nil
	}
	if z, ok := tz.(*TimeZone); ok {
		return py.String(z.String()), nil
	}
	r, _, err := py.TypeCall1(tz, "tzname", dt)
	return r, err
}

// ---- date ----

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

// ---- time ----

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

// ---- datetime ----

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
		t := time.Date(d.y, time.Month(d.m), d.d, d.hh, d.mm, d.ss, d.us*1000, time.Local)
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
	return fromGoTime(t.Local(), nil), nil
}

// parseISODate parses YYYY-MM-DD (or YYYYMMDD).
func parseISODate(s string) (int, int, int, bool) {
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y, e1 := strconv.Atoi(s[:4])
		m, e2 := strconv.Atoi(s[5:7])
		d, e3 := strconv.Atoi(s[8:])
		return y, m, d, e1 == nil && e2 == nil && e3 == nil
	}
	if len(s) == 8 && allDigits(s) {
		y, e1 := strconv.Atoi(s[:4])
		m, e2 := strconv.Atoi(s[4:6])
		d, e3 := strconv.Atoi(s[6:])
		return y, m, d, e1 == nil && e2 == nil && e3 == nil
	}
	return 0, 0, 0, false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// parseISOTime parses HH[:MM[:SS[.ffffff]]][+HH:MM|Z].
func parseISOTime(s string) (hh, mm, ss, us int, tz py.Object, ok bool) {
	if i := strings.IndexAny(s, "+-Z"); i >= 0 {
		zs := s[i:]
		s = s[:i]
		if zs == "Z" {
			tz = UTC
		} else {
			sign := int64(1)
			if zs[0] == '-' {
				sign = -1
			}
			z := strings.ReplaceAll(zs[1:], ":", "")
			frac := int64(0)
			if j := strings.Index(z, "."); j >= 0 {
				f := z[j+1:]
				z = z[:j]
				for len(f) < 6 {
					f += "0"
				}
				n, err := strconv.Atoi(f[:6])
				if err != nil {
					return
				}
				frac = int64(n)
			}
			if !allDigits(z) || (len(z) != 2 && len(z) != 4 && len(z) != 6) {
				return
			}
			h, _ := strconv.Atoi(z[:2])
			m, sec := 0, 0
			if len(z) >= 4 {
				m, _ = strconv.Atoi(z[2:4])
			}
			if len(z) == 6 {
				sec, _ = strconv.Atoi(z[4:6])
			}
			off := sign * (int64((h*60+m)*60+sec)*1000000 + frac)
			if off == 0 {
				tz = UTC
			} else {
				tz = &TimeZone{off: off}
			}
		}
	}
	frac := ""
	if j := strings.IndexAny(s, ".,"); j >= 0 {
		frac = s[j+1:]
		s = s[:j]
		if !allDigits(frac) {
			return
		}
	}
	compact := strings.ReplaceAll(s, ":", "")
	if !allDigits(compact) || len(compact)%2 != 0 || len(compact) > 6 || len(compact) == 0 {
		return
	}
	if strings.Contains(s, ":") && len(s) != len(compact)+len(compact)/2-1 {
		return
	}
	vals := []int{0, 0, 0}
	for k := 0; k*2 < len(compact); k++ {
		vals[k], _ = strconv.Atoi(compact[k*2 : k*2+2])
	}
	if frac != "" {
		if len(compact) != 6 {
			return
		}
		for len(frac) < 6 {
			frac += "0"
		}
		us, _ = strconv.Atoi(frac[:6])
	}
	return vals[0], vals[1], vals[2], us, tz, true
}

func isoErr(s string) error {
	return py.ExceptionNewf(py.ValueError, "Invalid isoformat string: %s", pyQuote(s))
}

func dtFromISO(s string) (py.Object, error) {
	datePart, timePart := s, ""
	if len(s) > 10 {
		datePart, timePart = s[:10], s[11:]
		if s[4] != '-' && len(s) > 8 {
			datePart, timePart = s[:8], s[9:]
		}
	}
	y, m, d, ok := parseISODate(datePart)
	if !ok {
		return nil, isoErr(s)
	}
	if err := checkDate(y, m, d); err != nil {
		return nil, err
	}
	if timePart == "" {
		if len(s) > len(datePart) {
			return nil, isoErr(s)
		}
		return &DateTime{Date{y, m, d}, 0, 0, 0, 0, nil}, nil
	}
	hh, mm, ss, us, tz, ok := parseISOTime(timePart)
	if !ok {
		return nil, isoErr(s)
	}
	return newDateTime(y, m, d, hh, mm, ss, us, tz)
}

func timeTuple(t tm, isdst int) *StructTime {
	return &StructTime{vals: [9]int{t.year, t.mon, t.mday, t.hour, t.min, t.sec, t.wday, t.yday, isdst}, zone: t.zone, off: t.off, hasOff: t.hasOff}
}

func asDate(o py.Object) *Date {
	switch v := o.(type) {
	case *Date:
		return v
	case *DateTime:
		return &v.Date
	}
	return nil
}

func replaceArgs(kwargs py.StringDict, args py.Tuple, names []string, vals []int, tz *py.Object) error {
	if len(args) > len(names) {
		return py.ExceptionNewf(py.TypeError, "replace() takes at most %d arguments (%d given)", len(names), len(args))
	}
	for i, a := range args {
		v, err := intArg(a)
		if err != nil {
			return err
		}
		vals[i] = v
	}
	for k, v := range kwargs {
		if k == "tzinfo" && tz != nil {
			if isNone(v) {
				*tz = nil
			} else {
				*tz = v
			}
			continue
		}
		if k == "fold" {
			continue
		}
		found := false
		for i, n := range names {
			if n == k {
				x, err := intArg(v)
				if err != nil {
					return err
				}
				vals[i] = x
				found = true
			}
		}
		if !found {
			return py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for replace()", k)
		}
	}
	return nil
}

func datetimeInit() {
	TZInfoType.Flags |= py.TPFLAGS_BASETYPE
	setBase(DateTimeType, DateType)
	setBase(TimeZoneType, TZInfoType)
	for _, t := range []*py.Type{DateType, DateTimeType, TimeType, TimeDeltaType, TZInfoType, TimeZoneType} {
		fullMro(t)
	}

	dget := func(name string, fn func(d *Date) py.Object) {
		p := dtGetter(func(self py.Object) (py.Object, error) { return fn(asDate(self)), nil })
		DateType.Dict[name] = p
		DateTimeType.Dict[name] = p
	}
	dget("year", func(d *Date) py.Object { return py.Int(d.y) })
	dget("month", func(d *Date) py.Object { return py.Int(d.m) })
	dget("day", func(d *Date) py.Object { return py.Int(d.d) })
	dm := func(name string, fn interface{}) {
		m := dtDate.m(name, fn)
		DateType.Dict[name] = m
		DateTimeType.Dict[name] = m
	}
	dm("weekday", func(self py.Object) (py.Object, error) {
		d := asDate(self)
		return py.Int(weekdayOf(d.y, d.m, d.d)), nil
	})
	dm("isoweekday", func(self py.Object) (py.Object, error) {
		d := asDate(self)
		return py.Int(weekdayOf(d.y, d.m, d.d) + 1), nil
	})
	dm("isocalendar", func(self py.Object) (py.Object, error) {
		d := asDate(self)
		y, w, wd := isoCalendar(d.y, d.m, d.d)
		return &isoCal{py.Tuple{py.Int(y), py.Int(w), py.Int(wd)}}, nil
	})
	dm("toordinal", func(self py.Object) (py.Object, error) { return py.Int(asDate(self).ordinal()), nil })
	DateType.Dict["ctime"] = dtDate.m("ctime", func(self py.Object) (py.Object, error) {
		return py.String(strftime("%a %b %e %H:%M:%S %Y", asDate(self).tm())), nil
	})
	DateType.Dict["isoformat"] = dtDate.m("isoformat", func(self py.Object) (py.Object, error) { return py.String(asDate(self).iso()), nil })
	// strftime and __format__ are date's, inherited by datetime (as in
	// CPython): a datetime formats its time fields too.
	dm("strftime", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		f, err := strftimeArg(args, kwargs)
		if err != nil {
			return nil, err
		}
		t, err := dateTM(self)
		if err != nil {
			return nil, err
		}
		return py.String(strftime(f, t)), nil
	})
	dm("__format__", func(self, orig py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__format__() takes no keyword arguments")
		}
		spec, err := formatSpec(args)
		if err != nil {
			return nil, err
		}
		return dateFormat(self, orig, spec)
	})
	DateType.Dict["timetuple"] = dtDate.m("timetuple", func(self py.Object) (py.Object, error) { return timeTuple(asDate(self).tm(), -1), nil })
	DateType.Dict["__str__"] = dtDate.slot0("__str__", func(self, orig py.Object) (py.Object, error) {
		if _, exact := orig.(*Date); exact {
			return py.String(asDate(self).iso()), nil
		}
		return callMethodOf(orig, "isoformat", nil, nil)
	})
	DateType.Dict["__repr__"] = dtDate.slot0("__repr__", func(self, orig py.Object) (py.Object, error) {
		return asDate(self).reprNamed(typeName(orig))
	})
	DateType.Dict["replace"] = dtDate.m("replace", func(self, orig py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		d := asDate(self)
		v := []int{d.y, d.m, d.d}
		if err := replaceArgs(kwargs, args, []string{"year", "month", "day"}, v, nil); err != nil {
			return nil, err
		}
		if err := checkDate(v[0], v[1], v[2]); err != nil {
			return nil, err
		}
		return asClass(orig.Type(), &Date{v[0], v[1], v[2]})
	})
	classm := func(t *py.Type, name string, fn interface{}) {
		t.Dict[name] = classMethod(t, name, fn)
	}
	classm(DateType, "today", func(self py.Object) (py.Object, error) {
		n := time.Now()
		return &Date{n.Year(), int(n.Month()), n.Day()}, nil
	})
	classm(DateType, "fromtimestamp", func(self, ts py.Object) (py.Object, error) {
		r, err := fromTimestamp(ts, nil, false)
		if err != nil {
			return nil, err
		}
		return &r.(*DateTime).Date, nil
	})
	classm(DateType, "fromordinal", func(self, n py.Object) (py.Object, error) {
		v, err := intArg(n)
		if err != nil {
			return nil, err
		}
		if v < 1 || v > toOrdinal(9999, 12, 31) {
			return nil, py.ExceptionNewf(py.ValueError, "ordinal must be >= 1")
		}
		y, m, d := fromOrdinal(v)
		return &Date{y, m, d}, nil
	})
	classm(DateType, "fromisoformat", func(self, a py.Object) (py.Object, error) {
		s, ok := a.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "fromisoformat: argument must be str")
		}
		y, m, d, ok := parseISODate(string(s))
		if !ok {
			return nil, isoErr(string(s))
		}
		if err := checkDate(y, m, d); err != nil {
			return nil, err
		}
		return &Date{y, m, d}, nil
	})
	classm(DateType, "fromisocalendar", func(self py.Object, args py.Tuple) (py.Object, error) {
		var a, b, c py.Object
		if err := py.UnpackTuple(args, nil, "fromisocalendar", 3, 3, &a, &b, &c); err != nil {
			return nil, err
		}
		y, _ := intArg(a)
		w, _ := intArg(b)
		wd, _ := intArg(c)
		// Monday of ISO week 1 is the Monday on or before Jan 4th.
		jan4 := toOrdinal(y, 1, 4)
		mon1 := jan4 - (jan4+6)%7
		yy, mm, dd := fromOrdinal(mon1 + (w-1)*7 + wd - 1)
		return &Date{yy, mm, dd}, nil
	})

	// datetime
	tget := func(name string, fn func(d *DateTime) py.Object) {
		DateTimeType.Dict[name] = dtGetter(func(self py.Object) (py.Object, error) { return fn(self.(*DateTime)), nil })
	}
	tget("hour", func(d *DateTime) py.Object { return py.Int(d.hh) })
	tget("minute", func(d *DateTime) py.Object { return py.Int(d.mm) })
	tget("second", func(d *DateTime) py.Object { return py.Int(d.ss) })
	tget("microsecond", func(d *DateTime) py.Object { return py.Int(d.us) })
	tget("fold", func(d *DateTime) py.Object { return py.Int(0) })
	tget("tzinfo", func(d *DateTime) py.Object {
		if d.tz == nil {
			return py.None
		}
		return d.tz
	})
	tm := func(name string, fn interface{}) { DateTimeType.Dict[name] = dtDT.m(name, fn) }
	tm("date", func(self py.Object) (py.Object, error) { d := self.(*DateTime); return &Date{d.y, d.m, d.d}, nil })
	tm("time", func(self py.Object) (py.Object, error) {
		d := self.(*DateTime)
		return &Time{d.hh, d.mm, d.ss, d.us, nil}, nil
	})
	tm("timetz", func(self py.Object) (py.Object, error) {
		d := self.(*DateTime)
		return &Time{d.hh, d.mm, d.ss, d.us, d.tz}, nil
	})
	tm("isoformat", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var sep, spec py.Object = py.String("T"), py.String("auto")
		if err := py.ParseTupleAndKeywords(args, kwargs, "|UU:isoformat", []string{"sep", "timespec"}, &sep, &spec); err != nil {
			return nil, err
		}
		s, err := self.(*DateTime).isoformat(string(sep.(py.String)), string(spec.(py.String)))
		return py.String(s), err
	})
	tm("ctime", func(self py.Object) (py.Object, error) {
		d := self.(*DateTime)
		t := d.Date.tm()
		t.hour, t.min, t.sec = d.hh, d.mm, d.ss
		return py.String(strftime("%a %b %e %H:%M:%S %Y", t)), nil
	})
	DateTimeType.Dict["__str__"] = dtDT.slot0("__str__", func(self, orig py.Object) (py.Object, error) {
		if _, exact := orig.(*DateTime); exact {
			return self.(*DateTime).M__str__()
		}
		return callMethodOf(orig, "isoformat", py.Tuple{py.String(" ")}, nil)
	})
	DateTimeType.Dict["__repr__"] = dtDT.slot0("__repr__", func(self, orig py.Object) (py.Object, error) {
		return self.(*DateTime).reprNamed(typeName(orig))
	})
	tm("timestamp", func(self py.Object) (py.Object, error) {
		f, err := self.(*DateTime).timestamp()
		return py.Float(f), err
	})
	tm("utcoffset", func(self py.Object) (py.Object, error) {
		d := self.(*DateTime)
		off, ok, err := utcOffset(d.tz, d)
		if err != nil || !ok {
			return py.None, err
		}
		return &TimeDelta{off}, nil
	})
	tm("dst", func(self py.Object) (py.Object, error) {
		d := self.(*DateTime)
		if d.tz == nil {
			return py.None, nil
		}
		if _, ok := d.tz.(*TimeZone); ok {
			return py.None, nil
		}
		r, _, err := py.TypeCall1(d.tz, "dst", d)
		return r, err
	})
	tm("tzname", func(self py.Object) (py.Object, error) { d := self.(*DateTime); return tzName(d.tz, d) })
	tm("timetuple", func(self py.Object) (py.Object, error) {
		t, err := self.(*DateTime).tm()
		if err != nil {
			return nil, err
		}
		return timeTuple(t, -1), nil
	})
	tm("utctimetuple", func(self py.Object) (py.Object, error) {
		d := self.(*DateTime)
		off, _, err := utcOffset(d.tz, d)
		if err != nil {
			return nil, err
		}
		u, err := fromMicros(d.micros()-off, nil)
		if err != nil {
			return nil, err
		}
		t, _ := u.tm()
		return timeTuple(t, 0), nil
	})
	tm("replace", func(self, orig py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		d := self.(*DateTime)
		v := []int{d.y, d.m, d.d, d.hh, d.mm, d.ss, d.us}
		tz := d.tz
		if err := replaceArgs(kwargs, args, []string{"year", "month", "day", "hour", "minute", "second", "microsecond"}, v, &tz); err != nil {
			return nil, err
		}
		r, err := newDateTime(v[0], v[1], v[2], v[3], v[4], v[5], v[6], tz)
		if err != nil {
			return nil, err
		}
		return asClass(orig.Type(), r)
	})
	tm("astimezone", func(self, orig py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		d := self.(*DateTime)
		var tz py.Object = py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "|O:astimezone", []string{"tz"}, &tz); err != nil {
			return nil, err
		}
		r, err := astimezone(d, tz)
		if err != nil {
			return nil, err
		}
		return asClass(orig.Type(), r)
	})
	classm(DateTimeType, "now", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var tz py.Object = py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "|O:now", []string{"tz"}, &tz); err != nil {
			return nil, err
		}
		n := time.Now()
		if isNone(tz) {
			return fromGoTime(n, nil), nil
		}
		return fromTimestamp(py.Float(float64(n.UnixMicro())/1e6), tz, true)
	})
	classm(DateTimeType, "today", func(self py.Object) (py.Object, error) { return fromGoTime(time.Now(), nil), nil })
	classm(DateTimeType, "utcnow", func(self py.Object) (py.Object, error) { return fromGoTime(time.Now().UTC(), nil), nil })
	classm(DateTimeType, "fromtimestamp", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var ts, tz py.Object = nil, py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:fromtimestamp", []string{"timestamp", "tz"}, &ts, &tz); err != nil {
			return nil, err
		}
		ck, err := checkTZ(tz)
		if err != nil {
			return nil, err
		}
		return fromTimestamp(ts, ck, false)
	})
	classm(DateTimeType, "utcfromtimestamp", func(self, ts py.Object) (py.Object, error) { return fromTimestamp(ts, nil, true) })
	classm(DateTimeType, "fromisoformat", func(self, a py.Object) (py.Object, error) {
		s, ok := a.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "fromisoformat: argument must be str")
		}
		return dtFromISO(string(s))
	})
	classm(DateTimeType, "fromordinal", func(self, n py.Object) (py.Object, error) {
		v, err := intArg(n)
		if err != nil {
			return nil, err
		}
		y, m, d := fromOrdinal(v)
		return &DateTime{Date{y, m, d}, 0, 0, 0, 0, nil}, nil
	})
	classm(DateTimeType, "combine", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var d, t, tz py.Object = nil, nil, nil
		if err := py.ParseTupleAndKeywords(args, kwargs, "OO|O:combine", []string{"date", "time", "tzinfo"}, &d, &t, &tz); err != nil {
			return nil, err
		}
		dd := asDate(d)
		if dd == nil {
			return nil, py.ExceptionNewf(py.TypeError, "combine() argument 1 must be datetime.date, not %s", typeName(d))
		}
		tt, ok := t.(*Time)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "combine() argument 2 must be datetime.time, not %s", typeName(t))
		}
		z := tt.tz
		if tz != nil {
			z = tz
		}
		return newDateTime(dd.y, dd.m, dd.d, tt.hh, tt.mm, tt.ss, tt.us, z)
	})
	classm(DateTimeType, "strptime", func(self py.Object, args py.Tuple) (py.Object, error) {
		var a, b py.Object
		if err := py.UnpackTuple(args, nil, "strptime", 2, 2, &a, &b); err != nil {
			return nil, err
		}
		s, err := pyStrArg(a, "strptime")
		if err != nil {
			return nil, err
		}
		f, err := pyStrArg(b, "strptime")
		if err != nil {
			return nil, err
		}
		r, err := strptime(s, f)
		if err != nil {
			return nil, err
		}
		var tz py.Object
		if r.hasOff {
			if r.off == 0 {
				tz = UTC
			} else {
				tz = &TimeZone{off: int64(r.off) * 1000000}
			}
		}
		return newDateTime(r.year, r.mon, r.mday, r.hour, r.min, r.sec, r.us, tz)
	})

	// time
	tg := func(name string, fn func(t *Time) py.Object) {
		TimeType.Dict[name] = dtGetter(func(self py.Object) (py.Object, error) { return fn(self.(*Time)), nil })
	}
	tg("hour", func(t *Time) py.Object { return py.Int(t.hh) })
	tg("minute", func(t *Time) py.Object { return py.Int(t.mm) })
	tg("second", func(t *Time) py.Object { return py.Int(t.ss) })
	tg("microsecond", func(t *Time) py.Object { return py.Int(t.us) })
	tg("tzinfo", func(t *Time) py.Object {
		if t.tz == nil {
			return py.None
		}
		return t.tz
	})
	TimeType.Dict["isoformat"] = dtTime.m("isoformat", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var spec py.Object = py.String("auto")
		if err := py.ParseTupleAndKeywords(args, kwargs, "|U:isoformat", []string{"timespec"}, &spec); err != nil {
			return nil, err
		}
		s, err := self.(*Time).isoformat(string(spec.(py.String)))
		return py.String(s), err
	})
	TimeType.Dict["strftime"] = dtTime.m("strftime", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		f, err := strftimeArg(args, kwargs)
		if err != nil {
			return nil, err
		}
		return py.String(strftime(f, self.(*Time).tm())), nil
	})
	TimeType.Dict["__format__"] = dtTime.m("__format__", func(self, orig py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__format__() takes no keyword arguments")
		}
		spec, err := formatSpec(args)
		if err != nil {
			return nil, err
		}
		return timeFormat(self.(*Time), orig, spec)
	})
	TimeType.Dict["__str__"] = dtTime.slot0("__str__", func(self, orig py.Object) (py.Object, error) {
		if _, exact := orig.(*Time); exact {
			return self.(*Time).M__str__()
		}
		return callMethodOf(orig, "isoformat", nil, nil)
	})
	TimeType.Dict["__repr__"] = dtTime.slot0("__repr__", func(self, orig py.Object) (py.Object, error) {
		return self.(*Time).reprNamed(typeName(orig))
	})
	TimeType.Dict["replace"] = dtTime.m("replace", func(self, orig py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		t := self.(*Time)
		v := []int{t.hh, t.mm, t.ss, t.us}
		tz := t.tz
		if err := replaceArgs(kwargs, args, []string{"hour", "minute", "second", "microsecond"}, v, &tz); err != nil {
			return nil, err
		}
		if err := checkTime(v[0], v[1], v[2], v[3]); err != nil {
			return nil, err
		}
		return asClass(orig.Type(), &Time{v[0], v[1], v[2], v[3], tz})
	})
	TimeType.Dict["utcoffset"] = dtTime.m("utcoffset", func(self py.Object) (py.Object, error) {
		off, ok, err := utcOffset(self.(*Time).tz, py.None)
		if err != nil || !ok {
			return py.None, err
		}
		return &TimeDelta{off}, nil
	})
	classm(TimeType, "fromisoformat", func(self, a py.Object) (py.Object, error) {
		s, ok := a.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "fromisoformat: argument must be str")
		}
		hh, mm, ss, us, tz, ok := parseISOTime(string(s))
		if !ok {
			return nil, isoErr(string(s))
		}
		if err := checkTime(hh, mm, ss, us); err != nil {
			return nil, err
		}
		return &Time{hh, mm, ss, us, tz}, nil
	})

	// timedelta
	tdg := func(name string, fn func(d *TimeDelta) py.Object) {
		TimeDeltaType.Dict[name] = dtGetter(func(self py.Object) (py.Object, error) { return fn(self.(*TimeDelta)), nil })
	}
	tdg("days", func(d *TimeDelta) py.Object { a, _, _ := d.parts(); return py.Int(a) })
	tdg("seconds", func(d *TimeDelta) py.Object { _, b, _ := d.parts(); return py.Int(b) })
	tdg("microseconds", func(d *TimeDelta) py.Object { _, _, c := d.parts(); return py.Int(c) })
	TimeDeltaType.Dict["total_seconds"] = dtTD.m("total_seconds", func(self py.Object) (py.Object, error) {
		d := self.(*TimeDelta)
		days, secs, us := d.parts()
		return py.Float(float64(days*86400+secs) + float64(us)/1e6), nil
	})
	TimeDeltaType.Dict["min"] = &TimeDelta{-106751 * usPerDay} // int64 microseconds: ±106751 days, not CPython's ±999999999
	TimeDeltaType.Dict["max"] = &TimeDelta{106751*usPerDay + usPerDay - 1}
	TimeDeltaType.Dict["resolution"] = &TimeDelta{1}

	// timezone
	TimeZoneType.Dict["utc"] = UTC
	TimeZoneType.Dict["utcoffset"] = dtTZ.m("utcoffset", func(self, dt py.Object) (py.Object, error) { return &TimeDelta{self.(*TimeZone).off}, nil })
	TimeZoneType.Dict["tzname"] = dtTZ.m("tzname", func(self, dt py.Object) (py.Object, error) { return py.String(self.(*TimeZone).String()), nil })
	TimeZoneType.Dict["dst"] = dtTZ.m("dst", func(self, dt py.Object) (py.Object, error) { return py.None, nil })
	TimeZoneType.Dict["fromutc"] = dtTZ.m("fromutc", func(self, dt py.Object) (py.Object, error) {
		d, ok := dt.(*DateTime)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "fromutc() argument must be a datetime instance or None")
		}
		return fromMicros(d.micros()+self.(*TimeZone).off, d.tz)
	})
	TimeDeltaType.Dict["__str__"] = dtTD.slot0("__str__", func(self, _ py.Object) (py.Object, error) { return self.(*TimeDelta).M__str__() })
	TimeDeltaType.Dict["__repr__"] = dtTD.slot0("__repr__", func(self, orig py.Object) (py.Object, error) {
		return self.(*TimeDelta).reprNamed(typeName(orig))
	})
	for _, c := range []*dtClass{dtDate, dtDT, dtTime, dtTD, dtTZ} {
		// copy.copy and copy.deepcopy (CPython copies through
		// __reduce_ex__, which rebuilds the value with its class, without
		// the instance's __dict__): the values are immutable
		cp := func(self, orig py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if td, ok := self.(*TimeDelta); ok && orig != self {
				days, secs, us := td.parts()
				return py.Call(orig.Type(), py.Tuple{py.Int(days), py.Int(secs), py.Int(us)}, nil)
			}
			return asClass(orig.Type(), self)
		}
		c.t.Dict["__copy__"] = c.m("__copy__", cp)
		c.t.Dict["__deepcopy__"] = c.m("__deepcopy__", cp)
	}
	for _, c := range []*dtClass{dtTD, dtTZ} {
		// object.__format__: str(self) for an empty spec
		c.t.Dict["__format__"] = c.m("__format__", func(self, orig py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(kwargs) != 0 {
				return nil, py.ExceptionNewf(py.TypeError, "__format__() takes no keyword arguments")
			}
			spec, err := formatSpec(args)
			if err != nil {
				return nil, err
			}
			if spec != "" {
				return nil, py.ExceptionNewf(py.TypeError, "unsupported format string passed to %s.__format__", typeName(orig))
			}
			return py.Str(orig)
		})
	}
	TimeZoneType.Dict["__str__"] = dtTZ.slot0("__str__", func(self, _ py.Object) (py.Object, error) { return self.(*TimeZone).M__str__() })
	TimeZoneType.Dict["__repr__"] = dtTZ.slot0("__repr__", func(self, _ py.Object) (py.Object, error) { return self.(*TimeZone).M__repr__() })
	cmps := []string{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"}
	dtDate.binarySlots(append(cmps, "__add__", "__radd__", "__sub__")...)
	dtDate.unarySlots("__hash__")
	dtDT.binarySlots(append(cmps, "__add__", "__radd__", "__sub__")...)
	dtDT.unarySlots("__hash__")
	dtTime.binarySlots(cmps...)
	dtTime.unarySlots("__hash__")
	dtTD.binarySlots(append(cmps, "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__floordiv__", "__mod__")...)
	dtTD.unarySlots("__hash__", "__neg__", "__pos__", "__abs__", "__bool__")
	dtTZ.binarySlots("__eq__", "__ne__")
	dtTZ.unarySlots("__hash__")
	TimeZoneType.Dict["min"] = &TimeZone{off: -usPerDay + 60000000}
	TimeZoneType.Dict["max"] = &TimeZone{off: usPerDay - 60000000}

	DateType.Dict["min"] = &Date{1, 1, 1}
	DateType.Dict["max"] = &Date{9999, 12, 31}
	DateType.Dict["resolution"] = &TimeDelta{usPerDay}
	DateTimeType.Dict["min"] = &DateTime{Date{1, 1, 1}, 0, 0, 0, 0, nil}
	DateTimeType.Dict["max"] = &DateTime{Date{9999, 12, 31}, 23, 59, 59, 999999, nil}
	DateTimeType.Dict["resolution"] = &TimeDelta{1}
	TimeType.Dict["min"] = &Time{0, 0, 0, 0, nil}
	TimeType.Dict["max"] = &Time{23, 59, 59, 999999, nil}

	for i, n := range []string{"year", "week", "weekday"} {
		i := i
		IsoCalType.Dict[n] = dtGetter(func(self py.Object) (py.Object, error) { return self.(*isoCal).t[i], nil })
	}

	register("datetime", "Fast implementation of the datetime type.", nil, py.StringDict{
		"date":      DateType,
		"datetime":  DateTimeType,
		"time":      TimeType,
		"timedelta": TimeDeltaType,
		"tzinfo":    TZInfoType,
		"timezone":  TimeZoneType,
		"MINYEAR":   py.Int(1),
		"MAXYEAR":   py.Int(9999),
		"UTC":       UTC,
	})
}

// astimezone is datetime.astimezone(tz) for d (tz None: the local time
// zone as a fixed offset).
func astimezone(d *DateTime, tz py.Object) (*DateTime, error) {
	var u int64
	off, aware, err := utcOffset(d.tz, d)
	if err != nil {
		return nil, err
	}
	if aware {
		u = d.micros() - off
	} else {
		ts, _ := d.timestamp()
		r, _ := fromTimestamp(py.Float(ts), UTC, true)
		u = r.(*DateTime).micros()
	}
	if isNone(tz) {
		// local time zone as a fixed offset
		t := time.UnixMicro(u - int64(toOrdinal(1970, 1, 1)-1)*usPerDay).Local()
		name, secs := t.Zone()
		z := &TimeZone{off: int64(secs) * 1000000, name: name}
		return fromMicros(u+z.off, z)
	}
	ck, err := checkTZ(tz)
	if err != nil {
		return nil, err
	}
	tmp, err := fromMicros(u, ck)
	if err != nil {
		return nil, err
	}
	noff, _, err := utcOffset(ck, tmp)
	if err != nil {
		return nil, err
	}
	return fromMicros(u+noff, ck)
}

// setBase makes t a subclass of base (for isinstance/issubclass via the
// MRO) after both were created with NewTypeX.
func setBase(t, base *py.Type) {
	t.Base = base
	t.Bases = py.Tuple{base}
	t.Mro = nil
	t.Flags &^= py.TPFLAGS_READY
	if err := t.Ready(); err != nil {
		panic(err)
	}
}

// isoCal is datetime.IsoCalendarDate, a tuple-like (year, week, weekday).
type isoCal struct{ t py.Tuple }

func (c *isoCal) Type() *py.Type { return IsoCalType }
func (c *isoCal) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)", c.t[0], c.t[1], c.t[2])), nil
}
func (c *isoCal) M__getitem__(k py.Object) (py.Object, error) { return c.t.M__getitem__(k) }
func (c *isoCal) M__len__() (py.Object, error)                { return py.Int(3), nil }
func (c *isoCal) M__iter__() (py.Object, error)               { return py.NewIterator(c.t), nil }
func (c *isoCal) M__ne__(o py.Object) (py.Object, error) {
	r, err := c.M__eq__(o)
	if err != nil {
		return nil, err
	}
	return py.NewBool(r != py.True), nil
}
func (c *isoCal) M__eq__(o py.Object) (py.Object, error) {
	if w, ok := o.(*isoCal); ok {
		o = w.t
	}
	return c.t.M__eq__(o)
}

func init() { datetimeInit() }
