package gothreads

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// groupCPU is the CPU time in seconds (user+system) that the processes
// of process group pgid have used: the php -S server and its workers.
// It reads /proc (Linux); elsewhere it is 0.
func groupCPU(pgid int) float64 {
	var ticks float64
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, p := range stats {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		s := string(b)
		i := strings.LastIndex(s, ")")
		if i < 0 || i+2 > len(s) {
			continue
		}
		f := strings.Fields(s[i+2:])
		if len(f) < 13 {
			continue
		}
		if pg, _ := strconv.Atoi(f[2]); pg != pgid {
			continue
		}
		u, _ := strconv.ParseFloat(f[11], 64)
		st, _ := strconv.ParseFloat(f[12], 64)
		ticks += u + st
	}
	return ticks / 100 // USER_HZ
}
