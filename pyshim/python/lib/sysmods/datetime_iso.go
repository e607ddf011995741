package sysmods

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

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
