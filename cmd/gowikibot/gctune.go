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
// back to GOGC=100 when the pywikibot package loads: their live heap
// (the compiled package, pages) is larger, the floor no longer matters,
// and the default pacing keeps their peak memory lower (replace on 100
// pages: 30 MiB instead of 38). GOGC or GOMEMLIMIT in the environment
// turn this off.
func tuneGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(200)
	pyshim.OnPackageLoad = func() { debug.SetGCPercent(100) }
}
