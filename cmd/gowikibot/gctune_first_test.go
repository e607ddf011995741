package main

import (
	"fmt"
	"math"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/pyshim/bridge"
)

// The first collection of a run that has not collected by its first site
// needs a process that has not collected yet: the test binary runs the
// scenario in a child, from an init function (before TestMain starts the
// package's test wiki, and before any test allocates).
const firstCycleChildEnv = "GOWIKIBOT_GCTUNE_FIRST_CYCLE_CHILD"

func init() {
	if os.Getenv(firstCycleChildEnv) == "" {
		return
	}
	if err := firstCycleScenario(); err != nil {
		fmt.Println("FAIL:", err)
		os.Exit(1)
	}
	os.Exit(0)
}

// firstCycleHeld is what the child holds over its site's opening.
var firstCycleHeld [][]byte

// firstCycleScenario loads the package (from the code cache: nothing is
// compiled), holds 2 MiB, opens a site and allocates garbage until the
// first collection; it prints what it allocated after the opening.
func firstCycleScenario() error {
	read := func(names ...string) []uint64 {
		s := make([]metrics.Sample, len(names))
		for i, n := range names {
			s[i].Name = n
		}
		metrics.Read(s)
		out := make([]uint64, len(s))
		for i := range s {
			out[i] = s[i].Value.Uint64()
		}
		return out
	}
	const cycles, allocs = "/gc/cycles/total:gc-cycles", "/gc/heap/allocs:bytes"
	if n := read(cycles)[0]; n != 0 {
		return fmt.Errorf("the child collected %d times before the scenario", n)
	}
	tuneGC()
	bridge.OnPackageLoad()
	for i := 0; i < 2048; i++ {
		firstCycleHeld = append(firstCycleHeld, make([]byte, 1024))
	}
	objects := read(mObjects)[0]
	bridge.OnSiteOpen()
	want := firstGoalPercent(objects + firstCycleRoom)
	if got := debug.SetGCPercent(want); got != want {
		return fmt.Errorf("GOGC once the site is open = %d, want %d (a first collection %d MiB on)", got, want, firstCycleRoom>>20)
	}
	start := read(allocs)[0]
	var sink []byte
	for read(cycles)[0] == 0 {
		sink = make([]byte, 8192)
		sink[0] = 1
		if read(allocs)[0]-start > 64<<20 {
			return fmt.Errorf("no collection in 64 MiB after the site opened")
		}
	}
	after := read(allocs)[0] - start
	_ = sink
	deadline := time.Now().Add(5 * time.Second)
	for {
		gogc := debug.SetGCPercent(-1)
		if gogc == -1 {
			break
		}
		debug.SetGCPercent(gogc)
		if time.Now().After(deadline) {
			return fmt.Errorf("GOGC after the first collection = %d, want off (-1): the budget did not start", gogc)
		}
		runtime.Gosched()
		time.Sleep(time.Millisecond)
	}
	if l := debug.SetMemoryLimit(-1); l < scriptMemoryBase || l == math.MaxInt64 {
		return fmt.Errorf("memory limit after the first collection = %d, want at least the base %d", l, scriptMemoryBase)
	}
	fmt.Printf("first collection after %d bytes\n", after)
	return nil
}

// A run that has not collected by its first site (the package from the
// code cache, GOGC=400) collects once after about firstCycleRoom more, and
// not before half of it (a script that imports pywikibot and prints one
// page allocates 2.2 MiB after the opening: no collection); then the
// budget paces it.
func TestGCFirstCollectionAfterSiteOpen(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), firstCycleChildEnv+"=1", "GOGC=", "GOMEMLIMIT=", "GODEBUG=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	f := strings.Fields(string(out))
	if len(f) < 4 || f[0] != "first" {
		t.Fatalf("child printed %q", out)
	}
	n, err := strconv.ParseUint(f[3], 10, 64)
	if err != nil {
		t.Fatalf("child printed %q", out)
	}
	if n < firstCycleRoom/2 || n > firstCycleRoom+firstCycleRoom/2 {
		t.Fatalf("first collection after %.2f MiB allocated after the site opened, want %.0f-%.0f MiB",
			float64(n)/(1<<20), float64(firstCycleRoom/2)/(1<<20), float64(firstCycleRoom+firstCycleRoom/2)/(1<<20))
	}
	t.Logf("first collection after %.2f MiB", float64(n)/(1<<20))
}

func TestFirstGoalPercent(t *testing.T) {
	for _, c := range []struct {
		goal uint64
		want int
	}{
		{4 << 20, 100},
		{1 << 20, 100},  // never below GOGC=100
		{7 << 19, 100},  // 3.5 MiB
		{15 << 19, 187}, // 7.5 MiB
		{16 << 20, 400}, // 16 MiB
		{math.MaxUint64 / 200, math.MaxInt32},
		{math.MaxUint64, math.MaxInt32},
	} {
		if got := firstGoalPercent(c.goal); got != c.want {
			t.Errorf("firstGoalPercent(%d) = %d, want %d", c.goal, got, c.want)
		}
	}
}
