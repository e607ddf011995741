//go:build unix

package site

import (
	"os"
	"syscall"
)

// tryLock takes f's exclusive flock without waiting (EWOULDBLOCK when
// another process holds it).
func tryLock(f *os.File) error {
	return syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
}

// unlock releases tryLock's lock.
func unlock(f *os.File) { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }
