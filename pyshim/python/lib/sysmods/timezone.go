package sysmods

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

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
	r, ok, err := tzCall(tz, "utcoffset", dt)
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
	r, _, err := tzCall(tz, "tzname", dt)
	return r, err
}

// tzCall calls method name of a tzinfo object with arg, as py.TypeCall1
// does, also for instances of script-defined tzinfo subclasses that are
// not *py.Type values (the class layer's instances, zoneinfo.ZoneInfo).
func tzCall(tz py.Object, name string, arg py.Object) (py.Object, bool, error) {
	if res, ok, err := py.TypeCall1(tz, name, arg); ok {
		return res, ok, err
	}
	if _, isType := tz.(*py.Type); isType {
		return nil, false, nil
	}
	m, err := py.GetAttrString(tz, name)
	if err != nil {
		return nil, false, nil
	}
	res, err := py.Call(m, py.Tuple{arg}, nil)
	return res, true, err
}
