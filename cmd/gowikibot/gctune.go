package main

import (
	"os"
	"runtime/debug"

	"github.com/gowikibot/gowikibot/pyshim"
)

// Garbage-collector pacing for Python runs. The interpreter allocates many
// small short-lived objects; with Go's default pacing (GOGC=100: the next
// collection when the heap doubles, at 4 MiB at least) a small pure-Python
// program spends a large share of its time in the collector. Python runs
// therefore start with GOGC=200 (a floor of 8 MiB: measured on fib(25),
// 1.05x bare gpython's instructions instead of 1.27x). Bot scripts switch
// to GOGC=50 when the pywikibot package loads: their live heap (the
// compiled package, pages) is larger, so the floor no longer matters, and
// their time goes to the wiki, not the collector, so they trade some CPU
// for memory (replace over 200 pages, peak RSS: 27.7 MiB at GOGC=100,
// 25.0 at 75, 24.4 at 50, for +0.4 s of CPU and no change in wall time).
// GOGC or GOMEMLIMIT in the environment turn this off.
func tuneGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(200)
	pyshim.OnPackageLoad = func() { debug.SetGCPercent(scriptGCPercent) }
}

// scriptGCPercent is GOGC once the pywikibot package has loaded.
const scriptGCPercent = 50
