//go:build unix

package userconfig

import (
	"os"
	"syscall"
)

// fileOwner returns the user id owning fi (ok=false when unknown).
func fileOwner(fi os.FileInfo) (uid int, ok bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, false
	}
	return int(st.Uid), true
}
