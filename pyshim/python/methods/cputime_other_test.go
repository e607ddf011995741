//go:build !unix

package methods

import "time"

var processStart = time.Now()

// processCPU: without getrusage, wall time since the test process began.
func processCPU() time.Duration { return time.Since(processStart) }
