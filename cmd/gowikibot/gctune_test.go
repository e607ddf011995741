package main

import (
	"runtime/debug"
	"testing"

	"github.com/gowikibot/gowikibot/pyshim/bridge"
)

func TestTuneGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer func(f func()) { bridge.OnPackageLoad = f }(bridge.OnPackageLoad)
	defer func(f func()) { bridge.OnSiteOpen = f }(bridge.OnSiteOpen)

	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	debug.SetGCPercent(100)
	bridge.OnPackageLoad = nil
	tuneGC()
	if got := debug.SetGCPercent(100); got != 400 {
		t.Fatalf("GOGC during a Python run = %d, want 400", got)
	}
	if bridge.OnPackageLoad == nil {
		t.Fatal("no hook for the pywikibot package")
	}
	debug.SetGCPercent(200)
	bridge.OnPackageLoad()
	if got := debug.SetGCPercent(200); got != 100 {
		t.Fatalf("GOGC after the package loads = %d, want 100", got)
	}
	if bridge.OnSiteOpen == nil {
		t.Fatal("no hook for the first site")
	}
	bridge.OnSiteOpen()
	if got := debug.SetGCPercent(100); got != scriptGCPercent {
		t.Fatalf("GOGC once a site is open = %d, want %d", got, scriptGCPercent)
	}

	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv(env, "150")
			debug.SetGCPercent(77)
			bridge.OnPackageLoad, bridge.OnSiteOpen = nil, nil
			tuneGC()
			if got := debug.SetGCPercent(100); got != 77 || bridge.OnPackageLoad != nil || bridge.OnSiteOpen != nil {
				t.Fatalf("with %s set: GOGC %d, hook set %v; want both untouched", env, got, bridge.OnPackageLoad != nil)
			}
		})
	}
}
