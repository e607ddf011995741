package main

import (
	"os"
	"runtime/debug"

	"github.com/gowikibot/gowikibot/pyshim/bridge"
)

// Garbage-collector pacing for Python runs, in three phases. The
// interpreter allocates many small short-lived objects; with Go's default
// pacing (GOGC=100: the next collection when the heap doubles, at 4 MiB at
// least) a small pure-Python program spends a large share of its time in
// the collector, so Python runs start with GOGC=400 (a floor of 16 MiB;
// callgrind instructions against bare gpython v0.2.0 at its default GOGC:
// fib(25) 0.97x, a 2,000-line file (pre-pass, compile, top level) 1.22x;
// at GOGC=200 they were 1.07x and 1.40x, at 100 fib(25) 1.27x). When
// the pywikibot package loads, its compilation runs at GOGC=100: a larger
// live heap, where the floor no longer matters. When the script opens its
// first site (its imports are done and it starts working), GOGC=35: bot
// scripts are wiki-bound, so they trade some collector CPU for memory
// (replace over 200 pages, peak RSS: 27.7 MiB at GOGC=100, 24.2-25.0 at 50,
// 23.2-23.9 at 35; wall time unchanged). GOGC or GOMEMLIMIT in the
// environment turn this off.
func tuneGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(400)
	bridge.OnPackageLoad = func() { debug.SetGCPercent(100) }
	bridge.OnSiteOpen = func() { debug.SetGCPercent(scriptGCPercent) }
}

// scriptGCPercent is GOGC once a script works with a site.
const scriptGCPercent = 35
