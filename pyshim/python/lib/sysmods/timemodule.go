package sysmods

import (
	"fmt"
	"math"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/gil"
)

// StructTimeType is time.struct_time.
var StructTimeType = py.NewTypeX("time.struct_time", "The time value as returned by gmtime(), localtime(), and strptime().", structTimeNew, nil)

var structTimeFields = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

// StructTime is time.struct_time: a 9-tuple with names, plus tm_zone and
// tm_gmtoff.
type StructTime struct {
	vals   [9]int
	zone   string
	off    int
	hasOff bool
}

// Type returns StructTimeType.
func (s *StructTime) Type() *py.Type { return StructTimeType }

func (s *StructTime) tuple() py.Tuple {
	t := make(py.Tuple, 9)
	for i, v := range s.vals {
		t[i] = py.Int(v)
	}
	return t
}

// M__repr__ is time.struct_time(tm_year=..., ...).
func (s *StructTime) M__repr__() (py.Object, error) {
	out := "time.struct_time("
	for i, n := range structTimeFields {
		if i > 0 {
			out += ", "
		}
		out += fmt.Sprintf("%s=%d", n, s.vals[i])
	}
	return py.String(out + ")"), nil
}

// M__getitem__ indexes the 9-tuple.
func (s *StructTime) M__getitem__(k py.Object) (py.Object, error) { return s.tuple().M__getitem__(k) }

// M__len__ is 9.
func (s *StructTime) M__len__() (py.Object, error) { return py.Int(9), nil }

// M__iter__ iterates the 9-tuple.
func (s *StructTime) M__iter__() (py.Object, error) { return py.NewIterator(s.tuple()), nil }

// M__eq__ compares as tuples.
func (s *StructTime) M__eq__(o py.Object) (py.Object, error) {
	if w, ok := o.(*StructTime); ok {
		o = w.tuple()
	}
	return s.tuple().M__eq__(o)
}

// M__ne__ compares as tuples.
func (s *StructTime) M__ne__(o py.Object) (py.Object, error) {
	r, err := s.M__eq__(o)
	if err != nil {
		return nil, err
	}
	return py.NewBool(r != py.True), nil
}

func structTimeNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "struct_time() takes exactly 1 argument (%d given)", len(args))
	}
	return toStructTime(args[0], "struct_time")
}

func toStructTime(o py.Object, fn string) (*StructTime, error) {
	if s, ok := o.(*StructTime); ok {
		return s, nil
	}
	items, err := toSlice(o)
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "Tuple or struct_time argument required")
	}
	if len(items) != 9 {
		return nil, py.ExceptionNewf(py.TypeError, "%s(): illegal time tuple argument", fn)
	}
	s := &StructTime{}
	for i, it := range items {
		v, err := toInt(it, "")
		if err != nil {
			return nil, err
		}
		s.vals[i] = v
	}
	return s, nil
}

func goTimeToStruct(t time.Time) *StructTime {
	name, off := t.Zone()
	isdst := 0
	if t.IsDST() {
		isdst = 1
	}
	return &StructTime{
		vals: [9]int{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), (int(t.Weekday()) + 6) % 7, t.YearDay(), isdst},
		zone: name, off: off, hasOff: true,
	}
}

func (s *StructTime) tm() tm {
	v := s.vals
	return tm{year: v[0], mon: clamp(v[1], 1, 12), mday: v[2], hour: v[3], min: v[4], sec: v[5], wday: ((v[6] % 7) + 7) % 7, yday: v[7], zone: s.zone, off: s.off, hasOff: s.hasOff}
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func secondsArg(args py.Tuple, name string) (time.Time, error) {
	if len(args) == 0 || isNone(args[0]) {
		return time.Now(), nil
	}
	if len(args) > 1 {
		return time.Time{}, py.ExceptionNewf(py.TypeError, "%s() takes at most 1 argument (%d given)", name, len(args))
	}
	f, err := toFloat(args[0])
	if err != nil {
		return time.Time{}, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
	}
	sec := math.Floor(f)
	return time.Unix(int64(sec), 0), nil
}

var processStart = time.Now()

func timeInit() {
	for i, n := range structTimeFields {
		i := i
		StructTimeType.Dict[n] = getter(func(self py.Object) (py.Object, error) { return py.Int(self.(*StructTime).vals[i]), nil })
	}
	StructTimeType.Dict["tm_zone"] = getter(func(self py.Object) (py.Object, error) {
		s := self.(*StructTime)
		if !s.hasOff {
			return py.None, nil
		}
		return py.String(s.zone), nil
	})
	StructTimeType.Dict["tm_gmtoff"] = getter(func(self py.Object) (py.Object, error) {
		s := self.(*StructTime)
		if !s.hasOff {
			return py.None, nil
		}
		return py.Int(s.off), nil
	})
	std, dst, stdOff, dstOff, daylight := tzNames(pyLocal())
	extendModule("time", map[string]interface{}{
		"time":    func(self py.Object) (py.Object, error) { return py.Float(float64(time.Now().UnixNano()) / 1e9), nil },
		"time_ns": func(self py.Object) (py.Object, error) { return py.Int(time.Now().UnixNano()), nil },
		"monotonic": func(self py.Object) (py.Object, error) {
			return py.Float(time.Since(processStart).Seconds() + 1), nil
		},
		"monotonic_ns": func(self py.Object) (py.Object, error) { return py.Int(time.Since(processStart).Nanoseconds()), nil },
		"perf_counter": func(self py.Object) (py.Object, error) {
			return py.Float(time.Since(processStart).Seconds() + 1), nil
		},
		"perf_counter_ns": func(self py.Object) (py.Object, error) { return py.Int(time.Since(processStart).Nanoseconds()), nil },
		"process_time": func(self py.Object) (py.Object, error) {
			return py.Float(time.Since(processStart).Seconds()), nil
		},
		"sleep": func(self py.Object, arg py.Object) (py.Object, error) {
			f, err := toFloat(arg)
			if err != nil {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(arg))
			}
			if f < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "sleep length must be non-negative")
			}
			return py.None, interruptibleSleep(self, time.Duration(f*float64(time.Second)))
		},
		"gmtime": func(self py.Object, args py.Tuple) (py.Object, error) {
			t, err := secondsArg(args, "gmtime")
			if err != nil {
				return nil, err
			}
			return goTimeToStruct(t.UTC()), nil
		},
		"localtime": func(self py.Object, args py.Tuple) (py.Object, error) {
			t, err := secondsArg(args, "localtime")
			if err != nil {
				return nil, err
			}
			return goTimeToStruct(t.In(pyLocal())), nil
		},
		"mktime": func(self py.Object, arg py.Object) (py.Object, error) {
			s, err := toStructTime(arg, "mktime")
			if err != nil {
				return nil, err
			}
			v := s.vals
			t := time.Date(v[0], time.Month(v[1]), v[2], v[3], v[4], v[5], 0, refreshLocal())
			return py.Float(float64(t.Unix())), nil
		},
		"strftime": func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) < 1 || len(args) > 2 {
				return nil, py.ExceptionNewf(py.TypeError, "strftime() takes at most 2 arguments (%d given)", len(args))
			}
			f, err := pyStrArg(args[0], "strftime")
			if err != nil {
				return nil, err
			}
			var st *StructTime
			if len(args) == 2 {
				if st, err = toStructTime(args[1], "strftime"); err != nil {
					return nil, err
				}
			} else {
				st = goTimeToStruct(time.Now().In(pyLocal()))
			}
			return py.String(strftime(f, st.tm())), nil
		},
		"strptime": func(self py.Object, args py.Tuple) (py.Object, error) {
			var a, b py.Object = nil, py.String("%a %b %d %H:%M:%S %Y")
			if err := py.UnpackTuple(args, nil, "strptime", 1, 2, &a, &b); err != nil {
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
			wd := weekdayOf(r.year, r.mon, r.mday)
			yd := toOrdinal(r.year, r.mon, r.mday) - toOrdinal(r.year, 1, 1) + 1
			st := &StructTime{vals: [9]int{r.year, r.mon, r.mday, r.hour, r.min, r.sec, wd, yd, -1}, zone: r.zone, off: r.off, hasOff: r.hasOff}
			return st, nil
		},
		"asctime": func(self py.Object, args py.Tuple) (py.Object, error) {
			var st *StructTime
			var err error
			if len(args) > 0 {
				if st, err = toStructTime(args[0], "asctime"); err != nil {
					return nil, err
				}
			} else {
				st = goTimeToStruct(time.Now().In(pyLocal()))
			}
			return py.String(strftime("%a %b %e %H:%M:%S %Y", st.tm())), nil
		},
		"tzset": func(self py.Object) (py.Object, error) {
			std, dst, stdOff, dstOff, daylight := tzNames(refreshLocal())
			if m, ok := self.(*py.Module); ok {
				m.Globals["timezone"] = py.Int(-stdOff)
				m.Globals["altzone"] = py.Int(-dstOff)
				m.Globals["daylight"] = py.Int(daylight)
				m.Globals["tzname"] = py.Tuple{py.String(std), py.String(dst)}
			}
			return py.None, nil
		},
		"ctime": func(self py.Object, args py.Tuple) (py.Object, error) {
			t, err := secondsArg(args, "ctime")
			if err != nil {
				return nil, err
			}
			return py.String(strftime("%a %b %e %H:%M:%S %Y", goTimeToStruct(t.In(pyLocal())).tm())), nil
		},
	}, py.StringDict{
		"struct_time": StructTimeType,
		"timezone":    py.Int(-stdOff),
		"altzone":     py.Int(-dstOff),
		"daylight":    py.Int(daylight),
		"tzname":      py.Tuple{py.String(std), py.String(dst)},
	})
}

func init() { timeInit() }

// InterruptCheck, when set (by the runtime), returns the KeyboardInterrupt
// pending for ctx, or nil. time.sleep polls it so that Ctrl-C ends a sleep
// as in CPython.
var InterruptCheck func(ctx py.Context) error

// interruptibleSleep sleeps for d in short slices, returning the pending
// KeyboardInterrupt of the context of mod (the time module) if one comes.
func interruptibleSleep(mod py.Object, d time.Duration) error {
	m, ok := mod.(*py.Module)
	check := InterruptCheck
	if !ok || m.Context == nil || check == nil {
		gil.Blocking(func() { time.Sleep(d) })
		return nil
	}
	const slice = 50 * time.Millisecond
	end := time.Now().Add(d)
	for {
		if err := check(m.Context); err != nil {
			return err
		}
		left := time.Until(end)
		if left <= 0 {
			return nil
		}
		if left > slice {
			left = slice
		}
		gil.Blocking(func() { time.Sleep(left) }) // other threads run meanwhile
	}
}
