package sysmods

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/go-python/gpython/py"
)

var (
	dayNames   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// tm is a broken-down time for strftime.
type tm struct {
	year, mon, mday, hour, min, sec, us int
	wday                                int // 0 = Monday
	yday                                int // 1-based
	hasOff                              bool
	off                                 int // seconds east of UTC
	zone                                string
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysInMonth(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysBeforeYear is the number of days before January 1st of year y.
func daysBeforeYear(y int) int {
	y--
	return y*365 + y/4 - y/100 + y/400
}

func daysBeforeMonth(y, m int) int {
	n := 0
	for i := 1; i < m; i++ {
		n += daysInMonth(y, i)
	}
	return n
}

// toOrdinal is the proleptic Gregorian ordinal (0001-01-01 is 1).
func toOrdinal(y, m, d int) int { return daysBeforeYear(y) + daysBeforeMonth(y, m) + d }

// fromOrdinal inverts toOrdinal.
func fromOrdinal(n int) (int, int, int) {
	t := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n-1)
	return t.Year(), int(t.Month()), t.Day()
}

func weekdayOf(y, m, d int) int { return (toOrdinal(y, m, d) + 6) % 7 }

// isoCalendar returns ISO year, week and weekday (1..7).
func isoCalendar(y, m, d int) (int, int, int) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	iy, iw := t.ISOWeek()
	return iy, iw, weekdayOf(y, m, d) + 1
}

func fmtOffset(off int, sep string, withSeconds bool) string {
	sign := "+"
	if off < 0 {
		sign = "-"
		off = -off
	}
	h, mm, s := off/3600, off/60%60, off%60
	out := fmt.Sprintf("%s%02d%s%02d", sign, h, sep, mm)
	if s != 0 || withSeconds {
		out += fmt.Sprintf("%s%02d", sep, s)
	}
	return out
}

// strftime formats t as C's strftime with glibc's C locale.
func strftime(format string, t tm) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		pad := true
		if format[i] == '-' && i+1 < len(format) {
			pad = false
			i++
		}
		num := func(v, w int) {
			if pad {
				fmt.Fprintf(&b, "%0*d", w, v)
			} else {
				b.WriteString(strconv.Itoa(v))
			}
		}
		switch format[i] {
		case 'a':
			b.WriteString(dayNames[t.wday][:3])
		case 'A':
			b.WriteString(dayNames[t.wday])
		case 'w':
			b.WriteString(strconv.Itoa((t.wday + 1) % 7))
		case 'u':
			b.WriteString(strconv.Itoa(t.wday + 1))
		case 'd':
			num(t.mday, 2)
		case 'e':
			fmt.Fprintf(&b, "%2d", t.mday)
		case 'b', 'h':
			b.WriteString(monthNames[t.mon-1][:3])
		case 'B':
			b.WriteString(monthNames[t.mon-1])
		case 'm':
			num(t.mon, 2)
		case 'y':
			num(t.year%100, 2)
		case 'Y':
			b.WriteString(strconv.Itoa(t.year))
		case 'C':
			num(t.year/100, 2)
		case 'H':
			num(t.hour, 2)
		case 'I':
			h := t.hour % 12
			if h == 0 {
				h = 12
			}
			num(h, 2)
		case 'p':
			if t.hour < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'M':
			num(t.min, 2)
		case 'S':
			num(t.sec, 2)
		case 'f':
			fmt.Fprintf(&b, "%06d", t.us)
		case 'z':
			if t.hasOff {
				b.WriteString(fmtOffset(t.off, "", false))
			}
		case 'Z':
			b.WriteString(t.zone)
		case 'j':
			num(t.yday, 3)
		case 'U':
			num((t.yday+6-(t.wday+1)%7)/7, 2)
		case 'W':
			num((t.yday+6-t.wday)/7, 2)
		case 'G':
			y, _, _ := isoCalendar(t.year, t.mon, t.mday)
			b.WriteString(strconv.Itoa(y))
		case 'V':
			_, w, _ := isoCalendar(t.year, t.mon, t.mday)
			num(w, 2)
		case 'c':
			fmt.Fprintf(&b, "%s %s %2d %02d:%02d:%02d %d", dayNames[t.wday][:3], monthNames[t.mon-1][:3], t.mday, t.hour, t.min, t.sec, t.year)
		case 'x':
			fmt.Fprintf(&b, "%02d/%02d/%02d", t.mon, t.mday, t.year%100)
		case 'X', 'T':
			fmt.Fprintf(&b, "%02d:%02d:%02d", t.hour, t.min, t.sec)
		case 'D':
			fmt.Fprintf(&b, "%02d/%02d/%02d", t.mon, t.mday, t.year%100)
		case 'F':
			fmt.Fprintf(&b, "%d-%02d-%02d", t.year, t.mon, t.mday)
		case 'R':
			fmt.Fprintf(&b, "%02d:%02d", t.hour, t.min)
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

// ptm is the result of strptime.
type ptm struct {
	year, mon, mday, hour, min, sec, us int
	wday, yday                          int
	hasOff                              bool
	off                                 int
	zone                                string
}

// strptime parses s with format as CPython's _strptime does for the C
// locale.
func strptime(s, format string) (ptm, error) {
	r := ptm{year: 1900, mon: 1, mday: 1, wday: -1, yday: -1}
	fail := func() (ptm, error) {
		return r, py.ExceptionNewf(py.ValueError, "time data %s does not match format %s", pyQuote(s), pyQuote(format))
	}
	pos := 0
	hour12, pm := -1, -1
	readNum := func(min, max int) (int, bool) {
		st := pos
		for pos < len(s) && pos-st < max && s[pos] >= '0' && s[pos] <= '9' {
			pos++
		}
		if pos-st < min {
			return 0, false
		}
		n, _ := strconv.Atoi(s[st:pos])
		return n, true
	}
	readName := func(names []string) (int, bool) {
		for i, n := range names {
			for _, cand := range []string{n, n[:3]} {
				if len(s)-pos >= len(cand) && strings.EqualFold(s[pos:pos+len(cand)], cand) {
					pos += len(cand)
					return i, true
				}
			}
		}
		return 0, false
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == ' ' || c == '\t' || c == '\n' {
			// whitespace in the format matches any amount (>=1 for CPython's \s+)
			st := pos
			for pos < len(s) && unicode.IsSpace(rune(s[pos])) {
				pos++
			}
			if pos == st {
				return fail()
			}
			for i+1 < len(format) && (format[i+1] == ' ' || format[i+1] == '\t') {
				i++
			}
			continue
		}
		if c != '%' {
			if pos >= len(s) || s[pos] != c {
				return fail()
			}
			pos++
			continue
		}
		i++
		if i >= len(format) {
			return r, py.ExceptionNewf(py.ValueError, "stray %% in format %s", pyQuote(format))
		}
		var ok bool
		var v int
		switch format[i] {
		case 'Y':
			v, ok = readNum(4, 4)
			r.year = v
		case 'y':
			v, ok = readNum(2, 2)
			if v < 69 {
				r.year = 2000 + v
			} else {
				r.year = 1900 + v
			}
		case 'm':
			v, ok = readNum(1, 2)
			ok = ok && v >= 1 && v <= 12
			r.mon = v
		case 'd':
			v, ok = readNum(1, 2)
			ok = ok && v >= 1 && v <= 31
			r.mday = v
		case 'H':
			v, ok = readNum(1, 2)
			ok = ok && v <= 23
			r.hour = v
		case 'I':
			v, ok = readNum(1, 2)
			ok = ok && v >= 1 && v <= 12
			hour12 = v
		case 'M':
			v, ok = readNum(1, 2)
			ok = ok && v <= 59
			r.min = v
		case 'S':
			v, ok = readNum(1, 2)
			ok = ok && v <= 61
			r.sec = v
		case 'f':
			st := pos
			v, ok = readNum(1, 6)
			if ok {
				for k := pos - st; k < 6; k++ {
					v *= 10
				}
			}
			r.us = v
		case 'j':
			v, ok = readNum(1, 3)
			ok = ok && v >= 1 && v <= 366
			r.yday = v
		case 'b', 'B', 'h':
			v, ok = readName(monthNames)
			r.mon = v + 1
		case 'a', 'A':
			v, ok = readName(dayNames)
			r.wday = v
		case 'w':
			v, ok = readNum(1, 1)
			ok = ok && v <= 6
			r.wday = (v + 6) % 7
		case 'p':
			if len(s)-pos >= 2 {
				switch strings.ToUpper(s[pos : pos+2]) {
				case "AM":
					pm, ok = 0, true
				case "PM":
					pm, ok = 1, true
				}
				if ok {
					pos += 2
				}
			}
		case 'z':
			if pos < len(s) && s[pos] == 'Z' {
				pos++
				r.hasOff, ok = true, true
				break
			}
			if pos < len(s) && (s[pos] == '+' || s[pos] == '-') {
				sign := 1
				if s[pos] == '-' {
					sign = -1
				}
				pos++
				h, ok1 := readNum(2, 2)
				if pos < len(s) && s[pos] == ':' {
					pos++
				}
				m, ok2 := readNum(2, 2)
				sec := 0
				ok3 := true
				if pos < len(s) && s[pos] == ':' {
					pos++
					sec, ok3 = readNum(2, 2)
				}
				ok = ok1 && ok2 && ok3
				r.hasOff = true
				r.off = sign * (h*3600 + m*60 + sec)
			}
		case 'Z':
			for _, z := range []string{"UTC", "GMT"} {
				if len(s)-pos >= 3 && strings.EqualFold(s[pos:pos+3], z) {
					pos += 3
					r.zone = z
					ok = true
					break
				}
			}
		case '%':
			ok = pos < len(s) && s[pos] == '%'
			pos++
		default:
			return r, py.ExceptionNewf(py.ValueError, "'%c' is a bad directive in format %s", format[i], pyQuote(format))
		}
		if !ok {
			return fail()
		}
	}
	if pos < len(s) {
		return r, py.ExceptionNewf(py.ValueError, "unconverted data remains: %s", s[pos:])
	}
	if hour12 >= 0 {
		r.hour = hour12 % 12
		if pm == 1 {
			r.hour += 12
		}
	}
	if r.yday >= 0 && r.mon == 1 && r.mday == 1 {
		r.year, r.mon, r.mday = fromOrdinal(toOrdinal(r.year, 1, 1) + r.yday - 1)
	}
	if r.mday > daysInMonth(r.year, r.mon) {
		return r, py.ExceptionNewf(py.ValueError, "day is out of range for month")
	}
	return r, nil
}
