package sysmods

import (
	"os"
	"syscall"
)

// statTimesSys returns st_atime, st_mtime and st_ctime in nanoseconds from
// the platform's stat (ok=false when it has none; see stattimes_other.go).
func statTimesSys(st os.FileInfo) (ns [3]int64, ok bool) {
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return ns, false
	}
	return [3]int64{sys.Atim.Nano(), sys.Mtim.Nano(), sys.Ctim.Nano()}, true
}
