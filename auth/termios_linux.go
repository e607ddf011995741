package auth

import "golang.org/x/sys/unix"

// The ioctls that read and set a terminal's attributes (tcgetattr and
// tcsetattr) on Linux.
const (
	ioctlGetTermios = unix.TCGETS
	ioctlSetTermios = unix.TCSETS
)
