package sysmods

import (
	"github.com/go-python/gpython/py"
)

// The methods of the abstract base class datetime.tzinfo, which Python
// subclasses (pywikibot.time.TZoneFixedOffset, a script's own zone)
// inherit: utcoffset, dst and tzname raise NotImplementedError until the
// subclass defines them, and fromutc converts a UTC wall time to the
// zone's local time from utcoffset() and dst(), as CPython's default
// (which assumes that the standard offset does not change).
func init() {
	abstract := func(name string) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			if _, _, err := tzinfoRecv(name, self, args, 1); err != nil {
				return nil, err
			}
			return nil, py.ExceptionNewf(py.NotImplementedError, "a tzinfo subclass must implement %s()", name)
		}, 0, "")
	}
	TZInfoType.Dict["utcoffset"] = abstract("utcoffset")
	TZInfoType.Dict["dst"] = abstract("dst")
	TZInfoType.Dict["tzname"] = abstract("tzname")
	TZInfoType.Dict["fromutc"] = py.MustNewMethod("fromutc", func(self py.Object, args py.Tuple) (py.Object, error) {
		tz, rest, err := tzinfoRecv("fromutc", self, args, 1)
		if err != nil {
			return nil, err
		}
		return tzinfoFromUTC(tz, rest[0])
	}, 0, "datetime in UTC -> datetime in local time.")
}

// tzinfoRecv returns the tzinfo a base method was called on and its other
// arguments (want of them): bound, self is the instance; called through
// the class (tzinfo.fromutc(tz, dt)), the instance is the first argument.
func tzinfoRecv(name string, self py.Object, args py.Tuple, want int) (py.Object, py.Tuple, error) {
	if unboundSelf(self) {
		if len(args) == 0 {
			return nil, nil, py.ExceptionNewf(py.TypeError, "unbound method tzinfo.%s() needs an argument", name)
		}
		self, args = args[0], args[1:]
	}
	if len(args) != want {
		return nil, nil, py.ExceptionNewf(py.TypeError, "tzinfo.%s() takes exactly one argument (%d given)", name, len(args))
	}
	return self, args, nil
}

// tzinfoFromUTC is tzinfo.fromutc(dt) of CPython's base class: dt (whose
// tzinfo must be tz) shifted by its utcoffset() less dst(), then by the
// dst() at the shifted time.
func tzinfoFromUTC(tz, arg py.Object) (py.Object, error) {
	dt, ok := goBase(arg).(*DateTime)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "fromutc: argument must be a datetime")
	}
	if dt.tz != tz {
		return nil, py.ExceptionNewf(py.ValueError, "fromutc: dt.tzinfo is not self")
	}
	off, known, err := utcOffset(tz, dt)
	if err != nil {
		return nil, err
	}
	if !known {
		return nil, py.ExceptionNewf(py.ValueError, "fromutc: non-None utcoffset() result required")
	}
	dst, err := tzinfoDST(tz, dt)
	if err != nil {
		return nil, err
	}
	local := dt
	if delta := off - dst; delta != 0 {
		if local, err = fromMicros(dt.micros()+delta, tz); err != nil {
			return nil, err
		}
		if dst, err = tzinfoDST(tz, local); err != nil {
			return nil, err
		}
	}
	return fromMicros(local.micros()+dst, tz)
}

// tzinfoDST is tz.dst(dt) in microseconds; None is a ValueError, as in
// CPython's fromutc.
func tzinfoDST(tz py.Object, dt *DateTime) (int64, error) {
	r, _, err := tzCall(tz, "dst", dt)
	if err != nil {
		return 0, err
	}
	td, ok := r.(*TimeDelta)
	if !ok {
		if r == nil || isNone(r) {
			return 0, py.ExceptionNewf(py.ValueError, "fromutc: non-None dst() result required")
		}
		return 0, py.ExceptionNewf(py.TypeError, "tzinfo.dst() must return None or timedelta, not '%s'", typeName(r))
	}
	return td.us, nil
}
