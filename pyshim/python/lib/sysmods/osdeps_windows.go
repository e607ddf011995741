//go:build windows

package sysmods

import (
	"os"
	"runtime"
	"syscall"
)

// The Windows side of osdeps_unix.go. gowikibot is tested on Linux only;
// on Windows these give what Go's standard library knows.

func statIDs(st os.FileInfo) (mode, ino, dev, nlink, uid, gid int64, ok bool) {
	return 0, 0, 0, 0, 0, 0, false
}

// access checks existence, and for W_OK (2) that the file is not read-only.
func access(path string, mode uint32) bool {
	st, err := os.Stat(path)
	if err != nil {
		return false
	}
	return mode&2 == 0 || st.Mode().Perm()&0o200 != 0
}

func waitStatus(ps *os.ProcessState) (int, bool) {
	ws, ok := ps.Sys().(syscall.WaitStatus)
	return int(ws.ExitCode) << 8, ok
}

func uname() (node, release, machine string) {
	node, _ = os.Hostname()
	return node, "", runtime.GOARCH
}

func diskUsage(path string) (total, used, free int64, err error) {
	return 0, 0, 0, syscall.EWINDOWS
}

// closeFd and dupFd: Windows descriptors are handles, not the small ints
// os.close and os.fdopen take; only the standard streams (closed by
// os.close through Go) and mkstemp's files work there.
func closeFd(fd int) error { return syscall.EWINDOWS }

func dupFd(fd int) (int, error) { return 0, syscall.EWINDOWS }
