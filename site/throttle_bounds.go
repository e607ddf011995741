package site

import (
	"fmt"
	"math"

	"github.com/gowikibot/gowikibot/userconfig"
)

// checkThrottles rejects throttle settings that are not finite numbers:
// NaN compares false with everything, so put_throttle = NaN used to switch
// the throttle off, and +Inf slept forever.
func checkThrottles(cfg *userconfig.Config) error {
	for _, v := range []struct {
		name string
		val  float64
	}{{"put_throttle", cfg.PutThrottle}, {"minthrottle", cfg.MinThrottle}, {"maxthrottle", cfg.MaxThrottle}} {
		if math.IsNaN(v.val) || math.IsInf(v.val, 0) {
			return fmt.Errorf("%s is %v: the throttle needs a finite number of seconds. Fix: set %s in user-config.py "+
				"(or -pt: for put_throttle) to a number from 0 to maxthrottle", v.name, v.val, v.name)
		}
	}
	return nil
}

// throttleDelay is pywikibot's nominal delay in seconds before a request,
// for one process: reads wait minthrottle, writes put_throttle raised to
// minthrottle; both are capped at maxthrottle (so -pt:1e10 waits
// maxthrottle, not 292 years).
func (s *APISite) throttleDelay(write bool) float64 {
	d := s.cfg.MinThrottle
	if write {
		d = math.Max(s.cfg.MinThrottle, s.cfg.PutThrottle)
	}
	if maxd := s.cfg.MaxThrottle; maxd > 0 && d > maxd {
		if write && !s.warnedMax.Swap(true) {
			s.logf(0, "put_throttle %g s is more than maxthrottle; waiting %g s between saves", s.cfg.PutThrottle, maxd)
		}
		d = maxd
	}
	return math.Max(d, 0)
}
