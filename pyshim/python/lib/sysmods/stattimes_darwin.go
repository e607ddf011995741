package sysmods

import (
	"os"
	"syscall"
)

// statTimesSys is stattimes_linux.go's for macOS, whose stat names the
// fields Atimespec, Mtimespec and Ctimespec.
func statTimesSys(st os.FileInfo) (ns [3]int64, ok bool) {
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return ns, false
	}
	return [3]int64{sys.Atimespec.Nano(), sys.Mtimespec.Nano(), sys.Ctimespec.Nano()}, true
}
