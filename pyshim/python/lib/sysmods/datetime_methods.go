package sysmods

import (
	"time"

	"github.com/go-python/gpython/py"
)

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
		n := time.Now().In(pyLocal())
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
		r, _, err := tzCall(d.tz, "dst", d)
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
		n := time.Now().In(pyLocal())
		if isNone(tz) {
			return fromGoTime(n, nil), nil
		}
		return fromTimestamp(py.Float(float64(n.UnixMicro())/1e6), tz, true)
	})
	classm(DateTimeType, "today", func(self py.Object) (py.Object, error) { return fromGoTime(time.Now().In(pyLocal()), nil), nil })
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
