//go:build heapprofile

package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
)

// A diagnostic build (go build -tags heapprofile):
// GOWIKIBOT_HEAPPROFILE=FILE writes a heap profile at the end of the run
// (pprof's -sample_index=alloc_space shows what the run allocated,
// inuse_space what was live at the last collection), sampling one
// allocation per GOWIKIBOT_MEMPROFILERATE bytes (default 4096), and
// prints the runtime's memory figures at the end on stderr.
func init() {
	startHeapProfile = func(ios *ioStreams) func() {
		path := os.Getenv("GOWIKIBOT_HEAPPROFILE")
		if path == "" {
			return func() {}
		}
		runtime.MemProfileRate = 4096
		if n, err := strconv.Atoi(os.Getenv("GOWIKIBOT_MEMPROFILERATE")); err == nil && n > 0 {
			runtime.MemProfileRate = n
		}
		return func() {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			mib := func(n uint64) float64 { return float64(n) / (1 << 20) }
			fmt.Fprintf(ios.Err, "gowikibot: heap sys %.1f inuse %.1f idle %.1f released %.1f; stacks %.1f; mspan %.1f; gc %.1f; other %.1f MiB; %d GCs; allocated %.2f MiB in %d objects\n",
				mib(ms.HeapSys), mib(ms.HeapInuse), mib(ms.HeapIdle), mib(ms.HeapReleased), mib(ms.StackSys),
				mib(ms.MSpanSys), mib(ms.GCSys), mib(ms.OtherSys), ms.NumGC, mib(ms.TotalAlloc), ms.Mallocs)
			// The profile holds what was allocated up to the last
			// collection: collect once more so that it has the whole run.
			runtime.GC()
			f, err := os.Create(path)
			if err == nil {
				err = pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
			if err != nil {
				fmt.Fprintf(ios.Err, "gowikibot: GOWIKIBOT_HEAPPROFILE: %v\n", err)
			}
		}
	}
}
