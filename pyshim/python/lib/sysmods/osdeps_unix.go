//go:build unix

package sysmods

import (
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// The operating-system calls of the os, platform and shutil modules that
// differ between Unix systems and Windows (this file: Unix; see
// osdeps_windows.go).

// statIDs returns the st_mode, st_ino, st_dev, st_nlink, st_uid and st_gid
// of st (ok=false when the platform's stat has none).
func statIDs(st os.FileInfo) (mode, ino, dev, nlink, uid, gid int64, ok bool) {
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, 0, 0, 0, 0, 0, false
	}
	return int64(sys.Mode), int64(sys.Ino), int64(sys.Dev), int64(sys.Nlink), int64(sys.Uid), int64(sys.Gid), true
}

// access is os.access: whether the process may use path as mode asks.
func access(path string, mode uint32) bool { return syscall.Access(path, mode) == nil }

// waitStatus is the wait status of a finished child as system(3) returns
// it (ok=false when the platform has none).
func waitStatus(ps *os.ProcessState) (int, bool) {
	ws, ok := ps.Sys().(syscall.WaitStatus)
	return int(ws), ok
}

// uname returns the node name, release and machine of uname(2).
func uname() (node, release, machine string) {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return "", "", ""
	}
	return unix.ByteSliceToString(u.Nodename[:]), unix.ByteSliceToString(u.Release[:]), unix.ByteSliceToString(u.Machine[:])
}

// diskUsage is shutil.disk_usage's (total, used, free) in bytes.
func diskUsage(path string) (total, used, free int64, err error) {
	var st unix.Statfs_t
	if err := unix.Statfs(path, &st); err != nil {
		return 0, 0, 0, err
	}
	bsize := int64(st.Bsize)
	total = int64(st.Blocks) * bsize
	return total, total - int64(st.Bfree)*bsize, int64(st.Bavail) * bsize, nil
}

// closeFd closes the descriptor fd (os.close).
func closeFd(fd int) error { return syscall.Close(fd) }

// dupFd duplicates the descriptor fd (for os.fdopen), close-on-exec.
func dupFd(fd int) (int, error) {
	nfd, err := syscall.Dup(fd)
	if err == nil {
		syscall.CloseOnExec(nfd)
	}
	return nfd, err
}

// errnoName is the symbolic name of error number n ("" when it has none).
func errnoName(n int) string { return unix.ErrnoName(unix.Errno(n)) }
