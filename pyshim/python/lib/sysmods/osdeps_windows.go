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

// windowsErrnos are the POSIX error numbers Go's syscall package defines
// on Windows (its own values, as os errors carry them there).
var windowsErrnos = map[syscall.Errno]string{
	syscall.EPERM: "EPERM", syscall.ENOENT: "ENOENT", syscall.EINTR: "EINTR", syscall.EIO: "EIO",
	syscall.EBADF: "EBADF", syscall.EAGAIN: "EAGAIN", syscall.ENOMEM: "ENOMEM", syscall.EACCES: "EACCES",
	syscall.EEXIST: "EEXIST", syscall.ENOTDIR: "ENOTDIR", syscall.EISDIR: "EISDIR", syscall.EINVAL: "EINVAL",
	syscall.ENOSPC: "ENOSPC", syscall.EPIPE: "EPIPE", syscall.ENOTEMPTY: "ENOTEMPTY", syscall.ENOSYS: "ENOSYS",
}

// errnoName is the symbolic name of error number n ("" when it has none).
func errnoName(n int) string { return windowsErrnos[syscall.Errno(n)] }
