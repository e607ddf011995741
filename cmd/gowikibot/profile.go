package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// startProfiles starts the CPU profile the environment asks for and
// returns the function that writes it out: GOWIKIBOT_CPUPROFILE=FILE
// records a CPU profile of the whole run, read with `go tool pprof BINARY
// FILE`. A file that cannot be created is reported on stderr and the run
// goes on without the profile. (A heap profile is left out of normal
// builds on purpose: linking one keeps the runtime's allocation sampling
// on in every run. Builds with the heapprofile tag have one:
// profile_heap.go.)
func startProfiles(ios *ioStreams) (stop func()) {
	stopHeap := func() {}
	if startHeapProfile != nil {
		stopHeap = startHeapProfile(ios)
	}
	path := os.Getenv("GOWIKIBOT_CPUPROFILE")
	if path == "" {
		return stopHeap
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
		if err != nil {
			f.Close()
		}
	}
	if err != nil {
		fmt.Fprintf(ios.Err, "gowikibot: GOWIKIBOT_CPUPROFILE: %v\n", err)
		return stopHeap
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
		stopHeap()
	}
}

// startHeapProfile is set in builds with the heapprofile tag.
var startHeapProfile func(ios *ioStreams) (stop func())
