//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package auth

import "golang.org/x/sys/unix"

// The ioctls that read and set a terminal's attributes (tcgetattr and
// tcsetattr) on macOS and the BSDs.
const (
	ioctlGetTermios = unix.TIOCGETA
	ioctlSetTermios = unix.TIOCSETA
)
