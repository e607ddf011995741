package sysmods

import (
	"os"
	"syscall"
)

// statTimesSys is stattimes_linux.go's for macOS, whose stat names the
// fields Atimespec, Mtimespec and Ctimespec.
func statTimesSys(st os.FileInfo) (t [3]float64, ok bool) {
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return t, false
	}
	return [3]float64{
		float64(sys.Atimespec.Sec) + float64(sys.Atimespec.Nsec)/1e9,
		float64(sys.Mtimespec.Sec) + float64(sys.Mtimespec.Nsec)/1e9,
		float64(sys.Ctimespec.Sec) + float64(sys.Ctimespec.Nsec)/1e9,
	}, true
}
