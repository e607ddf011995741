package main

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"

	"github.com/gowikibot/gowikibot/pyshim/bridge"
	"github.com/gowikibot/gowikibot/pyshim/python/codecache"
)

// Garbage-collector pacing for Python runs, in three phases. The
// interpreter allocates many small short-lived objects; with Go's default
// pacing (GOGC=100: the next collection when the heap doubles, at 4 MiB at
// least) a small pure-Python program spends a large share of its time in
// the collector, so Python runs start with GOGC=400 (a floor of 16 MiB;
// callgrind instructions against bare gpython v0.2.0 at its default GOGC:
// fib(25) 0.97x, a 2,000-line file (pre-pass, compile, top level) 1.22x;
// at GOGC=200 they were 1.07x and 1.40x, at 100 fib(25) 1.27x). A run
// that compiles the pywikibot package (an empty or no code cache) paces its
// compilation at GOGC=100 from the package's load on: a larger live heap,
// where the floor no longer matters. Loaded from the code cache, the
// package allocates about 3 MB and the run stays at GOGC=400 until its
// first collection (GOGC=100 after it): at GOGC=100 the 4 MiB floor fell
// at the end of `import pywikibot` in most runs, and that one collection
// was a quarter of its instructions (callgrind, 13 of 50 M) and 4-5 ms of
// its 19-21 ms of CPU; a script that holds much without opening a site
// still collects at GOGC=100 (staying at 400 took one that builds 20 MB
// of strings from 74 to 140 MiB peak). (Starting the budget below at
// the package's load instead cost 1-3 ms more CPU than GOGC=400: its memory
// limit sets the scavenger to work.) When the script opens its first site
// (its imports are done and it starts working), the collector runs against
// a memory budget instead (gcBudget; in a run that has not collected yet,
// from a first collection soon after the opening: firstCycleRoom): bot
// scripts are wiki-bound and hold little (a live heap of 4-6 MB while
// listing 10,000 pages), so what they
// allocate may use the budget's room before a collection, however small
// the live heap, and a script that holds more gets room in proportion to
// what it holds, as under a GOGC. GOGC or GOMEMLIMIT in the environment
// turn all of this off.
func tuneGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(400)
	// GOGC=100 once the package has loaded and something was compiled
	// (in either order: the package's first module compiles before it
	// loads its config), or after the first collection once it has
	// loaded, until a site opens
	var (
		mu                         sync.Mutex
		loaded, compiled, siteOpen bool
	)
	toGOGC100 := func() {
		if !siteOpen {
			debug.SetGCPercent(100)
		}
	}
	bridge.OnPackageLoad = func() {
		mu.Lock()
		defer mu.Unlock()
		loaded = true
		if compiled {
			toGOGC100()
			return
		}
		runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
			mu.Lock()
			defer mu.Unlock()
			toGOGC100()
		})
	}
	codecache.OnCompile = func() {
		mu.Lock()
		defer mu.Unlock()
		if !compiled && loaded {
			toGOGC100()
		}
		compiled = true
	}
	bridge.OnSiteOpen = func() {
		mu.Lock()
		siteOpen = true
		mu.Unlock()
		scriptBudget.startAfterFirstCollection()
		dropStartPages()
	}
}

// firstCycleRoom is what a run that has not collected before its first
// site opens may allocate after the opening before its first collection,
// which starts the budget. Loaded from the code cache, the package and the
// script's imports run at GOGC=400 without a collection (3.5-4 MB
// allocated at the opening); the budget's first collection would then come
// at an 11-12 MB heap, after the first stretch of work, and the long-lived
// objects of the imports and that stretch stayed spread over the spans of
// that heap for the whole run: listing 10,000 pages with their texts,
// 3.45 MiB of the spans' room unused (heap/unused after each collection)
// against 2.0-2.25 with the first collection 1-4 MiB after the opening and
// 2.4 for 8e6b09b (GOGC=100 from the package's load). That room counts
// against the budget: the heap goal was a MiB lower, 25-30% more
// collections (244-260 against 186-205), and the budget's growth term rose
// above the base in two of three collections (up to 23.6 MiB). 4 MiB (not
// less) keeps a script that imports pywikibot and prints one page (2.2 MiB
// after the opening) free of any collection; 8 MiB was as bad as none.
const firstCycleRoom = 4 << 20

// startAfterFirstCollection starts the budget, at once when the run has
// collected before, or else after a first collection that comes when the
// heap has grown by firstCycleRoom from what it holds now.
func (b *gcBudget) startAfterFirstCollection() {
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}, {Name: mObjects}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 || s[1].Value.Kind() != metrics.KindUint64 || s[0].Value.Uint64() > 0 {
		b.start()
		return
	}
	b.stopped.Store(false)
	debug.SetGCPercent(firstGoalPercent(s[1].Value.Uint64() + firstCycleRoom))
	runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
		if b.stopped.Load() {
			return
		}
		b.start()
		b.adjust()
	})
}

// minHeapAt100 is the Go runtime's heap goal before its first collection
// at GOGC=100 (its defaultHeapMinimum, scaled by GOGC): until a collection
// has marked the heap, the goal is that minimum. A runtime with another
// minimum (GOEXPERIMENT=heapminimum512kib) moves the first collection:
// TestGCFirstCollectionAfterSiteOpen fails then.
const minHeapAt100 = 4 << 20

// firstGoalPercent is the GOGC at which a run that has not collected yet
// has its first collection's heap goal at goal (at least GOGC=100).
func firstGoalPercent(goal uint64) int {
	p := goal/minHeapAt100*100 + goal%minHeapAt100*100/minHeapAt100
	if p < 100 {
		return 100
	}
	if p > math.MaxInt32 {
		return math.MaxInt32
	}
	return int(p)
}

// scriptBudget is the pacing of a script that works with a site.
// After each of its collections the binary's pages that start-up or the
// last stretch of work mapped are dropped from the resident set again
// (startpages_linux.go).
var scriptBudget = &gcBudget{base: scriptMemoryBase, growth: largeHeapGrowth, afterCollection: dropStartPages}

const (
	// scriptMemoryBase is the Go runtime's memory (heap, stacks and the
	// runtime's metadata, as runtime/metrics counts them: mapped and not
	// returned to the system, which is 3-4 MiB more than the resident
	// part) that a script may use whatever its live heap. Listing 10,000
	// pages with their texts (a live heap of 5-7 MB, 8-10 MiB besides it
	// by that count), 2 runs each in one sitting, user+sys CPU and peak
	// RSS: GOGC=35 4.58-4.76 s, 34.3-34.7 MiB; a base of 16 MiB
	// 5.12-5.28 s, 33.5-33.6 MiB; 18 MiB 4.71-5.02 s, 33.8-34.0 MiB;
	// 20 MiB 4.08-4.09 s, 34.5-34.6 MiB; 24 MiB 3.31-3.48 s, 37.8-38.3
	// MiB. 20 MiB takes 11% off the CPU for the same peak (23% in a
	// second sitting, bench/scale: 3.73 against 4.84 s, 34.5-35.3 against
	// 33.8-34.3 MiB); a script with a small live heap uses the room (200
	// pages: +2.5-4 MiB peak, half the CPU of listing them). No base
	// reaches a 30 MiB peak at 10,000 pages: the binary's own pages are
	// 17.5-18 MiB of it (README, Benchmarks).
	scriptMemoryBase = 20 << 20
	// largeHeapGrowth is the room kept above a live heap that the base
	// does not leave room for, as a fraction of it (GOGC=50's): a script
	// holding 100 MB collects after about 50 MB of new allocations
	// instead of collecting over and over at the limit.
	largeHeapGrowth = 0.5
)

// gcBudget paces the collector by a memory limit (debug.SetMemoryLimit,
// GOGC off) that is re-set after every collection: the base, or more when
// the live heap needs more room than the base leaves it.
type gcBudget struct {
	base   int64   // the limit while the live heap is small
	growth float64 // the least room above the live heap, a fraction of it
	// afterCollection, when set, runs after each collection (on the
	// finalizer goroutine).
	afterCollection func()

	samples []metrics.Sample
	stopped atomic.Bool
}

// The runtime/metrics read after each collection.
const (
	mLive     = "/gc/heap/live:bytes"
	mTotal    = "/memory/classes/total:bytes"
	mReleased = "/memory/classes/heap/released:bytes"
	mFree     = "/memory/classes/heap/free:bytes"
	mObjects  = "/memory/classes/heap/objects:bytes"
)

// start turns the collector's pacing over to the budget: GOGC off, the
// memory limit at the base, and a sentinel that re-sets the limit after
// every collection.
func (b *gcBudget) start() {
	b.samples = budgetSamples()
	b.stopped.Store(false)
	debug.SetMemoryLimit(b.base)
	debug.SetGCPercent(-1)
	b.arm()
}

// budgetSamples are the runtime/metrics samples read maps from (in
// read's order).
func budgetSamples() []metrics.Sample {
	return []metrics.Sample{{Name: mLive}, {Name: mTotal}, {Name: mReleased}, {Name: mFree}, {Name: mObjects}}
}

// stop ends the re-setting (tests); the limit and GOGC stay as they are.
func (b *gcBudget) stop() { b.stopped.Store(true) }

// gcSentinel is an object whose finalizer runs after the collection that
// finds it unreachable, that is, after every collection once it is armed.
// It holds a pointer so that it is not batched with other tiny objects
// (whose finalizers may never run).
type gcSentinel struct{ _ *gcSentinel }

// arm leaves a new sentinel behind for the next collection.
func (b *gcBudget) arm() {
	runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
		if b.stopped.Load() {
			return
		}
		b.adjust()
		b.arm()
	})
}

// adjust sets the memory limit for the live heap the last collection
// left: the base, or the runtime's memory besides the heap's objects plus
// the live heap and growth times it, whichever is larger.
func (b *gcBudget) adjust() {
	debug.SetMemoryLimit(b.limitFor(b.read()))
	if b.afterCollection != nil {
		b.afterCollection()
	}
}

// memFigures are the runtime's memory figures the limit is computed from.
type memFigures struct {
	live    uint64 // the live heap the last collection marked
	nonHeap uint64 // mapped memory that is neither heap objects nor free heap
}

func (b *gcBudget) read() memFigures {
	metrics.Read(b.samples)
	v := func(i int) uint64 {
		if b.samples[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return b.samples[i].Value.Uint64()
	}
	live, total, released, free, objects := v(0), v(1), v(2), v(3), v(4)
	mapped := total - released
	var nonHeap uint64
	if mapped > free+objects {
		nonHeap = mapped - free - objects
	}
	return memFigures{live: live, nonHeap: nonHeap}
}

// limitFor is the memory limit for the figures: at least the base, and
// enough that the heap may grow by growth times the live heap before the
// next collection.
func (b *gcBudget) limitFor(m memFigures) int64 {
	need := float64(m.nonHeap) + float64(m.live)*(1+b.growth)
	if need >= math.MaxInt64 {
		return math.MaxInt64
	}
	if n := int64(need); n > b.base {
		return n
	}
	return b.base
}
