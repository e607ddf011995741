//go:build windows

package site

import (
	"os"
	"syscall"
)

// tryLock: no flock on Windows; throttle.ctrl is rewritten unlocked there,
// as pywikibot always does.
func tryLock(*os.File) error { return syscall.EWINDOWS }

func unlock(*os.File) {}
