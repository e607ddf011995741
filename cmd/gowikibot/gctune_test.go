package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/pyshim/bridge"
	"github.com/gowikibot/gowikibot/pyshim/python/codecache"
)

// restoreGC puts the collector back to Go's defaults and the pacing hooks
// (OnPackageLoad, OnSiteOpen, OnCompile) back as they were when the test ends.
func restoreGC(t *testing.T) {
	load, open, compile := bridge.OnPackageLoad, bridge.OnSiteOpen, codecache.OnCompile
	t.Cleanup(func() {
		bridge.OnPackageLoad, bridge.OnSiteOpen, codecache.OnCompile = load, open, compile
		scriptBudget.stop()
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
	})
}

func TestTuneGC(t *testing.T) {
	restoreGC(t)
	// a run that has collected before its first site: the budget starts
	// when it opens (one that has not: gctune_first_test.go)
	runtime.GC()

	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	debug.SetGCPercent(100)
	bridge.OnPackageLoad = nil
	tuneGC()
	if got := debug.SetGCPercent(400); got != 400 {
		t.Fatalf("GOGC during a Python run = %d, want 400", got)
	}
	if bridge.OnPackageLoad == nil {
		t.Fatal("no hook for the pywikibot package")
	}
	if codecache.OnCompile == nil {
		t.Fatal("no hook for a compilation")
	}
	// loaded from the code cache: GOGC stays at 400 (no collection in
	// `import pywikibot`)
	bridge.OnPackageLoad()
	if got := debug.SetGCPercent(400); got != 400 {
		t.Fatalf("GOGC after the package loads from the cache = %d, want 400", got)
	}
	// a module compiled after that: GOGC=100
	codecache.OnCompile()
	if got := debug.SetGCPercent(200); got != 100 {
		t.Fatalf("GOGC after the package loads and a module compiles = %d, want 100", got)
	}
	if bridge.OnSiteOpen == nil {
		t.Fatal("no hook for the first site")
	}
	bridge.OnSiteOpen()
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Fatalf("GOGC once a site is open = %d, want off (-1)", got)
	}
	// The base, or more when the test process itself holds more than the
	// base leaves room for (other tests of the package ran before): then
	// a collection may already have re-set it from the figures.
	if got := debug.SetMemoryLimit(-1); got != scriptMemoryBase {
		runtime.GC()
		need := scriptBudget.limitFor(scriptBudget.read())
		if got < scriptMemoryBase || need == scriptMemoryBase {
			t.Fatalf("memory limit once a site is open = %d, want %d (the figures ask for %d)", got, scriptMemoryBase, need)
		}
	}

	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv(env, "150")
			debug.SetGCPercent(77)
			debug.SetMemoryLimit(math.MaxInt64)
			bridge.OnPackageLoad, bridge.OnSiteOpen = nil, nil
			tuneGC()
			if got := debug.SetGCPercent(100); got != 77 || bridge.OnPackageLoad != nil || bridge.OnSiteOpen != nil {
				t.Fatalf("with %s set: GOGC %d, hook set %v; want both untouched", env, got, bridge.OnPackageLoad != nil)
			}
			if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
				t.Fatalf("with %s set: memory limit %d, want untouched", env, got)
			}
		})
	}
}

// A run whose first compilation comes before the package loads its
// config (an empty cache: pywikibot/__init__ compiles first) turns to
// GOGC=100 at the load; a compilation once a site is open leaves the
// budget alone.
func TestTuneGCCompiledFirst(t *testing.T) {
	restoreGC(t)
	runtime.GC() // the budget at the site's opening (see TestTuneGC)

	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	tuneGC()
	codecache.OnCompile()
	if got := debug.SetGCPercent(400); got != 400 {
		t.Fatalf("GOGC after a compilation before the package = %d, want 400", got)
	}
	bridge.OnPackageLoad()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Fatalf("GOGC after the package loads = %d, want 100", got)
	}

	tuneGC()
	bridge.OnPackageLoad()
	bridge.OnSiteOpen()
	codecache.OnCompile()
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Fatalf("GOGC after a compilation once a site is open = %d, want off (-1)", got)
	}
}

// Loaded from the code cache, the package keeps GOGC=400 until the first
// collection, then GOGC=100 (a script that holds much without a site);
// not once a site is open.
func TestTuneGCAfterFirstCollection(t *testing.T) {
	restoreGC(t)

	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	gogc := func() int { v := debug.SetGCPercent(-1); debug.SetGCPercent(v); return v }
	tuneGC()
	bridge.OnPackageLoad()
	if got := gogc(); got != 400 {
		t.Fatalf("GOGC after the package loads from the cache = %d, want 400", got)
	}
	deadline := time.Now().Add(5 * time.Second)
	for gogc() != 100 {
		if time.Now().After(deadline) {
			t.Fatalf("GOGC after a collection = %d, want 100", gogc())
		}
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	bridge.OnSiteOpen()
	scriptBudget.stop()

	// a site opened before the first collection: the budget stays
	tuneGC()
	bridge.OnPackageLoad()
	bridge.OnSiteOpen()
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if got := gogc(); got != -1 {
		t.Fatalf("GOGC after a collection once a site is open = %d, want off (-1)", got)
	}
}

func TestGCBudgetLimitFor(t *testing.T) {
	b := &gcBudget{base: 20 << 20, growth: 0.5}
	for _, c := range []struct {
		m    memFigures
		want int64
	}{
		{memFigures{live: 6 << 20, nonHeap: 8 << 20}, 20 << 20},    // 8 + 9 < 20: the base
		{memFigures{live: 8 << 20, nonHeap: 8 << 20}, 20 << 20},    // 8 + 12 = 20
		{memFigures{live: 100 << 20, nonHeap: 9 << 20}, 159 << 20}, // 9 + 150
		{memFigures{live: math.MaxUint64 / 2, nonHeap: 1}, math.MaxInt64},
	} {
		if got := b.limitFor(c.m); got != c.want {
			t.Errorf("limitFor(live %d, non-heap %d) = %d, want %d", c.m.live, c.m.nonHeap, got, c.want)
		}
	}
}

// gcCycles is the number of collections so far.
func gcCycles() uint64 {
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// waitLimit waits for the memory limit to satisfy ok after collections
// (the budget re-sets it from a finalizer, on another goroutine).
func waitLimit(t *testing.T, what string, ok func(int64) bool) int64 {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
		l := debug.SetMemoryLimit(-1)
		if ok(l) {
			return l
		}
		if time.Now().After(deadline) {
			t.Fatalf("memory limit %d MiB: %s", l>>20, what)
		}
	}
}

var held [][]byte

// churn allocates n bytes of short-lived garbage in 4 KB pieces.
func churn(n int) {
	var sink []byte
	for i := 0; i < n/4096; i++ {
		sink = make([]byte, 4096)
		sink[0] = byte(i)
	}
	_ = sink
}

// A script that holds much more than the base gets room in proportion to
// what it holds: its garbage is collected a few times, not at every step
// (a fixed limit at the base would collect on nearly every allocation).
func TestGCBudgetFollowsLiveHeap(t *testing.T) {
	restoreGC(t)
	// The base: 16 MiB, or 8 MiB above what the test process already
	// needs (other tests of the package ran before and hold memory).
	runtime.GC()
	base := int64(16 << 20)
	probe := &gcBudget{growth: 0.5, samples: budgetSamples()}
	if need := probe.limitFor(probe.read()) + 8<<20; need > base {
		base = need
	}
	b := &gcBudget{base: base, growth: 0.5}
	scriptBudget.stop()
	b.start()
	defer b.stop()
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Fatalf("GOGC under the budget = %d, want off", got)
	}
	waitLimit(t, "want the base with a small heap", func(l int64) bool { return l == base })

	// hold 64 MiB: the limit rises to leave half of it as room
	for i := 0; i < 64; i++ {
		held = append(held, make([]byte, 1<<20))
	}
	l := waitLimit(t, "want at least 64 MiB held + 32 MiB room", func(l int64) bool { return l >= 96<<20 })
	if l > base+140<<20 {
		t.Fatalf("memory limit %d MiB with 64 MiB held, want at most 140", l>>20)
	}
	before := gcCycles()
	churn(256 << 20)
	if n := gcCycles() - before; n > 20 {
		t.Errorf("%d collections for 256 MiB of garbage beside 64 MiB held, want at most 20 (about 256/32)", n)
	}

	// let go of it: back to the base
	held = nil
	waitLimit(t, "want the base again once the heap is small", func(l int64) bool { return l == base })

	// and with a small live heap the room is the base's, however small
	// the heap: far fewer collections than GOGC=100 at a 4 MiB heap
	before = gcCycles()
	churn(256 << 20)
	if n := gcCycles() - before; n > 60 {
		t.Errorf("%d collections for 256 MiB of garbage with a small heap, want at most 60", n)
	}
}

// The finalizer that re-sets the limit stops when the budget does.
func TestGCBudgetStop(t *testing.T) {
	restoreGC(t)
	b := &gcBudget{base: 16 << 20, growth: 0.5}
	scriptBudget.stop()
	b.start()
	b.stop()
	debug.SetMemoryLimit(math.MaxInt64 - 1)
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64-1 {
		t.Fatalf("memory limit re-set to %d after stop", got)
	}
}

// afterCollection runs after each collection while the budget paces the
// collector, and no more once it is stopped.
func TestGCBudgetAfterCollection(t *testing.T) {
	restoreGC(t)
	var calls atomic.Int32
	b := &gcBudget{base: 16 << 20, growth: 0.5, afterCollection: func() { calls.Add(1) }}
	scriptBudget.stop()
	b.start()
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	b.stop()
	n := calls.Load()
	if n < 2 {
		t.Fatalf("afterCollection ran %d times over 3 collections", n)
	}
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	if m := calls.Load(); m > n+1 {
		t.Fatalf("afterCollection ran %d more times after stop", m-n)
	}
}
