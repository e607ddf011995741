package sysmods

import (
	"os"
	"strings"
	"sync"
	"time"
)

// The local time zone as CPython on glibc sees it. Setting
// os.environ['TZ'] changes the process's environment only: glibc's
// localtime_r() keeps the zone it read first, until tzset() reads TZ again
// (time.tzset(), and mktime(), which calls it). Public bots set TZ and call
// time.tzset() at start-up (`os.environ['TZ'] = 'Europe/Rome'`). Go reads
// TZ once, into time.Local; pyLocal is the zone of the last refresh, used by
// time.localtime, strftime, ctime, mktime and datetime's local times.

var tzLocal struct {
	sync.Mutex
	loc      *time.Location
	tz       string // TZ as the last refresh read it
	tzSet    bool
	refreshd bool
}

// pyLocal returns the local zone as of the last refreshLocal (time.Local
// before any).
func pyLocal() *time.Location {
	tzLocal.Lock()
	defer tzLocal.Unlock()
	if tzLocal.loc == nil {
		return time.Local
	}
	return tzLocal.loc
}

// refreshLocal reads TZ again, as glibc's tzset(): unset is the system's
// zone (/etc/localtime), empty, UTC or an unknown name UTC.
func refreshLocal() *time.Location {
	tz, set := os.LookupEnv("TZ")
	tzLocal.Lock()
	if tzLocal.refreshd && tz == tzLocal.tz && set == tzLocal.tzSet {
		loc := tzLocal.loc
		tzLocal.Unlock()
		return loc
	}
	tzLocal.Unlock()
	loc := time.UTC
	name := strings.TrimPrefix(tz, ":")
	switch {
	case !set:
		if l, err := time.LoadLocation("Local"); err == nil {
			loc = l
		}
	case name != "":
		if l, err := time.LoadLocation(name); err == nil {
			loc = l
		}
	}
	tzLocal.Lock()
	tzLocal.loc, tzLocal.tz, tzLocal.tzSet, tzLocal.refreshd = loc, tz, set, true
	tzLocal.Unlock()
	return loc
}

// tzNames is the module's timezone, altzone, daylight and tzname for loc:
// the standard and summer names and offsets of this year (south of the
// equator the summer is in January).
func tzNames(loc *time.Location) (std, dst string, stdOff, dstOff, daylight int) {
	y := time.Now().Year()
	janName, janOff := time.Date(y, 1, 1, 0, 0, 0, 0, loc).Zone()
	julName, julOff := time.Date(y, 7, 1, 0, 0, 0, 0, loc).Zone()
	if janOff != julOff {
		daylight = 1
	}
	std, dst, stdOff, dstOff = janName, julName, janOff, julOff
	if janOff > julOff {
		std, dst, stdOff, dstOff = julName, janName, julOff, janOff
	}
	return
}
