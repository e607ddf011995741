package sysmods

import (
	"fmt"
	"math"
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
	if _, ok, _ := tzCall(tz, "utcoffset", py.None); ok {
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
		t := time.UnixMicro(u - int64(toOrdinal(1970, 1, 1)-1)*usPerDay).In(pyLocal())
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
	if _, fixed := ck.(*TimeZone); !fixed {
		// A tzinfo that defines fromutc (zoneinfo.ZoneInfo) converts
		// itself, as CPython's astimezone has it do: right across
		// transitions, which the offset of the UTC wall time is not.
		if r, ok, err := tzCall(ck, "fromutc", tmp); ok {
			if err != nil {
				return nil, err
			}
			if dt, isDT := r.(*DateTime); isDT {
				return dt, nil
			}
		}
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
