package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

// startProfiles starts the profiles the environment asks for and returns
// the function that writes them out: GOWIKIBOT_CPUPROFILE=FILE records a
// CPU profile of the whole run, GOWIKIBOT_MEMPROFILE=FILE writes a heap
// profile (allocations since start) at exit. Both are read with
// `go tool pprof BINARY FILE`. A file that cannot be created is reported
// on stderr and the run goes on without that profile.
func startProfiles(ios *ioStreams) (stop func()) {
	var cpu *os.File
	if path := os.Getenv("GOWIKIBOT_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err == nil {
			err = pprof.StartCPUProfile(f)
			if err != nil {
				f.Close()
			}
		}
		if err != nil {
			fmt.Fprintf(ios.Err, "gowikibot: GOWIKIBOT_CPUPROFILE: %v\n", err)
		} else {
			cpu = f
		}
	}
	mem := os.Getenv("GOWIKIBOT_MEMPROFILE")
	if mem != "" {
		runtime.MemProfileRate = 4096
	}
	return func() {
		if cpu != nil {
			pprof.StopCPUProfile()
			cpu.Close()
		}
		if mem != "" {
			f, err := os.Create(mem)
			if err == nil {
				err = pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
			if err != nil {
				fmt.Fprintf(ios.Err, "gowikibot: GOWIKIBOT_MEMPROFILE: %v\n", err)
			}
		}
	}
}
