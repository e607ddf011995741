package main

import (
	"runtime/debug"
	"testing"

	"github.com/gowikibot/gowikibot/pyshim"
)

func TestTuneGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer func(f func()) { pyshim.OnPackageLoad = f }(pyshim.OnPackageLoad)
	defer func(f func()) { pyshim.OnSiteOpen = f }(pyshim.OnSiteOpen)

	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	debug.SetGCPercent(100)
	pyshim.OnPackageLoad = nil
	tuneGC()
	if got := debug.SetGCPercent(100); got != 200 {
		t.Fatalf("GOGC during a Python run = %d, want 200", got)
	}
	if pyshim.OnPackageLoad == nil {
		t.Fatal("no hook for the pywikibot package")
	}
	debug.SetGCPercent(200)
	pyshim.OnPackageLoad()
	if got := debug.SetGCPercent(200); got != 100 {
		t.Fatalf("GOGC after the package loads = %d, want 100", got)
	}
	if pyshim.OnSiteOpen == nil {
		t.Fatal("no hook for the first site")
	}
	pyshim.OnSiteOpen()
	if got := debug.SetGCPercent(100); got != scriptGCPercent {
		t.Fatalf("GOGC once a site is open = %d, want %d", got, scriptGCPercent)
	}

	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv(env, "150")
			debug.SetGCPercent(77)
			pyshim.OnPackageLoad, pyshim.OnSiteOpen = nil, nil
			tuneGC()
			if got := debug.SetGCPercent(100); got != 77 || pyshim.OnPackageLoad != nil || pyshim.OnSiteOpen != nil {
				t.Fatalf("with %s set: GOGC %d, hook set %v; want both untouched", env, got, pyshim.OnPackageLoad != nil)
			}
		})
	}
}
