//go:build unix

package auth

import "golang.org/x/sys/unix"

// isTerminalFd reports whether fd is a terminal (tcgetattr succeeds).
func isTerminalFd(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
	return err == nil
}

// echoOff turns the terminal's echo off (keeping line editing and
// signals) and returns the function that restores it; ok is false when fd
// is not a terminal.
func echoOff(fd int) (restore func(), ok bool) {
	old, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
	if err != nil {
		return nil, false
	}
	nw := *old
	nw.Lflag &^= unix.ECHO
	nw.Lflag |= unix.ICANON | unix.ISIG
	if err := unix.IoctlSetTermios(fd, ioctlSetTermios, &nw); err != nil {
		return nil, false
	}
	return func() { _ = unix.IoctlSetTermios(fd, ioctlSetTermios, old) }, true
}
