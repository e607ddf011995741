package sysmods

import (
	"os"
	"syscall"
)

// statTimesSys returns st_atime, st_mtime and st_ctime from the platform's
// stat (ok=false when it has none; see stattimes_other.go).
func statTimesSys(st os.FileInfo) (t [3]float64, ok bool) {
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return t, false
	}
	return [3]float64{
		float64(sys.Atim.Sec) + float64(sys.Atim.Nsec)/1e9,
		float64(sys.Mtim.Sec) + float64(sys.Mtim.Nsec)/1e9,
		float64(sys.Ctim.Sec) + float64(sys.Ctim.Nsec)/1e9,
	}, true
}
