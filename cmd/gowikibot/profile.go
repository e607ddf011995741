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
// goes on without the profile. (Heap profiles are left out on purpose:
// linking them turns on the runtime's memory profiling, which samples
// every run's allocations and keeps about 1.5 MiB of call-stack tables.)
func startProfiles(ios *ioStreams) (stop func()) {
	path := os.Getenv("GOWIKIBOT_CPUPROFILE")
	if path == "" {
		return func() {}
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
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
