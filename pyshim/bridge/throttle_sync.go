package bridge

import (
	"math"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/userconfig"
)

// scriptNumberVars are the pywikibot.config numbers the Go core's requests
// read: the throttle's delays, maxlag and the retry rules. pywikibot reads
// them from its config module when a site's throttle is made (on the
// site's first request) and at each request, so a script that sets
// `pywikibot.config.put_throttle = 1` before making its Site saves a
// second apart; the Go core had only user-config.py's values.
var scriptNumberVars = []struct {
	name string
	get  func(*userconfig.Config) float64
	set  func(*userconfig.Config, float64)
}{
	{"put_throttle", func(c *userconfig.Config) float64 { return c.PutThrottle }, func(c *userconfig.Config, v float64) { c.PutThrottle = v }},
	{"minthrottle", func(c *userconfig.Config) float64 { return c.MinThrottle }, func(c *userconfig.Config, v float64) { c.MinThrottle = v }},
	{"maxthrottle", func(c *userconfig.Config) float64 { return c.MaxThrottle }, func(c *userconfig.Config, v float64) { c.MaxThrottle = v }},
	{"maxlag", func(c *userconfig.Config) float64 { return float64(c.Maxlag) }, func(c *userconfig.Config, v float64) { c.Maxlag = int(v) }},
	{"max_retries", func(c *userconfig.Config) float64 { return float64(c.MaxRetries) }, func(c *userconfig.Config, v float64) { c.MaxRetries = int(v) }},
	{"retry_wait", func(c *userconfig.Config) float64 { return c.RetryWait }, func(c *userconfig.Config, v float64) { c.RetryWait = v }},
	{"retry_max", func(c *userconfig.Config) float64 { return c.RetryMax }, func(c *userconfig.Config, v float64) { c.RetryMax = v }},
}

// scriptNumbers reads scriptNumberVars from pywikibot.config as the script
// left them (ints, floats; bools and other types are left out: pywikibot
// would fail on them in its own arithmetic). nil when the module is not
// loaded.
func (b *bridge) scriptNumbers() map[string]float64 {
	if b.ctx == nil {
		return nil
	}
	m, err := b.ctx.Store().GetModule("pywikibot.config")
	if err != nil {
		return nil
	}
	out := map[string]float64{}
	for _, v := range scriptNumberVars {
		switch x := m.Globals[v.name].(type) {
		case py.Int:
			out[v.name] = float64(x)
		case py.Float:
			out[v.name] = float64(x)
		}
	}
	return out
}

// withScriptNumbers is the config a new site is made with: cfg itself when
// the script changed none of scriptNumberVars, else a copy holding the
// script's values (sites made before keep theirs, as each pywikibot site
// keeps the throttle it made). Negative and NaN values are left to the
// site's own check of the config's (site.checkThrottleBounds), which names
// the variable.
func withScriptNumbers(cfg *userconfig.Config, nums map[string]float64) *userconfig.Config {
	var c *userconfig.Config
	for _, v := range scriptNumberVars {
		n, ok := nums[v.name]
		if !ok || n == v.get(cfg) || math.IsInf(n, 0) {
			continue
		}
		if c == nil {
			cp := *cfg
			c = &cp
		}
		v.set(c, n)
	}
	if c == nil {
		return cfg
	}
	return c
}
